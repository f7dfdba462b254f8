//! Perl version semantics (version.pm 0.9929, as perl 5.36 ships it) and CPAN version ranges
//! (CPAN::Meta::Spec "Version Ranges", CPAN::Meta::Requirements).
//!
//! CPAN prerequisites compare the way version.pm compares: `1.10` is `1.100`, less than `1.9`;
//! `5.10` is perl 5.100, not 5.10. [`Version`] reproduces version.pm's parsing, ordering and
//! formatting exactly (parity tests run it against the system perl); [`Range`] reproduces
//! CPAN::Meta::Requirements' view of a requirement string; [`merged_requirements`] merges a META
//! document's prerequisites as CPAN::Meta::Prereqs does.

mod cmr;
mod grammar;
mod merged;
mod range;
mod scan;

use std::cmp::Ordering;
use std::fmt::{self, Write as _};

pub use grammar::{is_lax, is_strict};
pub use merged::{merged_requirements, prereq_maps, requirement_string_of, PrereqMap};
pub use range::{Constraint, Op, Range, RangeError, RangePart};

/// Why version.pm refuses a string (its `Invalid version format (...)` reasons).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VersionErrorKind {
    Required,
    NonNumeric,
    Negative,
    AlphaWithoutDecimal,
    MisplacedUnderscore,
    MultipleUnderscores,
    UnderscoresBeforeDecimal,
    FractionalPartRequired,
    DottedNeedsThreeParts,
    TrailingDecimal,
}

impl VersionErrorKind {
    /// The reason in version.pm's words.
    pub fn reason(self) -> &'static str {
        match self {
            Self::Required => "version required",
            Self::NonNumeric => "non-numeric data",
            Self::Negative => "negative version number",
            Self::AlphaWithoutDecimal => "alpha without decimal",
            Self::MisplacedUnderscore => "misplaced underscore",
            Self::MultipleUnderscores => "multiple underscores",
            Self::UnderscoresBeforeDecimal => "underscores before decimal",
            Self::FractionalPartRequired => "fractional part required",
            Self::DottedNeedsThreeParts => "dotted-decimal versions require at least three parts",
            Self::TrailingDecimal => "trailing decimal",
        }
    }
}

/// A string version.pm cannot parse. Displays as perl's message
/// (`Invalid version format (non-numeric data)`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("Invalid version format ({})", kind.reason())]
pub struct VersionError {
    pub kind: VersionErrorKind,
    /// Byte offset in the input where version.pm gave up.
    pub position: usize,
}

/// Something version.pm warns about while still producing a version. CPAN::Meta::Requirements
/// turns these warnings into errors.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum VersionWarning {
    /// `Version string '%s' contains invalid data; ignoring: '%s'`: text after the version.
    IgnoredTrailing { input: String, ignored: String },
    /// `Integer overflow in version`: a component above 2147483647 (the version becomes `v.Inf`).
    Overflow,
}

impl fmt::Display for VersionWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::IgnoredTrailing { input, ignored } => write!(
                f,
                "Version string '{input}' contains invalid data; ignoring: '{ignored}'"
            ),
            Self::Overflow => f.write_str("Integer overflow in version"),
        }
    }
}

/// A version as version.pm sees it: integer components, the `qv` (dotted) and `alpha` flags, and
/// the original text (`stringify`). Equality and order are version.pm's `<=>`: components
/// compared in turn, trailing zeros ignored, the alpha flag ignored (version.pm ≥ 0.9913).
#[derive(Clone, Debug)]
pub struct Version {
    parts: Vec<u32>,
    qv: bool,
    alpha: bool,
    original: String,
}

impl Version {
    /// `version->parse($s)` (identical to `version->new($s)`) for a string. Trailing text that
    /// version.pm ignores with a warning is accepted, as perl does; see
    /// [`Version::parse_with_warnings`] to see the warnings.
    pub fn parse(s: &str) -> Result<Version, VersionError> {
        Self::parse_with_warnings(s).map(|(v, _)| v)
    }

    /// Like [`Version::parse`], also returning the warnings perl would emit.
    pub fn parse_with_warnings(s: &str) -> Result<(Version, Vec<VersionWarning>), VersionError> {
        let scanned = scan::scan(s).map_err(|(kind, position)| VersionError { kind, position })?;
        let mut warnings = Vec::new();
        if scanned.vinf {
            warnings.push(VersionWarning::Overflow);
        }
        let visible = s.split('\0').next().unwrap_or("");
        if scanned.rest < visible.len() {
            warnings.push(VersionWarning::IgnoredTrailing {
                input: visible.to_owned(),
                ignored: String::from_utf8_lossy(&visible.as_bytes()[scanned.rest..]).into_owned(),
            });
        }
        Ok((
            Version {
                parts: scanned.parts,
                qv: scanned.qv,
                alpha: scanned.alpha,
                original: scanned.original,
            },
            warnings,
        ))
    }

