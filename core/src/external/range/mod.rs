//! Version ranges of external dependencies, each read in its own ecosystem's terms: the range
//! on a `cargo` purl is a Cargo requirement, on `npm` an npm range, on `pypi` a PEP 440 specifier
//! set; `deb`, `rpm` and every other type take a CPAN-style comparator list (`>= 1.2, < 2`)
//! ordered by dpkg's, rpm's or a generic natural comparison; any of them may instead be a purl
//! `vers:` range. A range is *invalid* when its grammar or a version in it is wrong, and
//! *unsatisfiable* when no version can meet all of its constraints.

pub mod bounds;
pub mod debian;
pub mod pep440;
pub mod rpm;
pub mod semver;

use std::cmp::Ordering;

use bounds::{satisfiable, Cmp, Op};

/// Whose rules a range follows, from the dependency's purl type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Cargo,
    Npm,
    Pypi,
    Deb,
    Rpm,
    Cpan,
    /// Everything else, and virtual capabilities.
    Generic,
}

impl Scheme {
    /// The scheme of a purl type (or of a `vers:` scheme name).
    pub fn of(ty: &str) -> Scheme {
        match ty.to_ascii_lowercase().as_str() {
            "cargo" => Scheme::Cargo,
            "npm" => Scheme::Npm,
            "pypi" => Scheme::Pypi,
            "deb" => Scheme::Deb,
            "rpm" => Scheme::Rpm,
            "cpan" => Scheme::Cpan,
            _ => Scheme::Generic,
        }
    }

    /// How the range of this scheme is written, for help texts.
    pub fn grammar(self) -> &'static str {
        match self {
            Scheme::Cargo => "a Cargo version requirement such as `^1.2` or `>=1.0, <2`",
            Scheme::Npm => "an npm range such as `^1.2.0`, `>=1.0.0 <2` or `1.x || 2.x`",
            Scheme::Pypi => "a PEP 440 specifier set such as `>=1.21, <2` or `~=1.4`",
            Scheme::Cpan => "a CPAN version range such as `1.2` or `>= 1.2, < 2`",
            Scheme::Deb => "comparators on Debian versions such as `>= 1.1.1-1, < 3`",
            Scheme::Rpm => "comparators on RPM versions such as `>= 1.1.1-1, < 3`",
            Scheme::Generic => "comparators such as `3.0` (a minimum) or `>= 1.2, < 2`",
        }
    }
}

/// What a valid range allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// `0` or an empty constraint: any version.
    Any,
    Satisfiable,
    /// No version meets every constraint.
    Unsatisfiable,
}

/// A version of an ecosystem without a grammar of its own: compared segment by segment, digits
/// numerically, letters as text (rpm's algorithm without its `~` and `^` markers' meaning).
#[derive(Clone, Debug)]
pub struct GenericVersion(String);

impl GenericVersion {
    pub fn parse(s: &str) -> Result<GenericVersion, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("version is empty".into());
        }
        if let Some(c) = s
            .chars()
            .find(|c| c.is_whitespace() || matches!(c, ',' | '<' | '>' | '=' | '!' | '|'))
        {
            return Err(format!("`{c}` is not allowed in a version"));
        }
        Ok(GenericVersion(s.to_owned()))
    }
}

impl Ord for GenericVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        rpm::rpmvercmp(&self.0, &other.0)
    }
}
impl PartialOrd for GenericVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for GenericVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for GenericVersion {}

