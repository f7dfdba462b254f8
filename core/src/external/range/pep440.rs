//! PEP 440 versions and version specifiers (the "Version specifiers" specification of the Python
//! packaging guide): parsing with the specification's normalisation rules, ordering, and the
//! specifier grammar turned into comparators for the satisfiability check.

use std::cmp::Ordering;

use super::bounds::{Cmp, Op};

/// A pre-release phase, in its normalised spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    A,
    B,
    Rc,
}

/// A local version label segment: numbers sort after strings, numbers numerically.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Local {
    Text(String),
    Number(u64),
}

/// A PEP 440 version.
#[derive(Clone, Debug)]
pub struct Pep440 {
    pub epoch: u64,
    pub release: Vec<u64>,
    pub pre: Option<(Phase, u64)>,
    pub post: Option<u64>,
    pub dev: Option<u64>,
    pub local: Vec<Local>,
}

/// A small cursor over the lowercased text.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn number(&mut self) -> Option<u64> {
        let start = self.i;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.i += 1;
        }
        if start == self.i {
            return None;
        }
        // Parts too long for u64 saturate: they still order after every shorter number.
        Some(
            std::str::from_utf8(&self.s[start..self.i])
                .ok()
                .and_then(|t| t.parse().ok())
                .unwrap_or(u64::MAX),
        )
    }
    fn word(&mut self, words: &[&str]) -> Option<usize> {
        let rest = &self.s[self.i..];
        let (k, w) = words
            .iter()
            .enumerate()
            .find(|(_, w)| rest.starts_with(w.as_bytes()))?;
        self.i += w.len();
        Some(k)
    }
    /// The number of a pre, post or dev part: an optional separator, then optional digits
    /// (`1.0a`, `1.0a.`, `1.0a-2` are all valid; a missing number is 0).
    fn suffix_number(&mut self) -> u64 {
        if matches!(self.peek(), Some(b'.' | b'-' | b'_')) {
            self.i += 1;
        }
        self.number().unwrap_or(0)
    }
    /// An optional `.`, `-` or `_`, taken only if `then` follows it.
    fn separated(&mut self, mut then: impl FnMut(&mut Self) -> bool) -> bool {
        let save = self.i;
        if matches!(self.peek(), Some(b'.' | b'-' | b'_')) {
            self.i += 1;
        }
        if then(self) {
            return true;
        }
        self.i = save;
        false
    }
}

/// Pre-release spellings and the phase each normalises to.
const PRE: &[(&str, Phase)] = &[
    ("alpha", Phase::A),
    ("beta", Phase::B),
    ("preview", Phase::Rc),
    ("pre", Phase::Rc),
    ("rc", Phase::Rc),
    ("a", Phase::A),
    ("b", Phase::B),
    ("c", Phase::Rc),
];

/// What a specifier allows after the release segment.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Allow {
    suffixes: bool,
    local: bool,
    wildcard: bool,
}

