use std::fmt::Write as _;

use super::{replace_value, spec_name, Context, Facts};
use crate::diagnostic::{Applicability, Diagnostic, Location};
use crate::license::vocabulary::Reading;

crate::declare_rule! {
    /// ## What it does
    /// Flags a license string written in the wrong case (`Perl`, `MIT`, `GPL_2`), says which
    /// string of the document's spec version was meant, and offers to fix it.
    ///
    /// ## Why is this bad?
    /// License strings are case-sensitive: CPAN::Meta::Validator rejects `Perl` (CM1xx reports
    /// that). CPAN::Meta's Converter lower-cases, so CPAN clients happen to understand it, but
    /// other readers (CPANTS, SBOM tools) may not.
    ///
    /// ## Example
    /// ```yaml
    /// license: Perl
    /// ```
    ///
    /// ## How to fix
    /// Write the string in lower case, as the spec lists it: `license: perl` (in a
    /// meta-spec 2 document: `license: [perl_5]`).
    ///
    /// The fix is *safe*: CPAN::Meta already reads the string as the lower-case license, so writing
    /// it so changes no meaning.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "license" (and CPAN::Meta::History::Meta_1_4 for 1.x).
    pub static RULE = { code: "CM500", name: "license-string-wrong-case", group: License, severity: Error, modes: StrictOnly, fix: Safe }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.vocabulary.is_none() {
        return;
    }
    for s in &f.strings {
        let Reading::WrongCase { matched, meant } = &s.reading else {
            continue;
        };
        let mut message = format!(
            "`{}` is the license string `{}` in the wrong case",
            s.written, matched.string
        );
        if let Some(m) = meant.filter(|m| m.string != matched.string) {
            let _ = write!(message, "; in {} it is `{}`", spec_name(cx), m.string);
        }
        let mut d = Diagnostic::new(&RULE, message, Location::new(s.pointer.clone(), Some(s.node.span)))
            .with_help(format!(
                "license strings are lower case; CPAN::Meta::Validator rejects `{}`, although CPAN::Meta reads it as `{}`",
                s.written, matched.string
            ))
            .with_spec("CPAN::Meta::Spec, \"license\"");
        if let Some(m) = meant {
            let title = format!("Replace `{}` with `{}`", s.written, m.string);
            if let Some(fix) = replace_value(
                cx,
                s.node,
                &s.written,
                &m.string,
                title,
                Applicability::Safe,
            ) {
                d = d.with_fix(fix);
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::SpecVersion;
    use crate::rules::license::testing::run;
    use serde_json::json;

    #[test]
    fn wrong_case_names_the_string_of_the_version() {
        let d = run(&json!({"license": ["Perl"]}), Some(SpecVersion::V2));
        let d: Vec<_> = d.iter().filter(|d| d.code == "CM500").collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].message, "`Perl` is the license string `perl` in the wrong case; in CPAN::Meta::Spec 2 it is `perl_5`");
        assert_eq!(d[0].location.pointer, "/license/0");
        let d = run(&json!({"license": "MIT"}), Some(SpecVersion::V1_4));
        assert!(d.iter().any(|d| d.code == "CM500"
            && d.message == "`MIT` is the license string `mit` in the wrong case"));
        assert!(!run(&json!({"license": "mit"}), Some(SpecVersion::V1_4))
            .iter()
            .any(|d| d.code == "CM500"));
    }
}