/// The CPAN-style comparator list (`>= 1.2, < 2, != 1.5`; a bare version is a minimum) with
/// versions read by `parse`.
fn comparators<V>(
    s: &str,
    parse: impl Fn(&str) -> Result<V, String>,
) -> Result<Vec<Cmp<V>>, String> {
    let mut out = Vec::new();
    for part in s.split(',') {
        let part = part.trim();
        if part.is_empty() {
            return Err("empty part between commas".into());
        }
        let (op, text) = [
            (">=", Op::Ge),
            ("<=", Op::Le),
            ("==", Op::Eq),
            ("!=", Op::Ne),
            (">", Op::Gt),
            ("<", Op::Lt),
        ]
        .iter()
        .find_map(|(t, op)| part.strip_prefix(t).map(|rest| (*op, rest)))
        .unwrap_or((Op::Ge, part));
        let version = parse(text.trim()).map_err(|e| format!("`{}`: {e}", text.trim()))?;
        out.push(Cmp::new(op, version));
    }
    Ok(out)
}

fn verdict<V: Ord>(sets: &[Vec<Cmp<V>>]) -> Verdict {
    if sets.iter().any(Vec::is_empty) {
        Verdict::Any
    } else if sets.iter().any(|s| satisfiable(s)) {
        Verdict::Satisfiable
    } else {
        Verdict::Unsatisfiable
    }
}

fn cpan(s: &str) -> Result<Verdict, String> {
    let range = crate::version::Range::parse(s).map_err(|e| e.to_string())?;
    Ok(if range.is_empty() {
        Verdict::Unsatisfiable
    } else if range.parts().is_empty() {
        Verdict::Any
    } else {
        Verdict::Satisfiable
    })
}

/// A `vers:<scheme>/<constraints>` range: `*`, or `|`-separated constraints, each a version
/// with an optional `=`, `!=`, `<`, `<=`, `>`, `>=` (no operator is `=`), versions
/// percent-encoded. The versions are read by the scheme the range names.
fn vers(s: &str, expected: Scheme) -> Result<Verdict, String> {
    let rest = &s[5..];
    let (scheme, constraints) = rest
        .split_once('/')
        .ok_or("a vers range is `vers:<scheme>/<constraints>`")?;
    if scheme.is_empty() || scheme != scheme.to_ascii_lowercase() {
        return Err(format!(
            "vers scheme `{scheme}` must be lowercase and not empty"
        ));
    }
    let named = Scheme::of(scheme);
    if named != expected && named != Scheme::Generic {
        return Err(format!(
            "vers scheme `{scheme}` does not match the dependency's ecosystem"
        ));
    }
    if constraints.trim() == "*" {
        return Ok(Verdict::Any);
    }
    if constraints.is_empty() || constraints.contains(char::is_whitespace) {
        return Err("vers constraints are `*` or `|`-separated, without spaces".into());
    }
    let mut list = String::new();
    for c in constraints.split('|') {
        let (op, v) = ["!=", "<=", ">=", "<", ">", "="]
            .iter()
            .find_map(|o| c.strip_prefix(o).map(|v| (*o, v)))
            .unwrap_or(("=", c));
        let v = crate::purl::decode(v).map_err(|e| e.message)?;
        if v.is_empty() {
            return Err(format!("constraint `{c}` has no version"));
        }
        if !list.is_empty() {
            list.push(',');
        }
        list.push_str(if op == "=" { "==" } else { op });
        list.push_str(&v);
    }
    let scheme = if named == Scheme::Generic {
        expected
    } else {
        named
    };
    match scheme {
        Scheme::Cargo | Scheme::Npm => Ok(verdict(&[comparators(&list, semver::version)?])),
        Scheme::Pypi => Ok(verdict(&[comparators(&list, pep440::Pep440::parse)?])),
        _ => check_list(scheme, &list),
    }
}

fn check_list(scheme: Scheme, s: &str) -> Result<Verdict, String> {
    match scheme {
        Scheme::Deb => Ok(verdict(&[comparators(s, debian::DebVersion::parse)?])),
        Scheme::Rpm => Ok(verdict(&[comparators(s, rpm::RpmVersion::parse)?])),
        _ => Ok(verdict(&[comparators(s, GenericVersion::parse)?])),
    }
}

