//! `vers` (the version range specifier of the purl project) for CPAN version ranges.
//!
//! vers has no `cpan` scheme definition yet, so this module documents the one cpanmeta uses:
//!
//! - A CPAN range (CPAN::Meta::Spec, "Version Ranges") is a comma-separated list of
//!   `op version` constraints, all of which must hold; a bare version means `>= version`.
//! - `vers:cpan/` lists the same constraints, `|`-separated, sorted by version (version.pm order,
//!   ties broken by the operator), without spaces; `==` is written as the bare version, the others
//!   keep their operator (`>=`, `<=`, `>`, `<`, `!=`).
//! - `0` (any version) is `vers:cpan/*`.
//!
//! So `1.2` → `vers:cpan/>=1.2`, `0` → `vers:cpan/*`, `== 1.5` → `vers:cpan/1.5`,
//! `>= 1.2, != 1.5, < 2.0` → `vers:cpan/>=1.2|!=1.5|<2.0`. Converting back gives the CPAN range in
//! its normal form (`>= 1.2` alone is written `1.2`).

use std::cmp::Ordering;

/// Why a range could not be converted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct VersError(pub String);

/// One constraint: operator, version as written, sort key.
type Constraint = (&'static str, String, Vec<u64>);

const OPS: &[&str] = &[">=", "<=", "==", "!=", ">", "<"];

/// A sort key for a Perl version as version.pm orders them: dotted versions (`v1.2.3`, or two or
/// more dots) by their integer parts, decimal versions (`1.002003`) by their fraction in groups of
/// three digits. `_` (the old alpha marker) is ignored.
pub fn version_key(v: &str) -> Option<Vec<u64>> {
    let v = v.trim().replace('_', "");
    let dotted = v.starts_with('v') || v.matches('.').count() >= 2;
    let body = v.strip_prefix('v').unwrap_or(&v);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    if dotted {
        return body
            .split('.')
            .map(|p| {
                if p.is_empty() {
                    Some(0)
                } else {
                    p.parse().ok()
                }
            })
            .collect();
    }
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let mut key = vec![if int.is_empty() { 0 } else { int.parse().ok()? }];
    let mut frac = frac.to_owned();
    while frac.len() % 3 != 0 {
        frac.push('0');
    }
    for chunk in frac.as_bytes().chunks(3) {
        key.push(std::str::from_utf8(chunk).ok()?.parse().ok()?);
    }
    Some(key)
}

fn compare(a: &[u64], b: &[u64]) -> Ordering {
    let n = a.len().max(b.len());
    (0..n)
        .map(|i| a.get(i).unwrap_or(&0).cmp(b.get(i).unwrap_or(&0)))
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}

fn split_op(c: &str) -> (&'static str, &str) {
    for op in OPS {
        if let Some(rest) = c.strip_prefix(op) {
            return (op, rest.trim());
        }
    }
    ("", c.trim())
}

fn constraints(items: &[(&'static str, String)]) -> Result<Vec<Constraint>, VersError> {
    let mut out = Vec::new();
    for (op, v) in items {
        let key =
            version_key(v).ok_or_else(|| VersError(format!("`{v}` is not a Perl version")))?;
        out.push((*op, v.clone(), key));
    }
    let rank = |op: &str| OPS.iter().position(|o| *o == op).unwrap_or(0);
    out.sort_by(|a, b| compare(&a.2, &b.2).then(rank(a.0).cmp(&rank(b.0))));
    Ok(out)
}

/// Converts a CPAN version range (`>= 1.2, < 2`) to `vers:cpan/…`.
pub fn to_vers(range: &str) -> Result<String, VersError> {
    let mut items = Vec::new();
    for part in range.split(',') {
        let (op, v) = split_op(part.trim());
        if v.is_empty() {
            return Err(VersError(format!("empty constraint in `{range}`")));
        }
        items.push((if op.is_empty() { ">=" } else { op }, v.to_owned()));
    }
    let list = constraints(&items)?;
    if list.len() == 1 && list[0].0 == ">=" && list[0].2.iter().all(|&n| n == 0) {
        return Ok("vers:cpan/*".to_owned());
    }
    let parts: Vec<String> = list
        .iter()
        .map(|(op, v, _)| {
            if *op == "==" {
                v.clone()
            } else {
                format!("{op}{v}")
            }
        })
        .collect();
    Ok(format!("vers:cpan/{}", parts.join("|")))
}

/// Converts `vers:cpan/…` back to a CPAN version range in normal form.
pub fn from_vers(vers: &str) -> Result<String, VersError> {
    let body = vers
        .strip_prefix("vers:cpan/")
        .ok_or_else(|| VersError(format!("`{vers}` is not a vers:cpan range")))?;
    if body == "*" {
        return Ok("0".to_owned());
    }
    let mut items = Vec::new();
    for part in body.split('|') {
        let (op, v) = split_op(part.trim());
        if v.is_empty() {
            return Err(VersError(format!("empty constraint in `{vers}`")));
        }
        items.push((if op.is_empty() { "==" } else { op }, v.to_owned()));
    }
    let list = constraints(&items)?;
    if list.len() == 1 && list[0].0 == ">=" {
        return Ok(list[0].1.clone());
    }
    let parts: Vec<String> = list.iter().map(|(op, v, _)| format!("{op} {v}")).collect();
    Ok(parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_the_documented_examples() {
        assert_eq!(to_vers("1.2").unwrap(), "vers:cpan/>=1.2");
        assert_eq!(to_vers("0").unwrap(), "vers:cpan/*");
        assert_eq!(to_vers("== 1.5").unwrap(), "vers:cpan/1.5");
        assert_eq!(
            to_vers("< 2.0, >= 1.2, != 1.5").unwrap(),
            "vers:cpan/>=1.2|!=1.5|<2.0"
        );
        // v1.2.3 is 1.002003, below 1.10 (1.100).
        assert_eq!(
            to_vers("< 1.10, >= v1.2.3").unwrap(),
            "vers:cpan/>=v1.2.3|<1.10"
        );
    }

    #[test]
    fn orders_by_perl_version_semantics() {
        assert_eq!(
            compare(
                &version_key("1.10").unwrap(),
                &version_key("v1.2.3").unwrap()
            ),
            Ordering::Greater
        );
        assert_eq!(
            compare(&version_key("1.2").unwrap(), &version_key("1.200").unwrap()),
            Ordering::Equal
        );
        assert_eq!(
            compare(
                &version_key("v1.2").unwrap(),
                &version_key("1.002").unwrap()
            ),
            Ordering::Equal
        );
    }

    #[test]
    fn round_trips_to_the_normal_cpan_form() {
        for (range, normal) in [
            ("1.2", "1.2"),
            (">= 1.2", "1.2"),
            ("0", "0"),
            ("== 1.5", "== 1.5"),
            ("<2.0,>=1.2", ">= 1.2, < 2.0"),
            (">= 1.2, != 1.5, < 2.0", ">= 1.2, != 1.5, < 2.0"),
            ("> 0.5, <= v2.0.0", "> 0.5, <= v2.0.0"),
        ] {
            let vers = to_vers(range).unwrap();
            assert_eq!(from_vers(&vers).unwrap(), normal, "{range} -> {vers}");
            assert_eq!(to_vers(normal).unwrap(), vers, "{normal} is stable");
        }
    }

    #[test]
    fn refuses_what_is_not_a_range() {
        assert!(to_vers(">= ").is_err());
        assert!(to_vers("1.2, abc").is_err());
        assert!(from_vers("vers:npm/1.0").is_err());
    }
}