/// Parses `s` (already lowercased and trimmed) as far as the grammar goes; returns the version
/// and whether it ended with `.*`.
#[allow(clippy::many_single_char_names)]
fn parse_with(s: &str, allow: Allow) -> Result<(Pep440, bool), String> {
    let mut c = Cursor {
        s: s.as_bytes(),
        i: 0,
    };
    if c.peek() == Some(b'v') {
        c.i += 1;
    }
    let first = c.number().ok_or("a version starts with a number")?;
    let (epoch, mut release) = if c.peek() == Some(b'!') {
        c.i += 1;
        (first, vec![c.number().ok_or("a number must follow `!`")?])
    } else {
        (0, vec![first])
    };
    let mut wildcard = false;
    // A `.` continues the release only before a digit (or a wildcard `*`); otherwise it
    // separates a suffix (`1.dev0`, `1.0.post1`).
    while c.peek() == Some(b'.') {
        match c.s.get(c.i + 1) {
            Some(b) if b.is_ascii_digit() => {
                c.i += 1;
                release.push(c.number().unwrap_or_default());
            }
            Some(b'*') if allow.wildcard => {
                c.i += 2;
                wildcard = true;
                break;
            }
            _ => break,
        }
    }
    let mut v = Pep440 {
        epoch,
        release,
        pre: None,
        post: None,
        dev: None,
        local: Vec::new(),
    };
    if !wildcard && allow.suffixes {
        let mut pre = None;
        c.separated(|c| {
            let Some(k) = c.word(&PRE.iter().map(|(w, _)| *w).collect::<Vec<_>>()) else {
                return false;
            };
            let n = c.suffix_number();
            pre = Some((PRE[k].1, n));
            true
        });
        v.pre = pre;
        let mut post = None;
        let save = c.i;
        if c.peek() == Some(b'-') {
            c.i += 1;
            match c.number() {
                Some(n) => post = Some(n),
                None => c.i = save,
            }
        }
        if post.is_none() {
            c.separated(|c| {
                if c.word(&["post", "rev", "r"]).is_none() {
                    return false;
                }
                let n = c.suffix_number();
                post = Some(n);
                true
            });
        }
        v.post = post;
        let mut dev = None;
        c.separated(|c| {
            if c.word(&["dev"]).is_none() {
                return false;
            }
            let n = c.suffix_number();
            dev = Some(n);
            true
        });
        v.dev = dev;
    }
    if !wildcard && allow.local && c.peek() == Some(b'+') {
        c.i += 1;
        let rest = std::str::from_utf8(&c.s[c.i..]).unwrap_or_default();
        for seg in rest.split(['.', '-', '_']) {
            if seg.is_empty() || !seg.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(format!("local version label `{rest}` is not valid"));
            }
            v.local.push(if seg.bytes().all(|b| b.is_ascii_digit()) {
                Local::Number(seg.parse().unwrap_or(u64::MAX))
            } else {
                Local::Text(seg.to_owned())
            });
        }
        c.i = c.s.len();
    }
    if c.i != c.s.len() {
        let rest = std::str::from_utf8(&c.s[c.i..]).unwrap_or_default();
        return Err(format!("unexpected `{rest}`"));
    }
    Ok((v, wildcard))
}

impl Pep440 {
    /// Parses a version in any spelling PEP 440 normalises (case, `v` prefix, `alpha`/`pre`/`rev`
    /// and their separators, implicit numbers, `-N` for a post-release).
    pub fn parse(s: &str) -> Result<Pep440, String> {
        let all = Allow {
            suffixes: true,
            local: true,
            wildcard: false,
        };
        parse_with(&s.trim().to_ascii_lowercase(), all).map(|(v, _)| v)
    }

    /// The release with trailing zeros removed (`1.0.0` equals `1`).
    fn release_key(&self) -> &[u64] {
        let end = self
            .release
            .iter()
            .rposition(|&n| n != 0)
            .map_or(0, |i| i + 1);
        &self.release[..end]
    }

    /// The smallest version whose release starts with `prefix`: `prefix.dev0`.
    fn floor(epoch: u64, prefix: &[u64]) -> Pep440 {
        Pep440 {
            epoch,
            release: prefix.to_vec(),
            pre: None,
            post: None,
            dev: Some(0),
            local: Vec::new(),
        }
    }

    /// The first version after every version whose release starts with `prefix`.
    fn ceiling(epoch: u64, prefix: &[u64]) -> Pep440 {
        let mut next = prefix.to_vec();
        if let Some(last) = next.last_mut() {
            *last = last.saturating_add(1);
        }
        Pep440::floor(epoch, &next)
    }
}

/// The sort key of packaging's `_cmpkey`: a dev-only release sorts before the pre-releases, a
/// final release after them; no post-release before any; no dev after all.
fn pre_key(v: &Pep440) -> (i8, Option<(Phase, u64)>) {
    match (v.pre, v.post, v.dev) {
        (None, None, Some(_)) => (-1, None),
        (None, _, _) => (1, None),
        (Some(p), _, _) => (0, Some(p)),
    }
}

impl Ord for Pep440 {
    fn cmp(&self, other: &Self) -> Ordering {
        self.epoch
            .cmp(&other.epoch)
            .then_with(|| self.release_key().cmp(other.release_key()))
            .then_with(|| pre_key(self).cmp(&pre_key(other)))
            .then_with(|| match (self.post, other.post) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(a), Some(b)) => a.cmp(&b),
            })
            .then_with(|| match (self.dev, other.dev) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => a.cmp(&b),
            })
            .then_with(|| self.local.cmp(&other.local))
    }
}

