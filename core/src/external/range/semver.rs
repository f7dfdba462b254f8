//! Ranges on `cargo` and `npm` packages: Cargo's requirement syntax (the `semver` crate, the
//! parser Cargo itself uses) and npm's range syntax (node-semver's grammar: space-separated
//! comparators, `||` alternatives, hyphen ranges, x-ranges, a bare version meaning exactly that
//! version), both turned into comparators over semver versions.

use semver::{Comparator, Op as SemOp, Prerelease, Version, VersionReq};

use super::bounds::{Cmp, Op};

fn v(major: u64, minor: u64, patch: u64) -> Version {
    Version::new(major, minor, patch)
}

/// The interval a Cargo comparator stands for (semver crate semantics, as Cargo documents
/// them under "Specifying dependencies").
fn comparator(c: &Comparator, out: &mut Vec<Cmp<Version>>) {
    let (major, minor, patch) = (c.major, c.minor, c.patch);
    let next = |n: u64| n.saturating_add(1);
    let full = |pre: &Prerelease| {
        let mut x = v(major, minor.unwrap_or(0), patch.unwrap_or(0));
        x.pre = pre.clone();
        x
    };
    // The first version past every version that starts with the given parts.
    let past = || match (minor, patch) {
        (None, _) => v(next(major), 0, 0),
        (Some(m), None) => v(major, next(m), 0),
        (Some(m), Some(p)) => v(major, m, next(p)),
    };
    let exact = minor.is_some() && patch.is_some();
    match c.op {
        SemOp::Exact if exact => out.push(Cmp::new(Op::Eq, full(&c.pre))),
        SemOp::Exact | SemOp::Wildcard => {
            out.push(Cmp::new(Op::Ge, full(&Prerelease::EMPTY)));
            out.push(Cmp::new(Op::Lt, past()));
        }
        SemOp::Greater if exact => out.push(Cmp::new(Op::Gt, full(&c.pre))),
        SemOp::Greater => out.push(Cmp::new(Op::Ge, past())),
        SemOp::GreaterEq => out.push(Cmp::new(Op::Ge, full(&c.pre))),
        SemOp::Less => out.push(Cmp::new(Op::Lt, full(&c.pre))),
        SemOp::LessEq if exact => out.push(Cmp::new(Op::Le, full(&c.pre))),
        SemOp::LessEq => out.push(Cmp::new(Op::Lt, past())),
        SemOp::Tilde => {
            out.push(Cmp::new(Op::Ge, full(&c.pre)));
            out.push(Cmp::new(
                Op::Lt,
                match minor {
                    None => v(next(major), 0, 0),
                    Some(m) => v(major, next(m), 0),
                },
            ));
        }
        SemOp::Caret => {
            out.push(Cmp::new(Op::Ge, full(&c.pre)));
            let upper = match (major, minor, patch) {
                (0, None, _) => v(1, 0, 0),
                (0, Some(0), Some(p)) => v(0, 0, next(p)),
                (0, Some(m), _) => v(0, next(m), 0),
                (x, _, _) => v(next(x), 0, 0),
            };
            out.push(Cmp::new(Op::Lt, upper));
        }
        // `semver::Op` is non-exhaustive: an operator added later constrains nothing here.
        _ => {}
    }
}

/// A Cargo version requirement (`^1.2`, `>=1.0, <2`, `~1.4.2`, `=1.2.3`, `1.*`); a bare version
/// is a caret requirement.
pub fn cargo(s: &str) -> Result<Vec<Vec<Cmp<Version>>>, String> {
    let req = VersionReq::parse(s.trim()).map_err(|e| e.to_string())?;
    let mut all = Vec::new();
    for c in &req.comparators {
        comparator(c, &mut all);
    }
    Ok(vec![all])
}

/// Whether `t` is an npm partial version (`1`, `1.2`, `1.2.3-beta.1`, `1.x`, `*`), possibly
/// prefixed with `v` or `=`.
fn strip_v(t: &str) -> &str {
    let t = t.strip_prefix('=').unwrap_or(t);
    t.strip_prefix(['v', 'V']).unwrap_or(t)
}

const NPM_OPS: &[&str] = &[">=", "<=", ">", "<", "=", "~>", "~", "^"];