/// Checks a range written for `scheme`. `0` (the prereqs convention) is any version everywhere.
pub fn check(scheme: Scheme, s: &str) -> Result<Verdict, String> {
    let t = s.trim();
    if t == "0" {
        return Ok(Verdict::Any);
    }
    if t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("vers:")) {
        return vers(t, scheme);
    }
    if t.is_empty() {
        return Err("the range is empty (write 0 for any version)".into());
    }
    match scheme {
        Scheme::Cargo => Ok(verdict(&semver::cargo(t)?)),
        Scheme::Npm => Ok(verdict(&semver::npm(t)?)),
        Scheme::Pypi => Ok(verdict(&[pep440::specifiers(t)?])),
        Scheme::Cpan => cpan(t),
        Scheme::Deb | Scheme::Rpm | Scheme::Generic => check_list(scheme, t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_scheme_reads_its_own_grammar() {
        assert_eq!(check(Scheme::Cargo, "^1.2"), Ok(Verdict::Satisfiable));
        assert_eq!(check(Scheme::Npm, ">=2 <1"), Ok(Verdict::Unsatisfiable));
        assert_eq!(check(Scheme::Pypi, ">=1.21,<2"), Ok(Verdict::Satisfiable));
        assert_eq!(check(Scheme::Pypi, "==1.*,>=2"), Ok(Verdict::Unsatisfiable));
        assert_eq!(
            check(Scheme::Deb, ">= 1.0~rc1, < 1.0"),
            Ok(Verdict::Satisfiable)
        );
        assert_eq!(
            check(Scheme::Deb, ">= 1.0, < 1.0~rc1"),
            Ok(Verdict::Unsatisfiable)
        );
        assert_eq!(
            check(Scheme::Rpm, ">= 2.0, <= 10"),
            Ok(Verdict::Satisfiable)
        );
        assert_eq!(check(Scheme::Generic, "3.0"), Ok(Verdict::Satisfiable));
        assert_eq!(check(Scheme::Generic, "0"), Ok(Verdict::Any));
        assert_eq!(check(Scheme::Cpan, ">= 2, < 1"), Ok(Verdict::Unsatisfiable));
        assert!(check(Scheme::Pypi, "^1.2").is_err());
        assert!(check(Scheme::Deb, ">= a1").is_err());
        assert!(check(Scheme::Generic, "").is_err());
    }

    /// Random strings over the characters the grammars care about never panic or hang.
    #[test]
    fn any_input_gets_an_answer() {
        const ALPHABET: &[&str] = &[
            "0", "1", "9", ".", ",", " ", "<", ">", "=", "!", "~", "^", "*", "x", "|", "-", "_",
            "+", ":", "@", "a", "rc", "post", "dev", "v", "vers:", "/", "%", "%4", "é", "\t",
        ];
        let schemes = [
            Scheme::Cargo,
            Scheme::Npm,
            Scheme::Pypi,
            Scheme::Deb,
            Scheme::Rpm,
            Scheme::Cpan,
            Scheme::Generic,
        ];
        let mut state: u64 = 0x0725_2026;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap_or_default()
        };
        for _ in 0..20_000 {
            let len = next() % 12;
            let text: String = (0..len)
                .map(|_| ALPHABET[next() % ALPHABET.len()])
                .collect();
            for scheme in schemes {
                let _ = check(scheme, &text);
            }
        }
    }

    #[test]
    fn vers_ranges() {
        assert_eq!(check(Scheme::Generic, "vers:generic/*"), Ok(Verdict::Any));
        assert_eq!(
            check(Scheme::Pypi, "vers:pypi/>=1.0|<2.0"),
            Ok(Verdict::Satisfiable)
        );
        assert_eq!(
            check(Scheme::Deb, "vers:deb/>=2|<1"),
            Ok(Verdict::Unsatisfiable)
        );
        assert!(check(Scheme::Pypi, "vers:npm/>=1.0.0").is_err());
        assert!(check(Scheme::Npm, "vers:npm/>=1.0").is_err());
        assert!(check(Scheme::Npm, "vers:npm/>= 1.0.0").is_err());
    }
}
