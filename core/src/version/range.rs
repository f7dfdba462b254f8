//! CPAN version ranges as CPAN::Meta::Spec defines them and CPAN::Meta::Requirements 2.140
//! implements them: `0` (any version), a bare version (a minimum), or comma-separated
//! `op version` parts with `>=`, `<=`, `>`, `<`, `==`, `!=`.
//!
//! A [`Range`] is built the way `add_string_requirement` builds its entry, step by step, so the
//! normalised form ([`Range`]'s `Display`) is CPAN::Meta::Requirements' `as_string`, and a
//! contradiction is detected at the part where CPAN::Meta::Requirements would die.

use std::fmt;

use super::cmr::{accepts, as_string, bounds_step, exact_step, Step};
use super::{Version, VersionError};

/// A comparison operator of a range part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
    Ne,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Ge => ">=",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Lt => "<",
            Op::Eq => "==",
            Op::Ne => "!=",
        }
    }
}

/// One comma-separated part of a range string, with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RangePart {
    /// `None` for a bare version (a minimum).
    pub op: Option<Op>,
    pub version: Version,
    /// The version text as written.
    pub text: String,
    /// Byte range of the whole part within the range string.
    pub span: (usize, usize),
    /// Byte range of the version text within the range string.
    pub version_span: (usize, usize),
}

/// What CPAN::Meta::Requirements keeps for a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constraint {
    /// `== v`.
    Exact(Version),
    /// Inclusive bounds and excluded versions (`>` is a minimum plus an exclusion).
    Bounds {
        min: Option<Version>,
        max: Option<Version>,
        exclusions: Vec<Version>,
    },
}

/// A range string CPAN::Meta::Requirements cannot take: a version it cannot convert.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
#[non_exhaustive]
pub struct RangeError {
    /// CPAN::Meta::Requirements' message (`Can't convert '2.08a': Invalid version format (...)`).
    pub message: String,
    /// Byte range of the offending version text within the range string.
    pub span: (usize, usize),
    /// version.pm's own error, when it refused the text (absent when it only warned).
    pub version_error: Option<VersionError>,
}

/// A version range: what a prerequisite value accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    parts: Vec<RangePart>,
    /// `None` when no part added a requirement (a string of only commas).
    constraint: Option<Constraint>,
    /// Why no version satisfies the range (CPAN::Meta::Requirements' "illegal requirements"
    /// reason), and the index of the part that made it so (`None` when an intersection did).
    empty: Option<(String, Option<usize>)>,
}

fn is_perl_space(c: char) -> bool {
    c.is_whitespace()
}

/// Perl's `split qr{\s*,\s*}, $s`: fields between commas, whitespace next to a comma removed,
/// trailing empty fields dropped. Returns byte ranges.
fn split_commas(s: &str) -> Vec<(usize, usize)> {
    let mut fields = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == ',' {
            let end = s[..i].trim_end_matches(is_perl_space).len().max(start);
            fields.push((start, end));
            let after = &s[i + 1..];
            start = i + 1 + (after.len() - after.trim_start_matches(is_perl_space).len());
        }
    }
    fields.push((start, s.len()));
    while fields.last().is_some_and(|&(a, b)| a == b) {
        fields.pop();
    }
    fields
}

/// `\A\s*(==|>=|>|<=|<|!=)\s*(.*)\z` on a part: the operator and the byte offset of the version.
fn split_op(part: &str) -> Option<(Op, usize)> {
    let lead = part.len() - part.trim_start_matches(is_perl_space).len();
    let rest = &part[lead..];
    let (op, len) = [
        ("==", Op::Eq),
        (">=", Op::Ge),
        (">", Op::Gt),
        ("<=", Op::Le),
        ("<", Op::Lt),
        ("!=", Op::Ne),
    ]
    .into_iter()
    .find(|(t, _)| rest.starts_with(t))
    .map(|(t, op)| (op, t.len()))?;
    let after = &rest[len..];
    let ws = after.len() - after.trim_start_matches(is_perl_space).len();
    // `.` does not match a newline, so the regex fails on one
    if after[ws..].contains('\n') {
        return None;
    }
    Some((op, lead + len + ws))
}

/// CPAN::Meta::Requirements strips the file location from an error with
/// `s{ at .* line \d+.*$}{}`, which cuts at the first ` at ` of the message itself.
fn cut_at(message: &str) -> &str {
    message.find(" at ").map_or(message, |i| &message[..i])
}

