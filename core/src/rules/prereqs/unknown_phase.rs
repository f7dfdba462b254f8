//! CM410: an unknown phase under `prereqs`, with a did-you-mean.

use super::did_you_mean;
use crate::diagnostic::{Diagnostic, Location};
use crate::rules::Context;
use crate::source::pointer_of;

crate::declare_rule! {
    /// ## What it does
    /// Reports a key under `prereqs` (spec 2) that is neither a phase (`configure`, `build`,
    /// `test`, `runtime`, `develop`) nor an `x_` extension, when it is close to a phase
    /// (`runtme`, `tests`, `Runtime`) or when CPAN::Meta::Validator lets it through (its check
    /// accepts any key that merely *contains* `x_`, like `max_build`).
    ///
    /// ## Why is this bad?
    /// CPAN::Meta ignores unknown phases: the prerequisites under a misspelt phase are silently
    /// never installed.
    ///
    /// ## Example
    /// ```json
    /// "prereqs": { "runtme": { "requires": { "Foo::Bar": "1.0" } } }
    /// ```
    ///
    /// ## How to fix
    /// Use the phase meant (`runtime`), or prefix a private one with `x_`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Phases".
    pub static UNKNOWN_PREREQ_PHASE = {
        code: "CM410", name: "unknown-prereq-phase", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) const PHASES: &[&str] = &["configure", "build", "test", "runtime", "develop"];

/// Whether the key is an extension as the spec defines it (`x_` prefix, any case).
pub(super) fn is_extension(key: &str) -> bool {
    key.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("x_"))
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(prereqs) = cx.map.get("prereqs").and_then(|p| p.value.as_object()) else {
        return;
    };
    for entry in prereqs.iter() {
        let key = entry.key.as_str();
        if PHASES.contains(&key) || is_extension(key) {
            continue;
        }
        let suggestion = did_you_mean(key, PHASES);
        let validator_accepts = key.to_ascii_lowercase().contains("x_");
        if suggestion.is_none() && !validator_accepts {
            continue; // the Validator reports it and we have nothing to add
        }
        let pointer = pointer_of(["prereqs", key]);
        let help = match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => "extension phases must start with `x_`".to_owned(),
        };
        out.push(
            Diagnostic::new(
                &UNKNOWN_PREREQ_PHASE,
                format!("`{key}` is not a prerequisite phase; CPAN::Meta ignores what it holds"),
                Location::new(pointer, Some(entry.key_span)),
            )
            .with_help(help)
            .with_spec("CPAN::Meta::Spec, \"Phases\""),
        );
    }
}
