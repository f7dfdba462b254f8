//! Findings about a file Perl reads: where a byte offset is in the tree, and scalars other YAML
//! loaders read differently. (Tab indentation is noted while splitting lines, in `lines`.)

use std::borrow::Cow;

use crate::diagnostic::Diagnostic;
use crate::rules::yaml::scalar_read_differently as rule;
use crate::source::{escape_pointer_token, Node, Value};

/// The JSON pointer of the deepest key or item whose source holds byte `offset`.
pub(super) fn pointer_at(root: &Node, offset: usize) -> String {
    let mut pointer = String::new();
    let mut node = root;
    loop {
        let next = match &node.value {
            Value::Object(map) => map.iter().find_map(|e| {
                let end = e.value.span.end.max(e.key_span.end) as usize;
                ((e.key_span.start as usize) <= offset && offset < end)
                    .then(|| (escape_pointer_token(&e.key).into_owned(), &e.value))
            }),
            Value::Array(items) => items.iter().enumerate().find_map(|(i, n)| {
                ((n.span.start as usize) <= offset && offset < n.span.end as usize)
                    .then(|| (i.to_string(), n))
            }),
            _ => None,
        };
        let Some((token, child)) = next else {
            return pointer;
        };
        pointer.push('/');
        pointer.push_str(&token);
        node = child;
    }
}

/// Keys whose values are maps of module => version.
const RELATIONSHIPS: &[&str] = &[
    "requires",
    "build_requires",
    "configure_requires",
    "test_requires",
    "recommends",
    "suggests",
    "conflicts",
];

/// A step of the path to a value.
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// Reports plain scalars that YAML 1.1/1.2 loaders read as something else where it matters.
pub(super) fn scalars_read_differently(root: &Node, bytes: &[u8], out: &mut Vec<Diagnostic>) {
    let mut path: Vec<Seg<'_>> = Vec::new();
    walk(root, bytes, &mut path, out);
}

fn pointer(path: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for seg in path {
        out.push('/');
        match seg {
            Seg::Key(k) => out.push_str(&escape_pointer_token(k)),
            Seg::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

fn walk<'a>(node: &'a Node, bytes: &[u8], path: &mut Vec<Seg<'a>>, out: &mut Vec<Diagnostic>) {
    match &node.value {
        Value::Object(map) => {
            for e in map.iter() {
                path.push(Seg::Key(&e.key));
                walk(&e.value, bytes, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, n) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(n, bytes, path, out);
                path.pop();
            }
        }
        Value::String(s) => {
            let flow = is_flow_collection(s);
            // plain scalars only: the source is exactly the string (compared last: most strings
            // are neither flow-like nor versions)
            if !(flow || is_version_position(path))
                || bytes.get(node.span.range()) != Some(s.as_bytes())
            {
                return;
            }
            if flow {
                out.push(rule::flow(&pointer(path), node.span, s));
            } else if let Some(number) = yaml_number(s) {
                if number != s.as_str() {
                    out.push(rule::number(&pointer(path), node.span, s, &number));
                }
            }
        }
        _ => {}
    }
}

fn is_flow_collection(s: &str) -> bool {
    (s.starts_with('[') && s.ends_with(']') && s != "[]")
        || (s.starts_with('{') && s.ends_with('}') && s != "{}")
}

fn is_version_position(path: &[Seg<'_>]) -> bool {
    match path {
        [.., Seg::Key("version")] => !matches!(path.first(), Some(Seg::Key("meta-spec"))),
        [.., Seg::Key(parent), _] => RELATIONSHIPS.contains(parent),
        _ => false,
    }
}

/// How a YAML 1.2 core-schema loader prints `s` when it resolves it to a number
/// (`[-+]?[0-9]+` or `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`), else `None`.
/// Borrowed when that is `s` itself: an integer without a `+` or leading zeros, the usual `0`
/// of a prerequisite, is printed as written (no copy for the common case).
fn yaml_number(s: &str) -> Option<Cow<'_, str>> {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits.is_empty() {
        return None;
    }
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        let trimmed = digits.trim_start_matches('0');
        if trimmed.len() == digits.len() && !s.starts_with('+') {
            return Some(Cow::Borrowed(s));
        }
        let sign = if s.starts_with('-') && !trimmed.is_empty() {
            "-"
        } else {
            ""
        };
        return Some(Cow::Owned(format!(
            "{sign}{}",
            if trimmed.is_empty() { "0" } else { trimmed }
        )));
    }
    let (mantissa, exponent) = match digits.find(['e', 'E']) {
        Some(i) => (&digits[..i], Some(&digits[i + 1..])),
        None => (digits, None),
    };
    let (int, frac) = mantissa.split_once('.')?;
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = all_digits(int) && all_digits(frac) && (!int.is_empty() || !frac.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    if !mantissa_ok || !exponent_ok {
        return None;
    }
    let normalised: Cow<'_, str> = if int.is_empty() {
        Cow::Owned(format!("0{digits}"))
    } else {
        Cow::Borrowed(digits)
    };
    let value: f64 = normalised.trim_end_matches('.').parse().ok()?;
    let value = if s.starts_with('-') { -value } else { value };
    value.is_finite().then(|| Cow::Owned(format!("{value}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_that_are_yaml_numbers_lose_their_text() {
        assert_eq!(yaml_number("1.10").as_deref(), Some("1.1"));
        assert_eq!(yaml_number("1.0").as_deref(), Some("1"));
        assert_eq!(yaml_number("0.001").as_deref(), Some("0.001"));
        assert_eq!(yaml_number("010").as_deref(), Some("10"));
        assert_eq!(yaml_number("5").as_deref(), Some("5"));
        assert_eq!(yaml_number("-5").as_deref(), Some("-5"));
        assert_eq!(yaml_number("+5").as_deref(), Some("5"));
        assert_eq!(yaml_number("0").as_deref(), Some("0"));
        assert_eq!(yaml_number("-0").as_deref(), Some("0"));
        assert_eq!(yaml_number("00").as_deref(), Some("0"));
        assert_eq!(yaml_number("1.").as_deref(), Some("1"));
        assert_eq!(yaml_number(".5").as_deref(), Some("0.5"));
        assert_eq!(yaml_number("1.2.3"), None);
        assert_eq!(yaml_number("v1.2"), None);
        assert_eq!(yaml_number("1.0_01"), None);
        assert_eq!(yaml_number("."), None);
    }

    #[test]
    fn version_positions() {
        let p =
            |v: &[&str]| is_version_position(&v.iter().map(|s| Seg::Key(s)).collect::<Vec<_>>());
        assert!(p(&["version"]));
        assert!(p(&["provides", "Foo", "version"]));
        assert!(p(&["requires", "Foo"]));
        assert!(p(&["prereqs", "runtime", "requires", "Foo"]));
        assert!(!p(&["meta-spec", "version"]));
        assert!(!p(&["name"]));
    }
}