    /// `version->parse($n)` where `$n` is a number JSON::PP decoded from the JSON text `raw` and
    /// that perl has not yet used as a string: integers go through perl's integer form (above
    /// 2147483647 they become 2147483647, with a warning), other numbers through `%.9f` with
    /// trailing zeros removed. So `1.0000000001` is version `1` and `1.10` is `1.1`; an integral
    /// number above 2147483647 is version 2147483647 (with a warning) when perl holds it as an
    /// integer and `v.Inf` when it holds it as a float (`3000000000.0`).
    ///
    /// (Once perl has used such a number as a string, as a regex match does, `version` reads
    /// the string instead: use [`Version::parse`] on [`crate::source::Number::perl`].)
    pub fn parse_json_number(raw: &str) -> Result<(Version, Vec<VersionWarning>), VersionError> {
        let is_integer = !raw.contains(['.', 'e', 'E']);
        if is_integer {
            // JSON::PP keeps integers of more than 20 characters as strings.
            if raw.len() > 20 {
                return Self::parse_with_warnings(raw);
            }
            if let Ok(n) = raw.parse::<i64>() {
                return Self::from_perl_integer(i128::from(n));
            }
            if let Ok(n) = raw.parse::<u64>() {
                return Self::from_perl_integer(i128::from(n));
            }
        }
        let Ok(nv) = raw.parse::<f64>() else {
            return Self::parse_with_warnings(raw);
        };
        // `0 + "1e3"` (an exponent without a decimal point) gives an integer when the value
        // is integral and fits perl's IV/UV; `"1.5" / 1.0` always gives an NV.
        let is_exponent_only = !raw.contains('.');
        // the range of perl's IV and UV: [-2^63, 2^64)
        if is_exponent_only
            && nv.fract() == 0.0
            && (-9.223_372_036_854_776e18..1.844_674_407_370_955_2e19).contains(&nv)
        {
            #[allow(clippy::cast_possible_truncation)]
            return Self::from_perl_integer(nv as i128);
        }
        let text = format!("{nv:.9}");
        let trimmed = text.trim_end_matches('0');
        let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed);
        Self::parse_with_warnings(trimmed)
    }

    fn from_perl_integer(n: i128) -> Result<(Version, Vec<VersionWarning>), VersionError> {
        if n > i128::from(scan::VERSION_MAX) {
            let (v, mut w) = Self::parse_with_warnings(&scan::VERSION_MAX.to_string())?;
            w.insert(0, VersionWarning::Overflow);
            return Ok((v, w));
        }
        Self::parse_with_warnings(&n.to_string())
    }

    /// The version 0 (`version->new(0)`).
    pub fn zero() -> Version {
        Version {
            parts: vec![0],
            qv: false,
            alpha: false,
            original: "0".to_owned(),
        }
    }

    /// The integer components (`$v->{version}`).
    pub fn parts(&self) -> &[u32] {
        &self.parts
    }

    /// Whether the version is dotted-decimal (`v1.2.3`, `1.2.3`).
    pub fn is_qv(&self) -> bool {
        self.qv
    }

    /// Whether the version was written with an underscore (`1.23_04`): a developer release.
    pub fn is_alpha(&self) -> bool {
        self.alpha
    }

    /// `$v->stringify`: the version as written (after leading whitespace, before ignored text).
    pub fn stringify(&self) -> &str {
        &self.original
    }

    /// `$v->numify`: the decimal form, three digits per component (`v1.2.3` is `1.002003`).
    pub fn numify(&self) -> String {
        let mut out = format!("{}.", self.parts.first().copied().unwrap_or(0));
        if self.parts.len() <= 1 {
            out.push_str("000");
        }
        for p in self.parts.iter().skip(1) {
            let _ = write!(out, "{p:03}");
        }
        out
    }

    /// `$v->normal`: the dotted form with a leading `v` and at least three components.
    pub fn normal(&self) -> String {
        let mut out = format!("v{}", self.parts.first().copied().unwrap_or(0));
        for p in self.parts.iter().skip(1) {
            let _ = write!(out, ".{p}");
        }
        for _ in self.parts.len()..3 {
            out.push_str(".0");
        }
        out
    }

    /// The components without trailing zeros, the form equality and hashing use.
    fn significant(&self) -> &[u32] {
        let n = self
            .parts
            .iter()
            .rposition(|&p| p != 0)
            .map_or(0, |i| i + 1);
        &self.parts[..n]
    }
}

impl fmt::Display for Version {
    /// As perl stringifies a version object.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.original)
    }
}

impl std::str::FromStr for Version {
    type Err = VersionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Version::parse(s)
    }
}

impl Ord for Version {
    /// version.pm's `vcmp`.
    fn cmp(&self, other: &Self) -> Ordering {
        self.significant().cmp(other.significant())
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl std::hash::Hash for Version {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.significant().hash(state);
    }
}

#[cfg(test)]
mod tests;
