use std::fmt::Write as _;

use super::{replace_value, Context, Facts};
use crate::diagnostic::{Applicability, Diagnostic, Location};
use crate::license::vocabulary::{loses_precision, Reading};

crate::declare_rule! {
    /// ## What it does
    /// Recognises license spellings from other tools — Module::Build keys (`gpl2`, `lgpl3`),
    /// `artistic2`, `artistic-2.0`, SPDX ids (`GPL-2.0-or-later`) — and names the CPAN string
    /// they mean.
    ///
    /// ## Why is this bad?
    /// They are not CPAN license strings: the Validator rejects them (CM1xx), and CPAN::Meta
    /// reads all but `artistic2` as `unknown`, so every CPAN client and SBOM sees no license.
    ///
    /// ## Example
    /// ```yaml
    /// license: gpl2
    /// ```
    ///
    /// ## How to fix
    /// Write the CPAN string (`gpl_2` with meta-spec 2). Keep a precise SPDX form, if you have
    /// one, in `x_spdx_expression`.
    ///
    /// The fix writes the CPAN string. It is *safe* where CPAN::Meta's Converter already reads the
    /// foreign string as that license, and *unsafe* where it does not (the fix then changes how
    /// CPAN clients read the license).
    ///
    /// ## Reference
    /// CPAN::Meta::Spec, "license"; docs/licenses.md lists the spellings recognised.
    pub static RULE = { code: "CM502", name: "license-string-from-other-tool", group: License, severity: Error, modes: StrictOnly, fix: Safe }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.vocabulary.is_none() {
        return;
    }
    for s in &f.strings {
        let Reading::Foreign {
            alias,
            means,
            meant,
        } = &s.reading
        else {
            continue;
        };
        let read = if alias.converter_reads {
            format!(
                "CPAN::Meta reads it as `{}` but the Validator rejects it",
                means.string
            )
        } else {
            "CPAN::Meta reads it as `unknown`".to_owned()
        };
        let target = meant.filter(|m| !loses_precision(means, m));
        let message = match target {
            Some(m) => format!("`{}` is not a CPAN license string ({}); did you mean `{}`?", s.written, alias.source, m.string),
            None => format!("`{}` is not a CPAN license string ({}); it means `{}`, which this spec version cannot express", s.written, alias.source, means.string),
        };
        let mut help = format!("{read}.");
        if spdx::Expression::parse(&s.written).is_ok() {
            let _ = write!(
                help,
                " Keep the SPDX form in `x_spdx_expression: {}`.",
                s.written
            );
        } else if target.is_none() {
            let _ = write!(
                help,
                " Use meta-spec 2, or add `x_spdx_expression: {}`.",
                means.spdx
            );
        }
        let mut d = Diagnostic::new(
            &RULE,
            message,
            Location::new(s.pointer.clone(), Some(s.node.span)),
        )
        .with_help(help)
        .with_spec("CPAN::Meta::Spec, \"license\"");
        if let Some(m) = target {
            let applicability = if alias.converter_reads {
                Applicability::Safe
            } else {
                Applicability::Unsafe
            };
            let title = format!("Replace `{}` with `{}`", s.written, m.string);
            if let Some(fix) =
                replace_value(cx, s.node, &s.written, &m.string, title, applicability)
            {
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
    fn other_tools_spellings_get_a_did_you_mean() {
        let d = run(&json!({"license": ["gpl2"]}), Some(SpecVersion::V2));
        let d: Vec<_> = d.iter().filter(|d| d.code == "CM502").collect();
        assert_eq!(d[0].message, "`gpl2` is not a CPAN license string (Module::Build's `gpl2` key); did you mean `gpl_2`?");
        assert_eq!(
            d[0].help.as_deref(),
            Some("CPAN::Meta reads it as `unknown`.")
        );
        let d = run(&json!({"license": "artistic2"}), Some(SpecVersion::V1_4));
        assert!(d
            .iter()
            .any(|d| d.code == "CM502" && d.message.ends_with("did you mean `artistic_2`?")));
        let d = run(
            &json!({"license": "GPL-2.0-or-later"}),
            Some(SpecVersion::V1_4),
        );
        let d: Vec<_> = d.iter().filter(|d| d.code == "CM502").collect();
        assert!(d[0].message.contains("cannot express"), "{}", d[0].message);
    }
}
