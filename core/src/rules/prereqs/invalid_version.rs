//! CM400: a prerequisite version CPAN::Meta::Requirements cannot read.

use super::{validator_accepts_version, PrereqEntry};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

crate::declare_rule! {
    /// ## What it does
    /// Reports a prerequisite version (or a part of a version range) that version.pm cannot
    /// parse, or parses only with a warning, where CPAN::Meta::Validator lets it through.
    ///
    /// ## Why is this bad?
    /// The Validator only checks that a version *starts* like one (`v?\d+`), so `2.08a`,
    /// `1.2-rc1` or `1.2 ` (trailing space) pass validation. CPAN::Meta::Requirements, which every
    /// installer uses, dies on them (`Can't convert '2.08a': Invalid version format (non-numeric
    /// data)`), so the distribution cannot be installed by cpanm, cpan or carton.
    ///
    /// ## Example
    /// ```json
    /// "prereqs": { "runtime": { "requires": { "Foo::Bar": "2.08a" } } }
    /// ```
    ///
    /// ## How to fix
    /// Write the version the way the module declares its `$VERSION`: a decimal (`2.08`) or a
    /// dotted-decimal with a leading `v` (`v2.8.0`).
    ///
    /// ## Reference
    /// CPAN::Meta::Spec, "Version Formats"; version.pm's lax grammar (`version::LAX`).
    pub static INVALID_PREREQ_VERSION = {
        code: "CM400", name: "invalid-prereq-version", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for e in entries {
        let Some(Err(err)) = &e.range else {
            continue;
        };
        if !validator_accepts_version(&e.entry.value) {
            continue; // the Validator reports it (CM1xx)
        }
        let text = e.text.as_deref().unwrap_or_default();
        let bad = text.get(err.span.0..err.span.1).unwrap_or(text);
        out.push(
            Diagnostic::new(
                &INVALID_PREREQ_VERSION,
                format!(
                    "`{bad}` is not a version installers can read for `{}`: {}",
                    e.module(),
                    err.message
                ),
                e.sub_location(cx, err.span),
            )
            .with_help("write a decimal version (`2.08`) or a dotted-decimal one with a leading `v` (`v2.8.0`)"),
        );
    }
}
