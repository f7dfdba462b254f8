use std::fmt::Write as _;

use super::{family, quoted, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::model::places::{places, PlaceRef};
use crate::model::spec_keys::{did_you_mean, is_custom_key, known_keys, moved_key, SpecFamily};
use crate::source::Entry;

crate::declare_rule! {
    /// ## What it does
    /// Finds keys the spec does not define that look like a misspelling of a key it does define
    /// at the same place, for the document's spec version: `licence`, `build_require`, `Name`,
    /// `runtme` under `prereqs`, `homepage` at the top level instead of under `resources` …
    ///
    /// ## Why is this bad?
    /// A misspelled key is silently ignored by every consumer, so the license, the prerequisites
    /// or the links it carries are lost. In 1.x documents CPAN::Meta::Validator accepts any key
    /// name, so the mistake goes unreported; in spec 2 documents it reports only the symptom
    /// ("Custom key 'licence' must begin with 'x_' or 'X_'", "not a legal phase"), without saying
    /// which key was meant.
    ///
    /// ## Example
    /// ```json
    /// { "licence": ["perl_5"] }
    /// ```
    ///
    /// ## How to fix
    /// Rename the key to the one suggested (the fix does it, when the suggested key is not
    /// already present). If the key really is your own, prefix it with `x_`.
    ///
    /// The fix is *unsafe*: the suggestion is the nearest known key by spelling, and renaming a key
    /// makes every tool start reading a value it ignored so far.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "STRUCTURE": "Any keys not described in this specification document
    /// [...] are considered custom keys and must begin with an "x" or "X" and be followed by an
    /// underscore"; the 1.x key sets are those of CPAN::Meta::History::Meta_1_0 to Meta_1_4.
    pub static MISSPELLED_KEY = {
        code: "CM209", name: "misspelled-key", group: Strict,
        severity: Warning, modes: StrictOnly, fix: Unsafe,
    }
}

/// Where a place is, for messages.
pub(super) fn where_(place: &PlaceRef<'_>) -> String {
    if place.is_root() {
        "at the top level".to_owned()
    } else {
        format!("in `{}`", place.pointer())
    }
}

fn finding(
    cx: &Context<'_>,
    fam: SpecFamily,
    place: &PlaceRef<'_>,
    entry: &Entry,
    meant: &str,
) -> Diagnostic {
    let present = place.object.get(meant).is_some();
    let mut message = format!(
        "unknown key `{}` {}; did you mean `{meant}`?",
        entry.key,
        where_(place)
    );
    if present {
        let _ = write!(
            message,
            " (`{meant}` is also present, so this one is ignored)"
        );
    }
    let spec = match fam {
        SpecFamily::V2 => "CPAN::Meta::Spec 2, \"STRUCTURE\"",
        SpecFamily::V1 => "CPAN::Meta::History::Meta_1_4, \"FIELDS\"",
    };
    let mut d = Diagnostic::new(
        &MISSPELLED_KEY,
        message,
        Location::new(place.member(&entry.key), Some(entry.key_span)),
    )
    .with_help(format!(
        "rename it to `{meant}`; if it really is your own key, prefix it with `x_`"
    ))
    .with_spec(spec);
    if !present && !meant.contains('/') && !entry.key_span.is_empty() {
        d = d.with_fix(Fix {
            title: format!("rename `{}` to `{meant}`", entry.key),
            applicability: Applicability::Unsafe,
            edits: vec![Edit {
                span: entry.key_span,
                content: quoted(cx, meant),
            }],
        });
    }
    d
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(fam) = family(cx) else {
        return;
    };
    for place in places(cx.root, fam) {
        let known = known_keys(fam, place.place);
        for entry in place.object.iter() {
            let key = entry.key.as_str();
            if known.contains(&key)
                || is_custom_key(key)
                || moved_key(fam, place.place, key).is_some()
            {
                continue;
            }
            if let Some(meant) = did_you_mean(fam, place.place, key) {
                out.push(finding(cx, fam, &place, entry, meant));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn misspellings_are_reported_with_a_suggestion() {
        let doc = json!({
            "licence": ["perl_5"],
            "homepage": "https://example.org/",
            "resources": {"bugtracker": {"url": "https://example.org/issues"}},
            "prereqs": {"runtme": {"require": {"X": "0"}}},
            "x_licence": "custom keys are the author's business",
        });
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            [
                "/homepage",
                "/licence",
                "/prereqs/runtme",
                "/prereqs/runtme/require",
                "/resources/bugtracker/url",
            ]
        );
        assert!(found[0]
            .message
            .contains("did you mean `resources/homepage`?"));
        assert!(found[1].message.contains("did you mean `license`?"));
    }

    #[test]
    fn spec_1_documents_are_checked_against_the_1_x_keys() {
        let doc = json!({"build_require": {"X": "0"}, "test_requires": {"Y": "0"}, "installdirs": "site"});
        let found = run(check, "1.4", &doc);
        assert_eq!(pointers(&found), ["/build_require", "/test_requires"]);
        // `prereqs` is spec 2's key, not a misspelling: CM210 says so
        assert!(run(check, "1.4", &json!({"prereqs": {}})).is_empty());
    }

    #[test]
    fn a_suggested_key_that_is_already_present_gets_no_fix() {
        let found = run(check, "2", &json!({"license": ["mit"], "licence": ["mit"]}));
        assert!(found[0].message.contains("also present"));
        assert!(found[0].fix.is_none());
    }
}
