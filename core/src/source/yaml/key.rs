//! Mapping keys, as `_load_hash` strips them off the line with three substitutions tried in turn:
//!
//! ```text
//! s/^\s*$re_capture_single_quoted$re_key_value_separator//
//! s/^\s*$re_capture_double_quoted$re_key_value_separator//
//! s/^\s*$re_capture_unquoted_key$re_key_value_separator//
//! ```
//!
//! The quoted forms are deterministic. The unquoted key regex,
//! `([^:]+(?::+\S(?:[^:]*|.*?(?=:)))*)(?=\s*\:(?:\s+|$))`, backtracks, and which colon ends the
//! key depends on Perl's search order. Rather than backtrack (exponential on hostile lines), we
//! compute the same answer in linear time; the derivation is in [`unquoted_key_end`], and
//! `tests/oracle/yaml-keys.jsonl` checks it against Perl on thousands of generated lines.

use super::lines::{trim_ws_end, trim_ws_start, ws_at};
use super::scalar::{unquote_double, unquote_single};

/// A key found at the start of a line.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Key {
    pub name: String,
    /// Byte range of the key as written (quotes included, surrounding whitespace excluded).
    pub span: (usize, usize),
    /// Byte index where the value text starts (after the separator and any comment).
    pub rest: usize,
}

/// End of a closing single quote scan: `\'([^\']*(?:\'\'[^\']*)*)\'` from an opening quote at
/// `open`. Returns the index of the closing quote.
pub(super) fn single_quoted_end(b: &[u8], open: usize) -> Option<usize> {
    let mut i = open + 1;
    loop {
        let j = i + b.get(i..)?.iter().position(|&c| c == b'\'')?;
        if b.get(j + 1) == Some(&b'\'') {
            i = j + 2;
        } else {
            return Some(j);
        }
    }
}

/// `\"([^\\"]*(?:\\.[^\\"]*)*)\"` from an opening quote at `open`: the closing quote's index.
pub(super) fn double_quoted_end(text: &str, open: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'"' => return Some(i),
            // `\\.`: the backslash and the next character, whatever its width
            b'\\' => i += 1 + text[i + 1..].chars().next()?.len_utf8(),
            _ => i += 1,
        }
    }
    None
}

/// `$re_key_value_separator = qr/\s*:(?:\s+(?:\#.*)?|$)/` at `at`: the index after it.
fn separator(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let after_ws = trim_ws_start(rest);
    let after_colon = after_ws.strip_prefix(':')?;
    if after_colon.is_empty() {
        return Some(text.len());
    }
    let value = trim_ws_start(after_colon);
    if value.len() == after_colon.len() {
        return None; // neither whitespace nor the end after the colon
    }
    if value.starts_with('#') {
        return Some(text.len());
    }
    Some(text.len() - value.len())
}

/// Parses the key at the start of `text`; `None` where all three substitutions fail.
#[cfg(test)]
pub(super) fn parse_key(text: &str) -> Option<Key> {
    parse_key_after(text, text.len() - trim_ws_start(text).len())
}

/// [`parse_key`] on a line whose leading whitespace (`lead` bytes) is already measured.
pub(super) fn parse_key_after(text: &str, lead: usize) -> Option<Key> {
    let b = text.as_bytes();
    match b.get(lead) {
        Some(b'\'') => {
            if let Some(close) = single_quoted_end(b, lead) {
                if let Some(rest) = separator(text, close + 1) {
                    return Some(Key {
                        name: unquote_single(&text[lead + 1..close]),
                        span: (lead, close + 1),
                        rest,
                    });
                }
            }
        }
        Some(b'"') => {
            if let Some(close) = double_quoted_end(text, lead) {
                if let Some(rest) = separator(text, close + 1) {
                    return Some(Key {
                        name: unquote_double(&text[lead + 1..close]),
                        span: (lead, close + 1),
                        rest,
                    });
                }
            }
        }
        _ => {}
    }
    // `^\s*` gives back one whitespace character when the line continues with a colon, so that
    // `[^:]+` can match it: `  :a: b` has the key ` :a`.
    let start = if b.get(lead) == Some(&b':') {
        let ws = text[..lead].chars().next_back()?;
        lead - ws.len_utf8()
    } else {
        lead
    };
    let first_colon = start + b[start..].iter().position(|&c| c == b':')?;
    let end = unquoted_key_end(text, first_colon)?;
    let key = trim_ws_end(&text[start..end]);
    Some(Key {
        name: key.to_owned(),
        span: (start, start + key.len()),
        rest: separator(text, end)?,
    })
}