/// CPAN::Meta::Requirements' `_version_object` for a string.
fn version_object(text: &str, span: (usize, usize)) -> Result<Version, RangeError> {
    if text == "0" {
        return Ok(Version::zero());
    }
    let err = |message: String, version_error| RangeError {
        message,
        span,
        version_error,
    };
    if text == "version" {
        return Err(err(
            "Can't convert 'version': Invalid version: version".into(),
            None,
        ));
    }
    let (mut v, warnings) = Version::parse_with_warnings(text).map_err(|e| {
        err(
            format!("Can't convert '{text}': {}", cut_at(&e.to_string())),
            Some(e),
        )
    })?;
    if let Some(w) = warnings.first() {
        let w = format!("Invalid version: {w}");
        return Err(err(format!("Can't convert '{text}': {}", cut_at(&w)), None));
    }
    if v.stringify().starts_with('.') {
        v = Version::parse(&format!("0{}", v.stringify()))
            .map_err(|e| err(format!("Can't convert '{text}': {e}"), Some(e)))?;
    }
    if v.is_qv() {
        v = Version::parse(&v.normal())
            .map_err(|e| err(format!("Can't convert '{text}': {e}"), Some(e)))?;
    }
    Ok(v)
}

/// The most parts a range may have. Each part re-filters the exclusions (as
/// CPAN::Meta::Requirements does), so evaluation is quadratic in the parts; real ranges have a
/// handful, and a longer one is refused instead of slowing the lint down.
pub const MAX_PARTS: usize = 1000;

impl Range {
    /// Any version (`0`).
    pub fn any() -> Range {
        Range {
            parts: Vec::new(),
            constraint: Some(Constraint::Bounds {
                min: Some(Version::zero()),
                max: None,
                exclusions: Vec::new(),
            }),
            empty: None,
        }
    }

    /// Parses a requirement string as `add_string_requirement` does. An empty string means `0`.
    /// Contradictory parts give an empty range (see [`Range::is_empty`]), not an error.
    pub fn parse(s: &str) -> Result<Range, RangeError> {
        if s.is_empty() {
            return Ok(Range::any());
        }
        let mut range = Range {
            parts: Vec::new(),
            constraint: None,
            empty: None,
        };
        let fields = split_commas(s);
        if fields.len() > MAX_PARTS {
            return Err(RangeError {
                message: format!(
                    "a range of {} parts is more than cpanmeta evaluates ({MAX_PARTS})",
                    fields.len()
                ),
                span: (0, s.len()),
                version_error: None,
            });
        }
        for (start, end) in fields {
            let part = &s[start..end];
            let (op, vstart) = match split_op(part) {
                Some((op, off)) => (Some(op), start + off),
                None => (None, start),
            };
            let text = &s[vstart..end];
            let vspan = (vstart, end);
            let version = version_object(text, vspan)?;
            let steps = match op {
                None | Some(Op::Ge) => vec![Step::Minimum(version.clone(), text == "0")],
                Some(Op::Gt) => vec![
                    Step::Minimum(version.clone(), text == "0"),
                    Step::Exclusion(version.clone()),
                ],
                Some(Op::Le) => vec![Step::Maximum(version.clone())],
                Some(Op::Lt) => vec![
                    Step::Maximum(version.clone()),
                    Step::Exclusion(version.clone()),
                ],
                Some(Op::Eq) => vec![Step::Exact(version.clone())],
                Some(Op::Ne) => vec![Step::Exclusion(version.clone())],
            };
            let index = range.parts.len();
            range.parts.push(RangePart {
                op,
                version,
                text: text.to_owned(),
                span: (start, end),
                version_span: vspan,
            });
            if range.empty.is_none() {
                for step in steps {
                    if let Err(reason) = range.apply(step) {
                        range.empty = Some((reason, Some(index)));
                        break;
                    }
                }
            }
        }
        Ok(range)
    }