/// One npm comparator token (operator glued to its version) as a Cargo comparator (`None`: any
/// version, `*` or `x`).
fn npm_comparator(token: &str) -> Result<Option<Comparator>, String> {
    let op = NPM_OPS.iter().find(|o| token.starts_with(**o)).copied();
    let rest = strip_v(&token[op.map_or(0, str::len)..]);
    if rest.is_empty() {
        return Err(format!("`{token}` has no version"));
    }
    let wild = |p: &str| matches!(p, "x" | "X" | "*");
    // An x-range: the parts before the first wildcard (`1.2.x` is `1.2`); a wildcard alone is
    // any version, except after `<` or `>`, where npm matches nothing (`<0.0.0-0`).
    let parts: Vec<&str> = rest.split('.').take_while(|p| !wild(p)).collect();
    if parts.is_empty() {
        return match op {
            Some("<" | ">") => Comparator::parse("<0.0.0-0")
                .map(Some)
                .map_err(|e| e.to_string()),
            _ => Ok(None),
        };
    }
    let rest = if parts.len() < rest.split('.').count() {
        parts.join(".")
    } else {
        rest.to_owned()
    };
    // npm reads a bare version, or `=version`, as exactly it (a partial one as an x-range).
    let cargo_op = match op {
        None | Some("=") => "=",
        Some("~>") => "~",
        Some(o) => o,
    };
    Comparator::parse(&format!("{cargo_op}{rest}"))
        .map(Some)
        .map_err(|e| format!("`{token}`: {e}"))
}

/// An npm range: `||`-separated alternatives, each space-separated comparators or a hyphen
/// range `A - B`; the empty string and `*` are any version.
pub fn npm(s: &str) -> Result<Vec<Vec<Cmp<Version>>>, String> {
    let mut sets = Vec::new();
    for alt in s.split("||") {
        let words: Vec<&str> = alt.split_whitespace().collect();
        let mut all = Vec::new();
        if let [a, "-", b] = words.as_slice() {
            let lo = Comparator::parse(&format!(">={}", strip_v(a))).map_err(|e| e.to_string())?;
            let hi = Comparator::parse(&format!("<={}", strip_v(b))).map_err(|e| e.to_string())?;
            comparator(&lo, &mut all);
            comparator(&hi, &mut all);
            sets.push(all);
            continue;
        }
        let mut i = 0;
        while i < words.len() {
            let mut token = words[i].to_owned();
            // npm allows a space between an operator and its version (`>= 1.2.3`).
            if NPM_OPS.contains(&words[i]) {
                let version = words
                    .get(i + 1)
                    .ok_or_else(|| format!("`{}` has no version", words[i]))?;
                token.push_str(version);
                i += 1;
            }
            if let Some(c) = npm_comparator(&token)? {
                comparator(&c, &mut all);
            }
            i += 1;
        }
        sets.push(all);
    }
    Ok(sets)
}

/// Whether `s` is a semver version (for `vers:` ranges of these schemes).
pub fn version(s: &str) -> Result<Version, String> {
    Version::parse(strip_v(s.trim())).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::bounds::{matches, satisfiable};
    use super::*;

    fn any_matches(sets: &[Vec<Cmp<Version>>], x: &str) -> bool {
        let x = Version::parse(x).unwrap();
        sets.iter().any(|s| matches(s, &x))
    }

    #[test]
    fn cargo_requirements() {
        let r = cargo("^0.2.3").unwrap();
        assert!(any_matches(&r, "0.2.9"));
        assert!(!any_matches(&r, "0.3.0"));
        assert!(!satisfiable(&cargo(">=2, <1.5").unwrap()[0]));
        assert!(cargo("1.2.3.4").is_err());
    }

    #[test]
    fn npm_ranges() {
        let r = npm("1.2.3 - 2.3").unwrap();
        assert!(any_matches(&r, "2.3.9"));
        assert!(!any_matches(&r, "2.4.0"));
        let r = npm(">= 1.0.0 <1.5 || 3.x").unwrap();
        assert!(any_matches(&r, "1.4.0"));
        assert!(any_matches(&r, "3.9.1"));
        assert!(!any_matches(&r, "2.0.0"));
        assert!(any_matches(&npm("1.2.3").unwrap(), "1.2.3"));
        assert!(!any_matches(&npm("1.2.3").unwrap(), "1.2.4"));
        assert!(npm(">=").is_err());
        assert!(npm("latest").is_err());
    }
}
