//! CM406: a version range no version satisfies.

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

crate::declare_rule! {
    /// ## What it does
    /// Reports a version range whose parts contradict each other, such as `>= 2, < 1` or
    /// `== 1.0, != 1.0`.
    ///
    /// ## Why is this bad?
    /// No version satisfies it: CPAN::Meta::Requirements dies on it ("illegal requirements"),
    /// so no installer can install the distribution. The Validator only checks that each part
    /// looks like a version.
    ///
    /// ## Example
    /// ```json
    /// "requires": { "Foo::Bar": ">= 2.0, < 1.5" }
    /// ```
    ///
    /// ## How to fix
    /// Fix the bound that was mistyped (often the operators are swapped: `>= 1.5, < 2.0`).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Version Ranges".
    pub static UNSATISFIABLE_RANGE = {
        code: "CM406", name: "unsatisfiable-range", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for e in entries {
        let Some(Ok(range)) = &e.range else {
            continue;
        };
        let Some(reason) = range.empty_reason() else {
            continue;
        };
        let span = range
            .empty_at()
            .and_then(|i| range.parts().get(i))
            .map(|p| p.span);
        let location = match span {
            Some(s) => e.sub_location(cx, s),
            None => e.value_location(),
        };
        out.push(
            Diagnostic::new(
                &UNSATISFIABLE_RANGE,
                format!(
                    "no version of `{}` satisfies `{}`: {reason}",
                    e.module(),
                    e.text.as_deref().unwrap_or_default()
                ),
                location,
            )
            .with_help(
                "check the operators and bounds; a range needs a lower bound below its upper bound",
            ),
        );
    }
}
