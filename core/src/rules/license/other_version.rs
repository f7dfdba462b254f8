use std::fmt::Write as _;

use super::{replace_value, spec_name, Context, Facts};
use crate::diagnostic::{Applicability, Diagnostic, Location};
use crate::license::vocabulary::{loses_precision, Reading};
use crate::license::Vocabulary;

crate::declare_rule! {
    /// ## What it does
    /// Flags a license string of the other spec version: a 1.x string (`perl`, `gpl`,
    /// `restrictive`) in a meta-spec 2 document, or a v2 string (`perl_5`, `gpl_2`) in a 1.x
    /// document, and names the string of the document's own version.
    ///
    /// ## Why is this bad?
    /// CPAN::Meta::Validator judges the strings by the document's declared spec version and
    /// rejects the other version's (CM1xx reports "License '…' is invalid"). Tools that read the
    /// file without CPAN::Meta's lenient Converter will not know the license.
    ///
    /// ## Example
    /// ```json
    /// { "license": ["perl"], "meta-spec": { "version": 2 } }
    /// ```
    ///
    /// ## How to fix
    /// Use the document's version's string (`perl_5` in v2, `perl` in 1.x). A v2 string that
    /// 1.x cannot express (`gpl_2`: 1.x `gpl` has no version) calls for meta-spec 2, or for the
    /// 1.x string plus an `x_spdx_expression`.
    ///
    /// The fix is *safe*: it writes the string the document's spec version uses for the same
    /// license.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "license"; CPAN::Meta::Converter's `%license_map_2` and
    /// `%license_downgrade_map` give the equivalents.
    pub static RULE = { code: "CM501", name: "license-string-of-other-spec-version", group: License, severity: Error, modes: StrictOnly, fix: Safe }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    let Some(vocab) = f.vocabulary else { return };
    for s in &f.strings {
        let Reading::OtherVersion {
            written,
            equivalent,
        } = &s.reading
        else {
            continue;
        };
        let theirs = match vocab.other() {
            Vocabulary::V1 => "a CPAN::Meta::Spec 1.x",
            Vocabulary::V2 => "a CPAN::Meta::Spec 2",
        };
        let mut message = format!(
            "`{}` is {theirs} license string; this document is {}",
            s.written,
            spec_name(cx)
        );
        let mut d;
        match equivalent {
            Some(eq) if !loses_precision(written, eq) => {
                let _ = write!(message, ", where it is `{}`", eq.string);
                d = Diagnostic::new(
                    &RULE,
                    message,
                    Location::new(s.pointer.clone(), Some(s.node.span)),
                );
                let title = format!("Replace `{}` with `{}`", s.written, eq.string);
                if let Some(fix) = replace_value(
                    cx,
                    s.node,
                    &s.written,
                    &eq.string,
                    title,
                    Applicability::Safe,
                ) {
                    d = d.with_fix(fix);
                }
            }
            Some(eq) => {
                let _ = write!(
                    message,
                    "; its nearest string there, `{}`, does not say the version ({})",
                    eq.string, written.title
                );
                d = Diagnostic::new(&RULE, message, Location::new(s.pointer.clone(), Some(s.node.span))).with_help(format!(
                    "declare `meta-spec: {{version: 2}}` (and write `license` as a list), or write `{}` and add `x_spdx_expression: {}`",
                    eq.string, written.spdx
                ));
            }
            None => {
                d = Diagnostic::new(
                    &RULE,
                    message,
                    Location::new(s.pointer.clone(), Some(s.node.span)),
                );
            }
        }
        out.push(d.with_spec("CPAN::Meta::Spec, \"license\""));
    }
}

#[cfg(test)]
mod tests {
    use crate::model::SpecVersion;
    use crate::rules::license::testing::run;
    use serde_json::json;

    #[test]
    fn strings_of_the_other_version_name_their_equivalent() {
        let d = run(&json!({"license": ["perl"]}), Some(SpecVersion::V2));
        let d: Vec<_> = d.iter().filter(|d| d.code == "CM501").collect();
        assert_eq!(d[0].message, "`perl` is a CPAN::Meta::Spec 1.x license string; this document is CPAN::Meta::Spec 2, where it is `perl_5`");
        let d = run(&json!({"license": "gpl_2"}), Some(SpecVersion::V1_4));
        let d: Vec<_> = d.iter().filter(|d| d.code == "CM501").collect();
        assert!(
            d[0].message.contains("does not say the version"),
            "{}",
            d[0].message
        );
        assert!(d[0].help.as_deref().unwrap().contains("GPL-2.0-only"));
        // Strings in both vocabularies are fine in both.
        assert!(!run(&json!({"license": "mit"}), Some(SpecVersion::V1_4))
            .iter()
            .any(|d| d.code == "CM501"));
    }
}
