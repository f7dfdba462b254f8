//! CM405: a dotted `perl` version without a `v` or with fewer than three parts.

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::version::is_strict;

crate::declare_rule! {
    /// ## What it does
    /// Reports a dotted-decimal `perl` prerequisite that is not in the strict form: without a
    /// leading `v` (`5.8.1`) or with fewer than three parts (`v5.10`).
    ///
    /// ## Why is this bad?
    /// Whether a perl version is decimal or dotted decides what it means (`5.10` is 5.100 but
    /// `v5.10` is 5.010). Without the `v`, the reader has to count dots to know which; tools that
    /// do not implement version.pm (and people) misread `5.8.1` or `v5.10`.
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    ///   perl: 5.8.1
    /// ```
    ///
    /// ## How to fix
    /// Write the normal form (`v5.8.1`, `v5.10.0`) or the decimal one (`5.008001`, `5.010`).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Version Formats".
    pub static PERL_VERSION_DOTTED_FORM = {
        code: "CM405", name: "perl-version-dotted-form", group: Prereqs,
        severity: Warning, modes: StrictOnly,
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for e in entries.iter().filter(|e| e.module() == "perl") {
        let Some(Ok(range)) = &e.range else {
            continue;
        };
        for part in range.parts() {
            let text = part.text.trim();
            let v = &part.version;
            if !v.is_qv() || v.is_alpha() || is_strict(text) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &PERL_VERSION_DOTTED_FORM,
                    format!("perl version `{text}` is dotted-decimal but not in the strict form"),
                    e.sub_location(cx, part.version_span),
                )
                .with_help(format!("write `{}` or `{}`", v.normal(), v.numify()))
                .with_spec("CPAN::Meta::Spec, \"Version Formats\""),
            );
        }
    }
}
