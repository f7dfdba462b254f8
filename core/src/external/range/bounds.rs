//! Comparators over any totally ordered version type, and the one question every ecosystem's
//! range asks of them: can any version satisfy all of these at once?

use std::cmp::Ordering;

/// A comparison operator, shared by every ecosystem's range grammar once parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

/// `op version`, with `version` of the ecosystem's own type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cmp<V> {
    pub op: Op,
    pub version: V,
}

impl<V> Cmp<V> {
    pub fn new(op: Op, version: V) -> Self {
        Self { op, version }
    }
}

/// Whether some version satisfies every comparator of `all`.
///
/// Versions are treated as a dense order (between two distinct versions there is always a third,
/// which holds for every scheme with pre-release or suffix forms), so the answer is "no" only when
/// the bounds cross, meet at an excluded point, or an `==` contradicts the rest: a finding is
/// never made on a range some ecosystem-specific gap would leave empty only by accident.
pub fn satisfiable<V: Ord>(all: &[Cmp<V>]) -> bool {
    // (version, inclusive)
    let mut lower: Option<(&V, bool)> = None;
    let mut upper: Option<(&V, bool)> = None;
    for c in all {
        match c.op {
            Op::Ge | Op::Gt => {
                let inclusive = c.op == Op::Ge;
                lower = Some(match lower {
                    Some((v, inc)) => match c.version.cmp(v) {
                        Ordering::Greater => (&c.version, inclusive),
                        Ordering::Equal => (v, inc && inclusive),
                        Ordering::Less => (v, inc),
                    },
                    None => (&c.version, inclusive),
                });
            }
            Op::Le | Op::Lt => {
                let inclusive = c.op == Op::Le;
                upper = Some(match upper {
                    Some((v, inc)) => match c.version.cmp(v) {
                        Ordering::Less => (&c.version, inclusive),
                        Ordering::Equal => (v, inc && inclusive),
                        Ordering::Greater => (v, inc),
                    },
                    None => (&c.version, inclusive),
                });
            }
            Op::Eq | Op::Ne => {}
        }
    }
    let within = |v: &V| {
        lower.is_none_or(|(l, inc)| v > l || (inc && v == l))
            && upper.is_none_or(|(u, inc)| v < u || (inc && v == u))
    };
    let excluded = |v: &V| all.iter().any(|c| c.op == Op::Ne && &c.version == v);
    let exacts: Vec<&V> = all
        .iter()
        .filter(|c| c.op == Op::Eq)
        .map(|c| &c.version)
        .collect();
    if let Some(first) = exacts.first() {
        return exacts.iter().all(|v| v == first) && within(first) && !excluded(first);
    }
    match (lower, upper) {
        (Some((l, li)), Some((u, ui))) => match l.cmp(u) {
            Ordering::Less => true,
            Ordering::Equal => li && ui && !excluded(l),
            Ordering::Greater => false,
        },
        _ => true,
    }
}

/// Whether `v` satisfies every comparator of `all`.
pub fn matches<V: Ord>(all: &[Cmp<V>], v: &V) -> bool {
    all.iter().all(|c| {
        let o = v.cmp(&c.version);
        match c.op {
            Op::Lt => o == Ordering::Less,
            Op::Le => o != Ordering::Greater,
            Op::Gt => o == Ordering::Greater,
            Op::Ge => o != Ordering::Less,
            Op::Eq => o == Ordering::Equal,
            Op::Ne => o != Ordering::Equal,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(op: Op, v: u32) -> Cmp<u32> {
        Cmp::new(op, v)
    }

    #[test]
    fn crossing_bounds_are_empty() {
        assert!(!satisfiable(&[c(Op::Ge, 2), c(Op::Lt, 1)]));
        assert!(!satisfiable(&[c(Op::Gt, 2), c(Op::Le, 2)]));
        assert!(satisfiable(&[c(Op::Ge, 2), c(Op::Le, 2)]));
        assert!(!satisfiable(&[c(Op::Ge, 2), c(Op::Le, 2), c(Op::Ne, 2)]));
        assert!(satisfiable(&[c(Op::Ge, 1), c(Op::Lt, 3), c(Op::Ne, 2)]));
    }

    #[test]
    fn exact_versions_must_agree_with_the_rest() {
        assert!(!satisfiable(&[c(Op::Eq, 1), c(Op::Eq, 2)]));
        assert!(!satisfiable(&[c(Op::Eq, 1), c(Op::Gt, 1)]));
        assert!(!satisfiable(&[c(Op::Eq, 1), c(Op::Ne, 1)]));
        assert!(satisfiable(&[c(Op::Eq, 1), c(Op::Ge, 1), c(Op::Ne, 3)]));
        assert!(satisfiable::<u32>(&[]));
    }

    #[test]
    fn matching() {
        let all = [c(Op::Ge, 1), c(Op::Lt, 3), c(Op::Ne, 2)];
        assert!(matches(&all, &1));
        assert!(!matches(&all, &2));
        assert!(!matches(&all, &3));
    }
}
