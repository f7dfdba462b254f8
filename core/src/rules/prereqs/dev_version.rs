//! CM402: a developer (underscore) version as a minimum.

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::version::Op;

crate::declare_rule! {
    /// ## What it does
    /// Reports a minimum (or exact) prerequisite version written with an underscore, such as
    /// `1.23_04`, the form of a developer release.
    ///
    /// ## Why is this bad?
    /// Since version.pm 0.9913 the underscore is ignored: `1.23_04` *is* `1.2304`, so the
    /// requirement asks for a version newer than most stable releases that follow the
    /// developer one (`1.24` is less than `1.2304`), or it pins users to a trial release that
    /// installers skip by default.
    ///
    /// ## Example
    /// ```json
    /// "requires": { "Foo::Bar": "1.23_04" }
    /// ```
    ///
    /// ## How to fix
    /// Require the stable release that contains what you need (`1.24`).
    ///
    /// ## Reference
    /// version.pm, "Alpha versions"; CPAN::Meta::Spec, "Version Formats".
    pub static DEV_VERSION_MINIMUM = {
        code: "CM402", name: "dev-version-minimum", group: Prereqs,
        severity: Warning, modes: StrictOnly,
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for e in entries {
        if e.is_relationship("conflicts") {
            continue;
        }
        let Some(Ok(range)) = &e.range else {
            continue;
        };
        for part in range.parts() {
            let minimum = matches!(part.op, None | Some(Op::Ge | Op::Gt | Op::Eq));
            if !minimum || !part.version.is_alpha() {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &DEV_VERSION_MINIMUM,
                    format!(
                        "`{}` requires developer version `{}`, which version.pm reads as {}",
                        e.module(),
                        part.text.trim(),
                        part.version.numify()
                    ),
                    e.sub_location(cx, part.version_span),
                )
                .with_help("require a stable release (a version without `_`)"),
            );
        }
    }
}
