//! The text `CPAN::Meta->as_string` writes for spec 2: JSON::PP's `pretty->canonical` encoding
//! (keys sorted, three-space indent, `" : "` between key and value, a final newline).

use std::fmt::Write as _;

use serde_json::Value as J;

/// JSON::PP's string escapes: `"`, `\`, the named control characters, other control characters
/// as `\u00xx`; everything else as it is (the output is UTF-8 text, not ASCII).
fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{c}' => out.push_str("\\f"),
            '\u{8}' => out.push_str("\\b"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn value(v: &J, depth: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n(' ', 3 * n));
    match v {
        J::Null => out.push_str("null"),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Number(n) => out.push_str(&n.to_string()),
        J::String(s) => string(s, out),
        J::Array(a) if a.is_empty() => out.push_str("[]"),
        J::Array(a) => {
            out.push_str("[\n");
            for (i, item) in a.iter().enumerate() {
                pad(depth + 1, out);
                value(item, depth + 1, out);
                out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
            }
            pad(depth, out);
            out.push(']');
        }
        J::Object(o) if o.is_empty() => out.push_str("{}"),
        J::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            out.push_str("{\n");
            for (i, k) in keys.iter().enumerate() {
                pad(depth + 1, out);
                string(k, out);
                out.push_str(" : ");
                value(&o[k.as_str()], depth + 1, out);
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            pad(depth, out);
            out.push('}');
        }
    }
}

/// The document as `as_string` formats it.
pub fn to_string(v: &J) -> String {
    let mut out = String::new();
    value(v, 0, &mut out);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_as_json_pp_pretty_canonical() {
        let v = serde_json::json!({"b": [], "a": {"y": ["1"], "x": {}}, "c": "q\"\u{1}"});
        assert_eq!(
            super::to_string(&v),
            "{\n   \"a\" : {\n      \"x\" : {},\n      \"y\" : [\n         \"1\"\n      ]\n   },\n   \"b\" : [],\n   \"c\" : \"q\\\"\\u0001\"\n}\n"
        );
    }
}
