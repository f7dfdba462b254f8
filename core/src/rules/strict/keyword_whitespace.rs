use super::{family, quoted, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::model::spec_keys::SpecFamily;
use crate::source::Value;

crate::declare_rule! {
    /// ## What it does
    /// Flags `keywords` entries that contain whitespace in a spec 2 document.
    ///
    /// ## Why is this bad?
    /// Spec 2 says keywords "must not include whitespace": consumers may split or join them on
    /// whitespace, so `"web framework"` turns into two unrelated keywords. CPAN::Meta::Validator
    /// only checks that each keyword is a non-empty string. (Spec 1.x allowed "keywords/phrases",
    /// so 1.x documents are not checked.)
    ///
    /// ## Example
    /// ```json
    /// { "keywords": ["web framework", "http"] }
    /// ```
    ///
    /// ## How to fix
    /// Split the phrase into separate keywords or join its words with a hyphen:
    /// `["web-framework", "http"]`.
    ///
    /// `--unsafe-fixes` joins the words with hyphens. The fix is *unsafe*: the keyword changes,
    /// and splitting it into several keywords may be what the author would rather do.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "keywords": "Keywords must not include whitespace."
    pub static KEYWORD_WHITESPACE = {
        code: "CM203", name: "keyword-whitespace", group: Strict,
        severity: Error, modes: StrictOnly, fix: Unsafe,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    let Some(Value::Array(items)) = cx.map.get("keywords").map(|n| &n.value) else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let Some(text) = item.value.as_str() else {
            continue;
        };
        if text.chars().any(char::is_whitespace) {
            let hyphenated = text.split_whitespace().collect::<Vec<_>>().join("-");
            out.push(
                Diagnostic::new(
                    &KEYWORD_WHITESPACE,
                    format!("keyword `{text}` contains whitespace"),
                    Location::new(format!("/keywords/{i}"), Some(item.span)),
                )
                .with_help(format!(
                    "split it into separate keywords or write `{hyphenated}`"
                ))
                .with_spec("CPAN::Meta::Spec 2, \"keywords\"")
                .with_fix(Fix {
                    title: format!("write `{hyphenated}`"),
                    applicability: Applicability::Unsafe,
                    edits: vec![Edit {
                        span: item.span,
                        content: quoted(cx, &hyphenated),
                    }],
                }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn keywords_with_whitespace_are_reported_one_by_one() {
        let found = run(
            check,
            "2",
            &json!({"keywords": ["http", "web framework", "tab\there"]}),
        );
        assert_eq!(pointers(&found), ["/keywords/1", "/keywords/2"]);
        assert!(found[0].help.as_deref().unwrap().contains("web-framework"));
    }

    #[test]
    fn spec_1_allowed_phrases() {
        assert!(run(check, "1.4", &json!({"keywords": ["web framework"]})).is_empty());
    }
}
