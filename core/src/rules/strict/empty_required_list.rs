use super::{family, Context};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::spec_keys::SpecFamily;
use crate::source::{pointer_of, Value};

crate::declare_rule! {
    /// ## What it does
    /// Checks that the required lists `author` and `license` of a spec 2 document are not empty.
    ///
    /// ## Why is this bad?
    /// Spec 2 defines both as a "List of one or more" entries. CPAN::Meta::Validator only checks
    /// that the key is present and that every entry is valid, so `"author": []` passes, and the
    /// distribution has no author and no license anyone can read.
    ///
    /// ## Example
    /// ```json
    /// { "author": [], "license": [] }
    /// ```
    ///
    /// ## How to fix
    /// Name at least one author (`"Jane Doe <jane@example.org>"`) and at least one license
    /// (`"perl_5"`; `"unknown"` if you really cannot tell).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "author": "[required] {List of one or more Strings}"; "license":
    /// "[required] {List of one or more License Strings}".
    pub static EMPTY_REQUIRED_LIST = {
        code: "CM202", name: "empty-required-list", group: Strict,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    for (key, what) in [("author", "one author"), ("license", "one license")] {
        let Some(node) = cx.map.get(key) else {
            continue;
        };
        if matches!(&node.value, Value::Array(a) if a.is_empty()) {
            out.push(
                Diagnostic::new(
                    &EMPTY_REQUIRED_LIST,
                    format!("`{key}` is an empty list; spec 2 requires at least {what}"),
                    Location::new(pointer_of([key]), Some(node.span)),
                )
                .with_help(format!("add at least {what} to `{key}`"))
                .with_spec(format!("CPAN::Meta::Spec 2, \"{key}\"")),
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
    fn empty_author_and_license_lists_are_reported() {
        let found = run(check, "2", &json!({"author": [], "license": []}));
        assert_eq!(pointers(&found), ["/author", "/license"]);
    }

    #[test]
    fn non_empty_lists_and_spec_1_documents_pass() {
        assert!(run(
            check,
            "2",
            &json!({"author": ["A <a@b.c>"], "license": ["perl_5"]})
        )
        .is_empty());
        assert!(run(check, "1.4", &json!({"author": []})).is_empty());
    }
}
