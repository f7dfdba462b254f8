//! CPAN::Meta::Requirements' entry arithmetic: how a minimum, maximum, exclusion or exact
//! version changes what is kept for a module (`with_minimum`, `_simplify`, ...), when it rejects
//! a step ("illegal requirements"), and how an entry prints (`as_string`).

use super::range::Constraint;
use super::Version;

/// One step CPAN::Meta::Requirements applies to an entry.
#[derive(Clone, Debug)]
pub(super) enum Step {
    /// `add_minimum`; `zero_text` when it was given the string `0` (a no-op on an existing entry).
    Minimum(Version, bool),
    Maximum(Version),
    Exclusion(Version),
    Exact(Version),
}

fn reject_exact(v: &Version, step: &Step) -> String {
    match step {
        Step::Exact(x) => {
            format!("can't be exactly {x} when exact requirement is already {v}")
        }
        Step::Minimum(x, _) => format!("minimum {x} exceeds exact specification {v}"),
        Step::Maximum(x) => format!("maximum {x} below exact specification {v}"),
        Step::Exclusion(x) => {
            format!("tried to exclude {x}, which is already exactly specified")
        }
    }
}

pub(super) fn exact_step(v: Version, step: &Step) -> Result<Constraint, String> {
    let ok = match step {
        Step::Exact(x) => &v == x,
        Step::Minimum(x, _) => &v >= x,
        Step::Maximum(x) => &v <= x,
        Step::Exclusion(x) => &v != x,
    };
    if ok {
        Ok(Constraint::Exact(v))
    } else {
        Err(reject_exact(&v, step))
    }
}

pub(super) fn bounds_step(
    min: Option<Version>,
    max: Option<Version>,
    mut exclusions: Vec<Version>,
    step: Step,
) -> Result<Constraint, String> {
    let (min, max) = match step {
        Step::Exact(x) => {
            let current = Constraint::Bounds {
                min,
                max,
                exclusions,
            };
            if !accepts(&current, &x) {
                return Err(format!(
                    "exact specification {x} outside of range {}",
                    as_string(&current)
                ));
            }
            return Ok(Constraint::Exact(x));
        }
        // the larger minimum wins; on a tie the new one (Perl's stable sort keeps it first)
        Step::Minimum(x, _) => (
            Some(match min {
                Some(old) if old > x => old,
                _ => x,
            }),
            max,
        ),
        Step::Maximum(x) => (
            min,
            Some(match max {
                Some(old) if old < x => old,
                _ => x,
            }),
        ),
        Step::Exclusion(x) => {
            exclusions.push(x);
            (min, max)
        }
    };
    if let (Some(lo), Some(hi)) = (&min, &max) {
        if lo == hi {
            if exclusions.iter().any(|e| e == lo) {
                return Err(format!(
                    "minimum and maximum are both {lo}, which is excluded"
                ));
            }
            return Ok(Constraint::Exact(lo.clone()));
        }
        if lo > hi {
            return Err(format!("minimum {lo} exceeds maximum {hi}"));
        }
    }
    let mut seen = std::collections::HashSet::new();
    exclusions.retain(|e| {
        min.as_ref().is_none_or(|m| e >= m)
            && max.as_ref().is_none_or(|m| e <= m)
            && seen.insert(e.stringify().to_owned())
    });
    Ok(Constraint::Bounds {
        min,
        max,
        exclusions,
    })
}

/// CPAN::Meta::Requirements' `as_string` of an entry.
pub(super) fn as_string(c: &Constraint) -> String {
    match c {
        Constraint::Exact(v) => format!("== {v}"),
        Constraint::Bounds {
            min,
            max,
            exclusions,
        } => {
            let mut rest: Vec<&Version> = exclusions.iter().collect();
            let mut parts: Vec<(&str, &Version)> = Vec::new();
            for (op, e_op, bound) in [(">=", ">", min), ("<=", "<", max)] {
                if let Some(b) = bound {
                    let before = rest.len();
                    rest.retain(|e| *e != b);
                    parts.push((if rest.len() == before { op } else { e_op }, b));
                }
            }
            parts.extend(rest.into_iter().map(|e| ("!=", e)));
            if parts.len() == 1 && parts[0].0 == ">=" {
                return parts[0].1.to_string();
            }
            parts
                .iter()
                .map(|(op, v)| format!("{op} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

/// CPAN::Meta::Requirements' `_accepts` of an entry.
pub(super) fn accepts(c: &Constraint, v: &Version) -> bool {
    match c {
        Constraint::Exact(x) => x == v,
        Constraint::Bounds {
            min,
            max,
            exclusions,
        } => {
            min.as_ref().is_none_or(|m| v >= m)
                && max.as_ref().is_none_or(|m| v <= m)
                && !exclusions.iter().any(|e| e == v)
        }
    }
}
