//! CM408: a required range wholly inside a conflicts range.

use std::collections::HashMap;

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

crate::declare_rule! {
    /// ## What it does
    /// Reports a module that a phase both requires and declares as a conflict, where every
    /// version the requirement accepts is one the conflict excludes.
    ///
    /// ## Why is this bad?
    /// `conflicts` lists versions that must *not* be installed. If all acceptable versions of a
    /// requirement are conflicts, the prerequisites cannot be met; often `conflicts` was meant
    /// to say `< 1.5` and says `>= 1.5`.
    ///
    /// ## Example
    /// ```json
    /// "runtime": {
    ///   "requires":  { "Foo::Bar": ">= 2.0" },
    ///   "conflicts": { "Foo::Bar": ">= 1.0" }
    /// }
    /// ```
    ///
    /// ## How to fix
    /// Narrow the conflict to the broken versions (`< 2.0`, `== 1.5`), or drop it.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Prereq Spec" (`conflicts`).
    pub static REQUIRES_WITHIN_CONFLICTS = {
        code: "CM408", name: "requires-within-conflicts", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(entries: &[PrereqEntry<'_>], _cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // conflicts by module, so large documents stay linear
    let mut conflicts: HashMap<&str, Vec<&PrereqEntry<'_>>> = HashMap::new();
    for c in entries.iter().filter(|e| e.is_relationship("conflicts")) {
        conflicts.entry(c.module()).or_default().push(c);
    }
    for req in entries.iter().filter(|e| e.is_relationship("requires")) {
        let Some(Ok(required)) = &req.range else {
            continue;
        };
        if required.is_empty() {
            continue;
        }
        let candidates = conflicts.get(req.module()).map_or(&[][..], Vec::as_slice);
        for con in candidates
            .iter()
            .filter(|c| c.map.phase == req.map.phase && c.map.feature == req.map.feature)
        {
            let Some(Ok(conflict)) = &con.range else {
                continue;
            };
            if conflict.is_empty() || !required.is_subset_of(conflict) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &REQUIRES_WITHIN_CONFLICTS,
                    format!(
                        "every version of `{}` that {} requires (`{required}`) is declared a conflict (`{conflict}`)",
                        req.module(),
                        req.map.phase
                    ),
                    req.value_location(),
                )
                .with_related("declared a conflict here", con.value_location())
                .with_help("narrow `conflicts` to the versions that are really broken"),
            );
        }
    }
}
