//! CM407: the same module required with contradictory ranges in different phases.

use std::collections::HashMap;

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::version::Range;

crate::declare_rule! {
    /// ## What it does
    /// Merges each module's `requires` ranges across the runtime, build and test phases, the
    /// way `CPAN::Meta::Prereqs::merged_requirements` does, and reports a module whose merged
    /// range admits no version (runtime requires `>= 2`, build requires `< 1.5`).
    ///
    /// ## Why is this bad?
    /// Installers merge the phases before resolving: no version of the module satisfies both,
    /// so the merge dies and the distribution cannot be installed or tested.
    ///
    /// ## Example
    /// ```json
    /// "prereqs": {
    ///   "runtime": { "requires": { "Foo::Bar": ">= 2" } },
    ///   "build":   { "requires": { "Foo::Bar": "< 1.5" } }
    /// }
    /// ```
    ///
    /// ## How to fix
    /// Make the ranges overlap; usually one of them is stale.
    ///
    /// ## Reference
    /// CPAN::Meta::Prereqs `merged_requirements`; CPAN::Meta::Requirements `add_requirements`.
    pub static CONTRADICTORY_PREREQS = {
        code: "CM407", name: "contradictory-prereqs", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

const PHASES: &[&str] = &["runtime", "build", "test"];

pub(super) fn check(entries: &[PrereqEntry<'_>], _cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // module -> (merged range, the entries merged into it)
    let mut merged: HashMap<&str, (Range, Vec<&PrereqEntry<'_>>)> = HashMap::new();
    for phase in PHASES {
        for e in entries.iter().filter(|e| {
            e.map.feature.is_none() && e.map.phase == *phase && e.is_relationship("requires")
        }) {
            let Some(Ok(range)) = &e.range else {
                continue;
            };
            if range.is_empty() {
                continue; // CM406
            }
            match merged.get_mut(e.module()) {
                None => {
                    merged.insert(e.module(), (range.clone(), vec![e]));
                }
                Some((acc, seen)) => {
                    if acc.is_empty() {
                        continue;
                    }
                    let next = acc.intersect(range);
                    if next.is_empty() {
                        let mut d = Diagnostic::new(
                            &CONTRADICTORY_PREREQS,
                            format!(
                                "{} requires `{}` `{}`, which contradicts {}: {}",
                                e.map.phase,
                                e.module(),
                                e.text.as_deref().unwrap_or_default(),
                                seen.iter()
                                    .map(|s| format!(
                                        "{} requires `{}`",
                                        s.map.phase,
                                        s.text.as_deref().unwrap_or_default()
                                    ))
                                    .collect::<Vec<_>>()
                                    .join(" and "),
                                next.empty_reason().unwrap_or_default()
                            ),
                            e.value_location(),
                        )
                        .with_help("make the ranges overlap: installers merge the phases and no version satisfies both");
                        for s in seen.iter() {
                            d = d.with_related(
                                format!("{} requires it here", s.map.phase),
                                s.value_location(),
                            );
                        }
                        out.push(d);
                    }
                    *acc = next;
                    seen.push(e);
                }
            }
        }
    }
}
