//! Whether SPDX ids agree with CPAN license strings.
//!
//! A CPAN string stands for an SPDX expression (the table's `spdx`) and tolerates some more precise
//! renderings (its `consistent` patterns). An id agrees with a string when it is one of the ids of
//! the string's expression, a later version that an `-or-later` id there grants (Perl's
//! `GPL-1.0-or-later` grants `GPL-3.0-only`), or matches a `consistent` pattern.

use super::expression::{License, Term};
use super::table::Entry;

/// The SPDX ids of a string's own expression (none for NOASSERTION).
pub fn entry_ids(entry: &Entry) -> impl Iterator<Item = &str> {
    let specific = entry.is_specific();
    entry
        .spdx
        .split_whitespace()
        .filter(move |w| specific && !matches!(*w, "OR" | "AND" | "WITH" | "(" | ")"))
        .map(|w| w.trim_matches(|c| c == '(' || c == ')'))
}

/// Whether `id` (a current SPDX id) matches a pattern: an id, an `X*` prefix, `@osi`, or `*`.
pub fn pattern_matches(pattern: &str, id: &str) -> bool {
    match pattern {
        "*" => true,
        "@osi" => spdx::license_id(id).is_some_and(spdx::LicenseId::is_osi_approved),
        p => match p.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => p == id,
        },
    }
}

/// Whether `granting` is an `-or-later` GNU id whose grant includes `id` (same family, same or
/// later version).
fn grants_later(granting: &str, id: &str) -> bool {
    if !granting.ends_with("-or-later") {
        return false;
    }
    let (Some(g), Some(i)) = (spdx::license_id(granting), spdx::license_id(id)) else {
        return false;
    };
    g.is_gnu() && i.is_gnu() && g.base() == i.base() && version(i) >= version(g)
}

fn version(id: spdx::LicenseId) -> (u32, u32) {
    let v = id.version().unwrap_or("0");
    let mut parts = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

/// Whether an SPDX id agrees with a CPAN string.
pub fn id_consistent(entry: &Entry, id: &str) -> bool {
    entry_ids(entry).any(|c| c == id || grants_later(c, id))
        || entry.consistent.iter().any(|p| pattern_matches(p, id))
}

/// How an expression compares with the strings of `license`.
#[derive(Debug, Default, PartialEq)]
pub struct Comparison<'t> {
    /// Terms naming a license no string allows.
    pub contradicting: Vec<&'t Term>,
    /// Specific strings the expression names no license of.
    pub omitted: Vec<&'static Entry>,
}

/// Compares an expression's terms with the entries the `license` strings were read as.
/// References and unknown ids cannot be compared and are left out.
pub fn compare<'t>(entries: &[&'static Entry], terms: &'t [Term]) -> Comparison<'t> {
    let mut out = Comparison::default();
    if entries.is_empty() {
        return out;
    }
    let ids: Vec<(&Term, &str)> = terms
        .iter()
        .filter_map(|t| match &t.license {
            License::Spdx(id) => Some((t, id.as_str())),
            License::Ref(_) | License::Unknown(_) => None,
        })
        .collect();
    for (term, id) in &ids {
        if !entries.iter().any(|e| id_consistent(e, id)) {
            out.contradicting.push(term);
        }
    }
    for e in entries {
        if e.is_specific()
            && !ids.iter().any(|(_, id)| id_consistent(e, id))
            && !out.omitted.contains(e)
        {
            out.omitted.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::expression::check;
    use crate::license::table::{lookup, Vocabulary};

    fn cmp(strings: &[&str], expr: &str) -> (Vec<String>, Vec<String>) {
        let entries: Vec<_> = strings
            .iter()
            .map(|s| lookup(Vocabulary::V2, s).unwrap())
            .collect();
        let checked = check(expr);
        let c = compare(&entries, &checked.terms);
        (
            c.contradicting
                .iter()
                .map(|t| format!("{:?}", t.license))
                .collect(),
            c.omitted.iter().map(|e| e.string.clone()).collect(),
        )
    }

    #[test]
    fn the_mapped_expression_and_more_precise_ones_agree() {
        assert_eq!(
            cmp(&["perl_5"], "Artistic-1.0-Perl OR GPL-1.0-or-later"),
            (vec![], vec![])
        );
        assert_eq!(cmp(&["perl_5"], "GPL-3.0-or-later"), (vec![], vec![]));
        assert_eq!(cmp(&["gpl_2"], "GPL-2.0-or-later"), (vec![], vec![]));
        assert_eq!(cmp(&["open_source"], "MIT"), (vec![], vec![]));
        assert_eq!(cmp(&["unknown"], "LicenseRef-Mine"), (vec![], vec![]));
        assert_eq!(cmp(&["lgpl_2_1"], "LGPL-2.1"), (vec![], vec![]));
    }

    #[test]
    fn other_licenses_contradict() {
        assert_eq!(cmp(&["perl_5"], "MIT").0, ["Spdx(\"MIT\")"]);
        assert_eq!(
            cmp(&["gpl_2"], "GPL-3.0-only").0,
            ["Spdx(\"GPL-3.0-only\")"]
        );
        assert_eq!(cmp(&["bsd"], "BSD-2-Clause").0, ["Spdx(\"BSD-2-Clause\")"]);
        // open_source allows only OSI-approved licenses.
        assert_eq!(cmp(&["open_source"], "Beerware").0, ["Spdx(\"Beerware\")"]);
    }

    #[test]
    fn strings_the_expression_leaves_out_are_omitted() {
        assert_eq!(
            cmp(&["perl_5", "mit"], "MIT"),
            (vec![], vec!["perl_5".to_owned()])
        );
        assert_eq!(
            cmp(&["perl_5"], "LicenseRef-Perl"),
            (vec![], vec!["perl_5".to_owned()])
        );
    }
}
