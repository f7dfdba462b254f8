use super::{family, quoted, root_map, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::model::spec_keys::SpecFamily;

crate::declare_rule! {
    /// ## What it does
    /// Checks `resources/repository` in a spec 2 document: when it gives a `url` it should give
    /// a `type`, and the `type` is a lowercase string (`git`, `svn`, `hg` …).
    ///
    /// ## Why it matters
    /// A URL like `https://example.org/repo` does not say which program can clone it; tools
    /// that mirror or audit sources (and SBOM generators building a VCS reference) need the
    /// `type`, and compare it case-sensitively. CPAN::Meta::Validator only checks that `type` is
    /// a string.
    ///
    /// ## Example
    /// ```json
    /// { "resources": { "repository": { "url": "https://github.com/a/b.git", "type": "Git" } } }
    /// ```
    ///
    /// ## How to fix
    /// Add or lowercase the type: `"type": "git"`.
    ///
    /// The fix is *safe*: it writes the type the URL already names (`git` for a `.git` or `git://`
    /// URL) or lower-cases the one given.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "resources", "repository": `type` is "a lowercase string indicating the
    /// VCS used"; "producers should provide a type whenever a url key is given".
    pub static REPOSITORY_TYPE = {
        code: "CM213", name: "repository-type", group: Strict,
        severity: Warning, modes: StrictOnly, fix: Safe,
    }
}

const SPEC: &str = "CPAN::Meta::Spec 2, \"resources\"";

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    let Some(repo) = root_map(cx, "resources")
        .and_then(|r| r.get("repository"))
        .and_then(|n| n.value.as_object())
    else {
        return;
    };
    match (repo.entry("url"), repo.get("type")) {
        (Some(url), None) => out.push(
            Diagnostic::new(
                &REPOSITORY_TYPE,
                "`resources/repository` gives a `url` but no `type`",
                Location::new("/resources/repository/type", Some(url.key_span)),
            )
            .with_help("add the VCS used, e.g. `\"type\": \"git\"`")
            .with_spec(SPEC),
        ),
        (_, Some(ty)) => {
            let Some(text) = ty.value.as_str() else {
                return;
            };
            let lower = text.to_lowercase();
            if lower == text {
                return;
            }
            let mut d = Diagnostic::new(
                &REPOSITORY_TYPE,
                format!("repository type `{text}` is not lowercase"),
                Location::new("/resources/repository/type", Some(ty.span)),
            )
            .with_help(format!("write `{lower}`"))
            .with_spec(SPEC);
            if !ty.span.is_empty() {
                d = d.with_fix(Fix {
                    title: format!("lowercase the type to `{lower}`"),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        span: ty.span,
                        content: quoted(cx, &lower),
                    }],
                });
            }
            out.push(d);
        }
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    fn repo(r: &serde_json::Value) -> serde_json::Value {
        json!({"resources": {"repository": r}})
    }

    #[test]
    fn a_url_without_type_and_an_uppercase_type_are_reported() {
        let found = run(
            check,
            "2",
            &repo(&json!({"url": "https://h.example/r.git"})),
        );
        assert_eq!(pointers(&found), ["/resources/repository/type"]);
        let found = run(check, "2", &repo(&json!({"url": "u://h/r", "type": "Git"})));
        assert!(found[0].message.contains("not lowercase"));
    }

    #[test]
    fn a_lowercase_type_or_a_web_only_repository_passes() {
        assert!(run(
            check,
            "2",
            &repo(&json!({"url": "https://h.example/r.git", "type": "git"}))
        )
        .is_empty());
        assert!(run(check, "2", &repo(&json!({"web": "https://h.example/r"}))).is_empty());
    }
}
