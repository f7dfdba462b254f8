use super::{quoted, root_map, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location, Severity};
use crate::model::SpecVersion;

crate::declare_rule! {
    /// ## What it does
    /// Checks that `meta-spec/url` names the specification of the version the document declares:
    /// for version 2 one of the two URLs the spec recommends, for 1.0 and 1.1 the matching
    /// `META-spec-v1.x.html` page.
    ///
    /// ## Why it matters
    /// The URL is "the metadata specification document corresponding to the given version". A
    /// version 2 document that links the 1.4 page (a common leftover of hand-edited files) or a
    /// 1.1 document that links another version's page sends readers to the wrong rules.
    /// CPAN::Meta::Validator compares the URL with the version only for 1.2–1.4; for 2 it checks
    /// only that the value looks like a URL, and for 1.0–1.1 not at all.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2,
    ///     "url": "http://module-build.sourceforge.net/META-spec-v1.4.html" } }
    /// ```
    ///
    /// ## How to fix
    /// For version 2 write `"url": "https://metacpan.org/pod/CPAN::Meta::Spec"`, or drop `url`
    /// (only `version` is required).
    ///
    /// Where the URL is another spec version's page, `--fix` replaces it with the declared
    /// version's URL. The fix is *safe*: the declared version decides how every tool reads the
    /// document, and the URL is documentation only, so replacing it changes no reading. A URL
    /// that is no spec page at all gets no fix (it may be a mirror the author chose).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "meta-spec", "url": "This is a URL of the metadata specification
    /// document corresponding to the given version. [...] For the version 2 spec, either of these
    /// are recommended: https://metacpan.org/pod/CPAN::Meta::Spec,
    /// http://search.cpan.org/perldoc?CPAN::Meta::Spec".
    pub static META_SPEC_URL = {
        code: "CM208", name: "meta-spec-url", group: Strict,
        severity: Warning, modes: StrictOnly, fix: Safe,
    }
}

/// The URLs of the 1.x specifications, as CPAN::Meta::Validator knows them.
const V1_URLS: &[(SpecVersion, &str)] = &[
    (
        SpecVersion::V1_0,
        "http://module-build.sourceforge.net/META-spec-v1.0.html",
    ),
    (
        SpecVersion::V1_1,
        "http://module-build.sourceforge.net/META-spec-v1.1.html",
    ),
    (
        SpecVersion::V1_2,
        "http://module-build.sourceforge.net/META-spec-v1.2.html",
    ),
    (
        SpecVersion::V1_3,
        "http://module-build.sourceforge.net/META-spec-v1.3.html",
    ),
    (
        SpecVersion::V1_4,
        "http://module-build.sourceforge.net/META-spec-v1.4.html",
    ),
];

/// The URLs spec 2 recommends for itself.
const V2_URLS: &[&str] = &[
    "https://metacpan.org/pod/CPAN::Meta::Spec",
    "http://search.cpan.org/perldoc?CPAN::Meta::Spec",
];

/// Whether CPAN::Meta::Validator's `url` check passes (a scheme and an authority), so that a value
/// it already rejects is not reported twice.
fn has_scheme_and_authority(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    !scheme.is_empty()
        && !scheme.contains(['/', '?', '#'])
        && rest.strip_prefix("//").is_some_and(|r| {
            r.split(['/', '?', '#'])
                .next()
                .is_some_and(|a| !a.is_empty())
        })
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(declared) = cx.spec.validator else {
        return;
    };
    let Some(node) = root_map(cx, "meta-spec").and_then(|m| m.get("url")) else {
        return;
    };
    let Some(url) = node.value.as_str() else {
        return;
    };
    let other_v1 = V1_URLS
        .iter()
        .find(|(v, u)| *u == url && *v != declared)
        .map(|(v, _)| *v);
    let (message, severity, help, replacement) = match declared {
        SpecVersion::V2 => {
            if !has_scheme_and_authority(url) || V2_URLS.contains(&url) {
                return; // not a URL: the Validator reports it
            }
            let help = format!("use `{}`, or remove `url`", V2_URLS[0]);
            match other_v1 {
                Some(v) => (
                    format!(
                        "`meta-spec/url` points at the spec {} document, but the document declares \
                         version 2",
                        v.as_str()
                    ),
                    Severity::Warning,
                    help,
                    Some(V2_URLS[0]),
                ),
                None => (
                    format!("`{url}` is not one of the URLs spec 2 recommends for itself"),
                    Severity::Info,
                    help,
                    None,
                ),
            }
        }
        SpecVersion::V1_0 | SpecVersion::V1_1 => {
            let Some(v) = other_v1 else {
                return;
            };
            let want = V1_URLS
                .iter()
                .find(|(x, _)| *x == declared)
                .map_or("", |(_, u)| u);
            (
                format!(
                    "`meta-spec/url` points at the spec {} document, but the document declares \
                     version {}",
                    v.as_str(),
                    declared.as_str()
                ),
                Severity::Warning,
                format!("use `{want}`"),
                Some(want).filter(|w| !w.is_empty()),
            )
        }
        // 1.2-1.4: the Validator requires the exact URL itself.
        _ => return,
    };
    let mut d = Diagnostic::new(
        &META_SPEC_URL,
        message,
        Location::new("/meta-spec/url", Some(node.span)),
    )
    .with_severity(severity)
    .with_help(help)
    .with_spec(format!(
        "CPAN::Meta::Spec {}, \"meta-spec\"",
        declared.as_str()
    ));
    if let Some(want) = replacement {
        d = d.with_fix(Fix {
            title: format!("replace the URL with `{want}`"),
            applicability: Applicability::Safe,
            edits: vec![Edit {
                span: node.span,
                content: quoted(cx, want),
            }],
        });
    }
    out.push(d);
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    fn doc(version: &serde_json::Value, url: &str) -> serde_json::Value {
        json!({"meta-spec": {"version": version, "url": url}})
    }

    #[test]
    fn a_version_2_document_linking_a_1_x_spec_is_a_warning() {
        let found = run(check, "2", &doc(&json!(2), V1_URLS[4].1));
        assert_eq!(pointers(&found), ["/meta-spec/url"]);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn other_urls_for_version_2_are_informational_and_recommended_ones_pass() {
        let found = run(check, "2", &doc(&json!(2), "https://example.org/spec"));
        assert_eq!(found[0].severity, Severity::Info);
        for url in V2_URLS {
            assert!(run(check, "2", &doc(&json!(2), url)).is_empty());
        }
        // not a URL at all: the Validator's own finding
        assert!(run(check, "2", &doc(&json!(2), "CPAN::Meta::Spec")).is_empty());
    }

    #[test]
    fn spec_1_1_is_compared_and_1_4_left_to_the_validator() {
        assert_eq!(
            run(check, "1.1", &doc(&json!("1.1"), V1_URLS[4].1)).len(),
            1
        );
        assert!(run(check, "1.1", &doc(&json!("1.1"), V1_URLS[1].1)).is_empty());
        assert!(run(check, "1.4", &doc(&json!("1.4"), V1_URLS[2].1)).is_empty());
    }
}
