//! CM401: a prerequisite version in version.pm's lax grammar but not the strict one.

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::version::is_strict;

crate::declare_rule! {
    /// ## What it does
    /// Reports prerequisite versions that version.pm accepts only in its lax grammar: dotted
    /// versions without a leading `v` (`1.2.3`), dotted versions with fewer than three parts
    /// (`v1.2`), leading zeros (`01.10`), a missing integer or fractional part (`.47`, `1.`).
    /// Developer versions (`_`) and the `perl` prerequisite have their own rules.
    ///
    /// ## Why is this bad?
    /// CPAN::Meta::Spec asks for versions in the strict form. The lax forms are ambiguous to
    /// readers (`1.2.3` is `v1.2.3`, but `1.2` is `1.200`) and some tools outside Perl misread them.
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    ///   Foo::Bar: 1.2.3
    /// ```
    ///
    /// ## How to fix
    /// Use the normal form: `v1.2.3`, `0.47`, `1.10`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Version Formats" (decimal or dotted-decimal with a leading `v` and at
    /// least three parts).
    pub static PREREQ_VERSION_NOT_STRICT = {
        code: "CM401", name: "prereq-version-not-strict", group: Prereqs,
        severity: Warning, modes: StrictOnly,
    }
}

/// The strict spelling of a lax version.
pub(super) fn strict_form(text: &str, is_qv: bool, normal: &str) -> String {
    if is_qv {
        return normal.to_owned();
    }
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if text.contains('.') && !frac.is_empty() {
        format!("{int}.{frac}")
    } else {
        int.to_owned()
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for e in entries {
        if e.module() == "perl" {
            continue;
        }
        let Some(Ok(range)) = &e.range else {
            continue;
        };
        for part in range.parts() {
            let text = part.text.trim();
            if text == "0" || is_strict(text) || text.contains('_') {
                continue;
            }
            let v = &part.version;
            let suggestion = strict_form(text, v.is_qv(), &v.normal());
            out.push(
                Diagnostic::new(
                    &PREREQ_VERSION_NOT_STRICT,
                    format!(
                        "version `{text}` of `{}` is not in the strict version format",
                        e.module()
                    ),
                    e.sub_location(cx, part.version_span),
                )
                .with_help(format!(
                    "write `{suggestion}`, which version.pm reads the same"
                ))
                .with_spec("CPAN::Meta::Spec, \"Version Formats\""),
            );
        }
    }
}