/// Where Perl's unquoted-key regex ends the key, given the first colon `c1` after `[^:]+`.
///
/// After `[^:]+` (which must stop at the first colon), the regex repeats groups
/// `:+\S(?:[^:]*|.*?(?=:))` and then needs `\s*:(?:\s+|$)`. Working through Perl's search order:
///
/// * a group ends either where `[^:]*` stops (the next colon) or, via `.*?(?=:)`, before any later
///   colon, tried left to right — the `[^:]*` choice is the first of those, so a group started at
///   `s` tries "the state after a group" at every colon `t >= s` in increasing order;
/// * "after a group" at a colon `q` (in a run of colons ending at `r`): first another group. `:+`
///   takes the whole run and `\S` the next character, or fewer colons with `\S` matching a colon.
///   Taking the whole run or all but one both continue at the colons after `r`; taking fewer
///   continues at `r-1`, `r-2`, … `q+2` (then at colons already tried). Only then the lookahead:
///   a lone colon followed by whitespace or the end ends the key at `q`.
///
/// Every step moves right or stays inside the run, so the answer for each colon depends only on
/// what lies after it: one right-to-left pass computes it for all colons.
fn unquoted_key_end(text: &str, c1: usize) -> Option<usize> {
    let b = text.as_bytes();
    let n = b.len();
    let ws_at = |i: usize| ws_at(text, i);
    // the common case, `key: value`: a lone colon followed by whitespace or the end
    if b.get(c1 + 1).is_none_or(|&c| c != b':') && (c1 + 1 == n || ws_at(c1 + 1)) {
        return Some(c1);
    }
    // `first_success`: the answer of the leftmost colon after the current run that has one
    let mut first_success: Option<usize> = None;
    let mut r = n;
    let mut answer_c1 = None;
    while r > c1 {
        // find the run of colons ending just before `r`
        let Some(last) = b[c1..r].iter().rposition(|&c| c == b':').map(|i| c1 + i) else {
            break;
        };
        let run_end = last + 1;
        let run_start = b[c1..run_end]
            .iter()
            .rposition(|&c| c != b':')
            .map_or(c1, |i| c1 + i + 1);
        let after_run = first_success;
        let followed_by_space_or_end = run_end == n || ws_at(run_end);
        // the largest colon in the run (closest to its end) with an answer, and that answer
        let mut best: Option<(usize, usize)> = None;
        let mut leftmost: Option<usize> = None;
        for q in (run_start..run_end).rev() {
            let m = run_end - q;
            let group_ok = m >= 2 || !followed_by_space_or_end;
            let mut res = if group_ok { after_run } else { None };
            if res.is_none() {
                res = best.filter(|&(s, _)| s >= q + 2).map(|(_, e)| e);
            }
            if res.is_none() && m == 1 && followed_by_space_or_end {
                res = Some(q);
            }
            if let Some(e) = res {
                if best.is_none() {
                    best = Some((q, e));
                }
                leftmost = Some(e);
            }
            if q == c1 {
                answer_c1 = res;
            }
        }
        if leftmost.is_some() {
            first_success = leftmost;
        }
        r = run_start;
    }
    answer_c1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Option<(String, &str)> {
        parse_key(text).map(|k| (k.name, &text[k.rest..]))
    }

    #[test]
    fn plain_keys_end_at_the_first_colon_followed_by_space() {
        assert_eq!(key("name: Foo"), Some(("name".into(), "Foo")));
        assert_eq!(key("  Foo::Bar:   1.0"), Some(("Foo::Bar".into(), "1.0")));
        assert_eq!(key("url: http://x: y"), Some(("url".into(), "http://x: y")));
        assert_eq!(key("empty:"), Some(("empty".into(), "")));
        assert_eq!(key("c:  # comment"), Some(("c".into(), "")));
        assert_eq!(key("spaced key : v"), Some(("spaced key".into(), "v")));
    }

    /// Outcomes of Perl 5.36 on the same lines (see tests/oracle/yaml-keys.jsonl for thousands).
    #[test]
    fn colon_runs_follow_perls_backtracking() {
        assert_eq!(key("a::: b"), Some(("a::".into(), "b")));
        assert_eq!(key("a:b:: c: d"), Some(("a:b:: c".into(), "d")));
        assert_eq!(key("a:: b"), None);
        assert_eq!(key("name:foo"), None);
        assert_eq!(key("  :a: b"), Some((" :a".into(), "b")));
        assert_eq!(key(":a: b"), None);
    }

    #[test]
    fn quoted_keys_are_unquoted() {
        assert_eq!(key("'it''s': 1"), Some(("it's".into(), "1")));
        assert_eq!(key("\"a\\tb\": 1"), Some(("a\tb".into(), "1")));
        // a quoted key not followed by the separator falls through to the unquoted form
        assert_eq!(key("'a'b: 1"), Some(("'a'b".into(), "1")));
    }

    /// Every line of tests/oracle/yaml-keys.jsonl (made by gen_yaml_keys.pl with Perl's own
    /// regexes): same key and same rest of line, or no key where Perl finds none.
    #[test]
    fn agrees_with_perl_on_generated_lines() {
        let oracle = include_str!("../../../../tests/oracle/yaml-keys.jsonl");
        let mut total = 0;
        let mut same = 0;
        let mut first_bad = None;
        for line in oracle.lines() {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = case["line"].as_str().unwrap();
            let want = case["key"]
                .as_str()
                .map(|k| (k.to_owned(), case["rest"].as_str().unwrap()));
            total += 1;
            if key(text) == want {
                same += 1;
            } else if first_bad.is_none() {
                first_bad = Some(format!("{text:?}: got {:?}, Perl {want:?}", key(text)));
            }
        }
        eprintln!("yaml key parity: {same}/{total} lines identical");
        assert_eq!(same, total, "first difference: {first_bad:?}");
    }
}
