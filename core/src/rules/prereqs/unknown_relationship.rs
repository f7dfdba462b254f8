//! CM411: an unknown relationship under a prerequisite phase, with a did-you-mean.

use super::did_you_mean;
use super::unknown_phase::{is_extension, PHASES};
use crate::diagnostic::{Diagnostic, Location};
use crate::rules::Context;
use crate::source::pointer_of;

crate::declare_rule! {
    /// ## What it does
    /// Reports a key under `prereqs/<phase>` (spec 2) that is neither a relationship
    /// (`requires`, `recommends`, `suggests`, `conflicts`) nor an `x_` extension, when it is
    /// close to one (`require`, `recommend`, `Requires`) or when CPAN::Meta::Validator lets it
    /// through (a key that merely contains `x_`).
    ///
    /// ## Why is this bad?
    /// CPAN::Meta ignores unknown relationships: the modules listed under `require` are never
    /// installed, and nothing says so.
    ///
    /// ## Example
    /// ```json
    /// "prereqs": { "runtime": { "require": { "Foo::Bar": "1.0" } } }
    /// ```
    ///
    /// ## How to fix
    /// Use the relationship meant (`requires`), or prefix a private one with `x_`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Relationships".
    pub static UNKNOWN_PREREQ_RELATIONSHIP = {
        code: "CM411", name: "unknown-prereq-relationship", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

const RELATIONSHIPS: &[&str] = &["requires", "recommends", "suggests", "conflicts"];

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(prereqs) = cx.map.get("prereqs").and_then(|p| p.value.as_object()) else {
        return;
    };
    for phase in prereqs.iter() {
        if !PHASES.contains(&phase.key.as_str()) && !is_extension(&phase.key) {
            continue;
        }
        let Some(rels) = phase.value.value.as_object() else {
            continue;
        };
        for rel in rels.iter() {
            let key = rel.key.as_str();
            if RELATIONSHIPS.contains(&key) || is_extension(key) {
                continue;
            }
            let suggestion = did_you_mean(key, RELATIONSHIPS);
            if suggestion.is_none() && !key.to_ascii_lowercase().contains("x_") {
                continue; // the Validator reports it and we have nothing to add
            }
            let help = match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => "extension relationships must start with `x_`".to_owned(),
            };
            out.push(
                Diagnostic::new(
                    &UNKNOWN_PREREQ_RELATIONSHIP,
                    format!(
                        "`{key}` is not a prerequisite relationship; CPAN::Meta ignores what it holds"
                    ),
                    Location::new(pointer_of(["prereqs", &phase.key, key]), Some(rel.key_span)),
                )
                .with_help(help)
                .with_spec("CPAN::Meta::Spec, \"Relationships\""),
            );
        }
    }
}