impl PartialOrd for Pep440 {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Pep440 {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Pep440 {}

const OPERATORS: &[&str] = &["===", "~=", "==", "!=", "<=", ">=", "<", ">"];

/// Parses a specifier set (comma-separated specifiers; empty means any version) into the
/// comparators the satisfiability check uses. `!=` with a wildcard and `===` (string identity)
/// constrain nothing an interval can express and are left out after their syntax is checked.
pub fn specifiers(s: &str) -> Result<Vec<Cmp<Pep440>>, String> {
    let mut out = Vec::new();
    if s.trim().is_empty() {
        return Ok(out);
    }
    // packaging skips empty parts (`>=1,` is `>=1`).
    for part in s.split(',').filter(|p| !p.trim().is_empty()) {
        let part = part.trim().to_ascii_lowercase();
        let op = OPERATORS
            .iter()
            .find(|o| part.starts_with(**o))
            .ok_or_else(|| format!("`{part}` does not start with a PEP 440 operator"))?;
        let text = part[op.len()..].trim();
        if text.is_empty() {
            return Err(format!("`{op}` has no version"));
        }
        if *op == "===" {
            if text.contains(char::is_whitespace) {
                return Err(format!("`{text}` has embedded spaces"));
            }
            continue;
        }
        let allow = Allow {
            suffixes: true,
            local: matches!(*op, "==" | "!="),
            wildcard: matches!(*op, "==" | "!="),
        };
        let (v, wildcard) =
            parse_with(text, allow).map_err(|e| format!("`{text}` in `{part}`: {e}"))?;
        if wildcard && (v.pre.is_some() || v.post.is_some() || v.dev.is_some()) {
            return Err(format!(
                "`{part}`: `.*` cannot follow a pre, post or dev part"
            ));
        }
        match *op {
            "~=" => {
                if v.release.len() < 2 {
                    return Err(format!(
                        "`{part}`: `~=` needs at least two release segments"
                    ));
                }
                let prefix = &v.release[..v.release.len() - 1];
                out.push(Cmp::new(Op::Lt, Pep440::ceiling(v.epoch, prefix)));
                out.push(Cmp::new(Op::Ge, v));
            }
            "==" if wildcard => {
                out.push(Cmp::new(Op::Ge, Pep440::floor(v.epoch, &v.release)));
                out.push(Cmp::new(Op::Lt, Pep440::ceiling(v.epoch, &v.release)));
            }
            "!=" if wildcard => {}
            "==" => out.push(Cmp::new(Op::Eq, v)),
            "!=" => out.push(Cmp::new(Op::Ne, v)),
            "<=" => out.push(Cmp::new(Op::Le, v)),
            ">=" => out.push(Cmp::new(Op::Ge, v)),
            "<" => out.push(Cmp::new(Op::Lt, v)),
            _ => out.push(Cmp::new(Op::Gt, v)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Pep440 {
        Pep440::parse(s).unwrap()
    }

    /// The ordering example of the specification's "Summary of permitted suffixes and relative
    /// ordering" section.
    #[test]
    fn specification_order() {
        let order = [
            "1.dev0",
            "1.0.dev456",
            "1.0a1",
            "1.0a2.dev456",
            "1.0a12.dev456",
            "1.0a12",
            "1.0b1.dev456",
            "1.0b2",
            "1.0b2.post345.dev456",
            "1.0b2.post345",
            "1.0rc1.dev456",
            "1.0rc1",
            "1.0",
            "1.0+abc.5",
            "1.0+abc.7",
            "1.0+5",
            "1.0.post456.dev34",
            "1.0.post456",
            "1.0.15",
            "1.1.dev1",
        ];
        for w in order.windows(2) {
            assert!(v(w[0]) < v(w[1]), "{} < {}", w[0], w[1]);
        }
    }

    #[test]
    fn normalisation_spellings_are_equal() {
        assert_eq!(v("1.0ALPHA1"), v("1.0a1"));
        assert_eq!(v("1.0-preview_2"), v("1.0rc2"));
        assert_eq!(v("1.0-1"), v("1.0.post1"));
        assert_eq!(v("v1.0.rev"), v("1.0.post0"));
        assert_eq!(v("1.0.0"), v("1"));
        assert!(Pep440::parse("1.0-").is_err());
        assert!(Pep440::parse("1..0").is_err());
        assert!(Pep440::parse("1.0+").is_err());
    }

    #[test]
    fn specifier_grammar() {
        assert!(specifiers(">=1.2, <2, !=1.5.*").is_ok());
        assert!(specifiers("~=1").is_err());
        assert!(specifiers(">=1.0+local").is_err());
        assert!(specifiers("==1.0a1.*").is_err());
        assert!(specifiers("1.0").is_err());
        assert!(specifiers("===foobar").is_ok());
    }
}
