//! CM403: the `perl: 5.10` trap.

use super::{latest_perl, PrereqEntry};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::rules::Context;

crate::declare_rule! {
    /// ## What it does
    /// Reports a `perl` prerequisite written as a decimal with one or two fractional digits
    /// that reads as a perl that does not exist, such as `5.10`, `5.12` or `5.6`.
    ///
    /// ## Why is this bad?
    /// Versions compare the way version.pm compares them: `5.10` is the decimal 5.100, that is
    /// perl v5.100.0, not perl 5.10. No perl satisfies it, so installers refuse the
    /// distribution everywhere ("perl version 5.10 required--this is only v5.36.0").
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    ///   perl: 5.10
    /// ```
    ///
    /// ## How to fix
    /// Write `5.010` (decimal, three digits per component) or `v5.10` / `v5.10.0` (dotted).
    ///
    /// `--unsafe-fixes` writes the decimal form of the version that was evidently meant. The fix is
    /// *unsafe*: it changes the minimum perl every installer enforces (to what the author meant,
    /// but only the author can confirm).
    ///
    /// ## Reference
    /// perlfunc `require VERSION`; version.pm, "Decimal versions".
    pub static PERL_VERSION_MISREAD = {
        code: "CM403", name: "perl-version-misread", group: Prereqs,
        severity: Error, modes: StrictOnly, fix: Unsafe,
    }
}

/// The three-digit decimal the author meant, when `text` is a short decimal perl version that
/// reads as a perl newer than any released one (`5.10` → `5.010`).
pub(super) fn intended(text: &str) -> Option<String> {
    let (int, frac) = text.split_once('.')?;
    if int != "5" || frac.is_empty() || frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let v = crate::version::Version::parse(text).ok()?;
    if v.is_qv() || v <= latest_perl() {
        return None;
    }
    Some(format!("5.{frac:0>3}"))
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for e in entries.iter().filter(|e| e.module() == "perl") {
        let Some(Ok(range)) = &e.range else {
            continue;
        };
        for part in range.parts() {
            let text = part.text.trim();
            let Some(meant) = intended(text) else {
                continue;
            };
            let minor = meant[2..].trim_start_matches('0');
            let mut d = Diagnostic::new(
                &PERL_VERSION_MISREAD,
                format!(
                    "perl `{text}` means perl {} (version {}), not perl 5.{minor}",
                    part.version.normal(),
                    part.version.numify()
                ),
                e.sub_location(cx, part.version_span),
            )
            .with_help(format!(
                "write `{meant}` or `v5.{minor}.0` for perl 5.{minor}"
            ));
            if let Some(span) = e.sub_span(cx, part.version_span) {
                d = d.with_fix(Fix {
                    title: format!("Replace `{text}` with `{meant}`"),
                    applicability: Applicability::Unsafe,
                    edits: vec![Edit {
                        span,
                        content: meant.clone(),
                    }],
                });
            }
            out.push(d);
        }
    }
}
