use super::misspelled_key::where_;
use super::{family, Context};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::places::places;
use crate::model::spec_keys::{did_you_mean, is_custom_key, known_keys, Place, SpecFamily};

crate::declare_rule! {
    /// ## What it does
    /// Flags phase and relationship keys under `prereqs` (and under an optional feature's
    /// `prereqs`) that are neither defined by the spec nor custom keys starting with `x_`, but
    /// contain `x_` somewhere else, such as `linux_x_deps` or `requires_x_`.
    ///
    /// ## Why is this bad?
    /// CPAN::Meta::Validator accepts any phase or relationship that contains `x_` anywhere (its
    /// pattern is not anchored), while the spec requires custom keys to *begin* with `x_`. Tools
    /// that follow the spec treat these keys as invalid and may drop them or refuse the file.
    ///
    /// ## Example
    /// ```json
    /// { "prereqs": { "linux_x_deps": { "requires": { "Linux::Inotify2": "0" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Rename the key so that it starts with `x_` (`x_linux_deps`), or use one of the phases
    /// (`configure`, `build`, `test`, `runtime`, `develop`) and relationships (`requires`,
    /// `recommends`, `suggests`, `conflicts`) the spec defines.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "STRUCTURE": custom keys "must match the pattern: qr{\Ax_}i".
    pub static CUSTOM_KEY_PREFIX = {
        code: "CM211", name: "custom-key-prefix", group: Strict,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    for place in places(cx.root, SpecFamily::V2) {
        let what = match place.place {
            Place::Prereqs => "phase",
            Place::Phase => "prerequisite relationship",
            _ => continue,
        };
        for entry in place.object.iter() {
            let key = entry.key.as_str();
            if known_keys(SpecFamily::V2, place.place).contains(&key)
                || is_custom_key(key)
                || !key.to_ascii_lowercase().contains("x_")
                || did_you_mean(SpecFamily::V2, place.place, key).is_some()
            {
                continue; // the Validator reports keys without `x_`; CM209 reports misspellings
            }
            out.push(
                Diagnostic::new(
                    &CUSTOM_KEY_PREFIX,
                    format!(
                        "`{key}` {} is not a {what} the spec defines, and custom keys must begin \
                         with `x_`",
                        where_(&place)
                    ),
                    Location::new(place.member(key), Some(entry.key_span)),
                )
                .with_help(format!("rename it to `x_{}`", key.trim_start_matches('_')))
                .with_spec("CPAN::Meta::Spec 2, \"STRUCTURE\""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_with_x_inside_but_not_in_front_are_reported() {
        let doc = json!({"prereqs": {
            "linux_x_deps": {"requires": {"A": "0"}},
            "runtime": {"box_requires": {"B": "0"}, "x_ok": {"C": "0"}, "requires": {}},
            "x_develop_extra": {},
        }});
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            ["/prereqs/linux_x_deps", "/prereqs/runtime/box_requires"]
        );
    }

    #[test]
    fn keys_the_validator_rejects_itself_are_left_to_it() {
        let doc = json!({"prereqs": {"install": {"requires": {}}}});
        assert!(run(check, "2", &doc).is_empty());
    }
}
