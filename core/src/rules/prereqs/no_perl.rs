//! CM412: no minimum perl declared (CPANTS `meta_yml_declares_perl_version`).

use crate::diagnostic::{Diagnostic, Location};
use crate::rules::Context;
use crate::version::prereq_maps;

crate::declare_rule! {
    /// ## What it does
    /// Reports, as information, a distribution whose runtime requirements do not name `perl`.
    /// This is the CPANTS kwalitee indicator `meta_yml_declares_perl_version`.
    ///
    /// ## Why it matters
    /// Without a declared minimum perl, installers on old perls try to build the distribution
    /// and fail in the middle of the tests instead of saying up front that the perl is too old;
    /// CPAN Testers reports pile up as failures instead of NA.
    ///
    /// ## Example
    /// ```json
    /// "prereqs": { "runtime": { "requires": { "Moo": "2" } } }
    /// ```
    ///
    /// ## How to fix
    /// Add the oldest perl the code runs on: `"perl": "5.010"` under runtime requires
    /// (`requires: { perl: 5.010 }` in a 1.x META.yml).
    ///
    /// ## Reference
    /// CPANTS kwalitee `meta_yml_declares_perl_version`.
    pub static NO_MINIMUM_PERL = {
        code: "CM412", name: "no-minimum-perl", group: Prereqs,
        severity: Info, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let maps = prereq_maps(cx.map);
    let declared = maps.iter().any(|m| {
        m.feature.is_none()
            && m.phase == "runtime"
            && m.relationship == "requires"
            && m.node
                .value
                .as_object()
                .and_then(|o| o.get("perl"))
                .is_some_and(|v| {
                    v.value
                        .perl_str()
                        .is_some_and(|s| !s.is_empty() && s != "0")
                })
    });
    if declared {
        return;
    }
    let runtime = maps
        .iter()
        .find(|m| m.feature.is_none() && m.phase == "runtime" && m.relationship == "requires");
    let location = match runtime {
        Some(m) => Location::new(m.pointer.clone(), Some(m.node.span)),
        None => Location::new("", Some(cx.root.span)),
    };
    out.push(
        Diagnostic::new(
            &NO_MINIMUM_PERL,
            "the distribution does not declare the minimum perl it needs",
            location,
        )
        .with_help("add `perl` to the runtime requirements, e.g. `\"perl\": \"5.010\"`"),
    );
}
