//! CM404: a minimum perl older than 5.6 or newer than the newest released perl.

use super::{latest_perl, perl_misread, PrereqEntry, LATEST_PERL, OLDEST_SUPPORTED_PERL};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::version::Version;

crate::declare_rule! {
    /// ## What it does
    /// Reports a `perl` prerequisite whose minimum is newer than the newest released perl
    /// (5.42.0) or older than perl 5.6.
    ///
    /// ## Why is this bad?
    /// A minimum newer than any perl makes the distribution uninstallable; usually the version
    /// was mistyped (`5.100`, `6`, `5.4.2` for 5.42). A minimum older than 5.6 claims support for
    /// perls the CPAN toolchain itself (CPAN::Meta, ExtUtils::MakeMaker) no longer runs on, so
    /// the claim cannot have been tested.
    ///
    /// ## Example
    /// ```json
    /// "requires": { "perl": "5.100" }
    /// ```
    ///
    /// ## How to fix
    /// Declare the oldest perl the code really runs on, between `5.006` and the current perl.
    ///
    /// ## Reference
    /// perlhist (release dates); the toolchain's minimum perl (CPAN::Meta `use 5.006`).
    pub static PERL_VERSION_OUT_OF_RANGE = {
        code: "CM404", name: "perl-version-out-of-range", group: Prereqs,
        severity: Warning, modes: StrictOnly,
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let oldest = Version::parse(OLDEST_SUPPORTED_PERL).expect("constant parses");
    let latest = latest_perl();
    for e in entries.iter().filter(|e| e.module() == "perl") {
        if e.is_relationship("conflicts") {
            continue;
        }
        let Some(Ok(range)) = &e.range else {
            continue;
        };
        let Some(min) = range.minimum() else {
            continue;
        };
        if range
            .parts()
            .iter()
            .any(|p| perl_misread::intended(p.text.trim()).is_some())
        {
            continue; // CM403 explains it
        }
        let message = if *min > latest {
            format!(
                "perl {} ({}) is newer than the newest released perl ({LATEST_PERL})",
                min,
                min.normal()
            )
        } else if *min < oldest && *min != Version::zero() {
            format!(
                "perl {} ({}) is older than perl 5.6, the oldest the CPAN toolchain supports",
                min,
                min.normal()
            )
        } else {
            continue;
        };
        let span = range
            .parts()
            .iter()
            .find(|p| &p.version == min)
            .map_or((0, e.text.as_deref().map_or(0, str::len)), |p| {
                p.version_span
            });
        out.push(
            Diagnostic::new(
                &PERL_VERSION_OUT_OF_RANGE,
                message,
                e.sub_location(cx, span),
            )
            .with_help(
                "declare the oldest perl the code really runs on, e.g. `5.008001` or `v5.10.1`",
            ),
        );
    }
}