    /// Applies one step; `Err` is CPAN::Meta::Requirements' reason for rejecting it.
    fn apply(&mut self, step: Step) -> Result<(), String> {
        let current = self.constraint.take();
        let next = match (current, step) {
            (Some(c), Step::Minimum(_, true)) => Ok(c),
            (None, Step::Minimum(_, true)) => Ok(Constraint::Bounds {
                min: Some(Version::zero()),
                max: None,
                exclusions: Vec::new(),
            }),
            (None, step) => bounds_step(None, None, Vec::new(), step),
            (
                Some(Constraint::Bounds {
                    min,
                    max,
                    exclusions,
                }),
                step,
            ) => bounds_step(min, max, exclusions, step),
            (Some(Constraint::Exact(v)), step) => exact_step(v, &step),
        };
        match next {
            Ok(c) => {
                self.constraint = Some(c);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The parts as written, with positions.
    pub fn parts(&self) -> &[RangePart] {
        &self.parts
    }

    /// What CPAN::Meta::Requirements keeps (`None` for a string of only commas, which adds
    /// nothing; also `None` once the range is empty).
    pub fn constraint(&self) -> Option<&Constraint> {
        if self.empty.is_some() {
            None
        } else {
            self.constraint.as_ref()
        }
    }

    /// Whether no version satisfies the range (CPAN::Meta::Requirements dies on it).
    pub fn is_empty(&self) -> bool {
        self.empty.is_some()
    }

    /// Why the range is empty, in CPAN::Meta::Requirements' words
    /// (`minimum 2 exceeds maximum 1`).
    pub fn empty_reason(&self) -> Option<&str> {
        self.empty.as_ref().map(|(r, _)| r.as_str())
    }

    /// The index of the part that made the range empty.
    pub fn empty_at(&self) -> Option<usize> {
        self.empty.as_ref().and_then(|(_, i)| *i)
    }

    /// The lowest version accepted, as far as the bounds say (`== v` gives `v`).
    pub fn minimum(&self) -> Option<&Version> {
        match self.constraint()? {
            Constraint::Exact(v) => Some(v),
            Constraint::Bounds { min, .. } => min.as_ref(),
        }
    }

    /// Whether `v` satisfies the range (`accepts_module`).
    pub fn accepts(&self, v: &Version) -> bool {
        match self.constraint() {
            None => self.empty.is_none(),
            Some(c) => accepts(c, v),
        }
    }

    /// Both ranges at once, merged as `add_requirements` merges them (`self` first).
    #[must_use]
    pub fn intersect(&self, other: &Range) -> Range {
        let mut out = Range {
            parts: Vec::new(),
            constraint: self.constraint.clone(),
            empty: self.empty.clone().map(|(r, _)| (r, None)),
        };
        if out.empty.is_some() {
            return out;
        }
        if other.is_empty() {
            out.empty = other.empty.clone().map(|(r, _)| (r, None));
            return out;
        }
        let steps: Vec<Step> = match &other.constraint {
            None => Vec::new(),
            Some(Constraint::Exact(v)) => vec![Step::Exact(v.clone())],
            Some(Constraint::Bounds {
                min,
                max,
                exclusions,
            }) => min
                .iter()
                .map(|m| Step::Minimum(m.clone(), m.stringify() == "0"))
                .chain(max.iter().map(|m| Step::Maximum(m.clone())))
                .chain(exclusions.iter().map(|e| Step::Exclusion(e.clone())))
                .collect(),
        };
        for step in steps {
            if let Err(reason) = out.apply(step) {
                out.empty = Some((reason, None));
                break;
            }
        }
        out
    }

    /// Whether every version `self` accepts is accepted by `other` (versions are dense: between
    /// two distinct versions there are always others, and there is no largest one).
    pub fn is_subset_of(&self, other: &Range) -> bool {
        let Some(a) = self.constraint() else {
            return self.is_empty();
        };
        let Some(b) = other.constraint() else {
            return false;
        };
        match (a, b) {
            (Constraint::Exact(v), _) => other.accepts(v),
            (Constraint::Bounds { .. }, Constraint::Exact(_)) => false,
            (
                Constraint::Bounds {
                    min: amin,
                    max: amax,
                    ..
                },
                Constraint::Bounds {
                    min: bmin,
                    max: bmax,
                    exclusions: bex,
                },
            ) => {
                // the bounds (an excluded bound is covered by the exclusion check below)
                let lower_ok = match (amin, bmin) {
                    (_, None) => true,
                    (None, Some(_)) => false,
                    (Some(a), Some(b)) => a >= b,
                };
                let upper_ok = match (amax, bmax) {
                    (_, None) => true,
                    (None, Some(_)) => false,
                    (Some(a), Some(b)) => a <= b,
                };
                lower_ok && upper_ok && bex.iter().all(|e| !self.accepts(e))
            }
        }
    }
}

impl fmt::Display for Range {
    /// The normalised range (CPAN::Meta::Requirements' `as_string`); empty for a range that
    /// constrains nothing or admits nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.constraint() {
            Some(c) => f.write_str(&as_string(c)),
            None => Ok(()),
        }
    }
}
