use super::{v2_features, Context};
use crate::diagnostic::{Diagnostic, Location};
use crate::source::pointer_of;

crate::declare_rule! {
    /// ## What it does
    /// Flags a `configure` phase inside the `prereqs` of an optional feature.
    ///
    /// ## Why is this bad?
    /// Optional features are chosen while the distribution is being configured, so their
    /// prerequisites cannot be needed to run the configuration itself: a CPAN client has already
    /// run `Makefile.PL` / `Build.PL` when it learns which features the user wants. The spec
    /// forbids it; CPAN::Meta::Validator accepts any phase there.
    ///
    /// ## Example
    /// ```json
    /// { "optional_features": { "sqlite": { "description": "SQLite support",
    ///     "prereqs": { "configure": { "requires": { "DBD::SQLite": "1.25" } } } } } }
    /// ```
    ///
    /// ## How to fix
    /// Move the requirement to the top-level `prereqs/configure`, or to the phase of the feature
    /// that really needs it (usually `runtime`).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "optional_features": "the prereqs of an optional feature must not
    /// include configure phase prereqs."
    pub static OPTIONAL_FEATURE_CONFIGURE = {
        code: "CM204", name: "optional-feature-configure-prereqs", group: Strict,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (feature, map) in v2_features(cx) {
        let Some(prereqs) = map.get("prereqs").and_then(|p| p.value.as_object()) else {
            continue;
        };
        if let Some(configure) = prereqs.entry("configure") {
            out.push(
                Diagnostic::new(
                    &OPTIONAL_FEATURE_CONFIGURE,
                    format!(
                        "optional feature `{}` has configure-phase prereqs",
                        feature.key
                    ),
                    Location::new(
                        pointer_of(["optional_features", &feature.key, "prereqs", "configure"]),
                        Some(configure.key_span),
                    ),
                )
                .with_help(
                    "move them to the top-level `prereqs/configure`, or to the phase the feature \
                     needs them in",
                )
                .with_spec("CPAN::Meta::Spec 2, \"optional_features\""),
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
    fn a_configure_phase_in_a_feature_is_reported() {
        let doc = json!({"optional_features": {
            "a/b": {"description": "x", "prereqs": {"configure": {"requires": {"X": "0"}}}},
            "ok": {"description": "y", "prereqs": {"runtime": {"requires": {"Y": "0"}}}},
        }});
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            ["/optional_features/a~1b/prereqs/configure"]
        );
    }

    #[test]
    fn top_level_configure_prereqs_are_fine() {
        let doc = json!({"prereqs": {"configure": {"requires": {"X": "0"}}}});
        assert!(run(check, "2", &doc).is_empty());
    }
}
