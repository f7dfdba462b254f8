use super::{family, Context};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::spec_keys::SpecFamily;

crate::declare_rule! {
    /// ## What it does
    /// Flags a spec 2 document whose `version` carries a `TRIAL` marker (`1.02-TRIAL`) while its
    /// `release_status` says `stable`.
    ///
    /// ## Why is this bad?
    /// A TRIAL marker says "this is not a final release", `stable` says it is one that "should be
    /// indexed by PAUSE". Indexers and CPAN clients follow `release_status`, so the trial release
    /// would be installed over the last real one. CPAN::Meta::Validator checks only the underscore
    /// form of a development version against `release_status`; the marker passes unnoticed (and
    /// the version itself is not valid, see CM200).
    ///
    /// ## Example
    /// ```json
    /// { "version": "1.02-TRIAL", "release_status": "stable" }
    /// ```
    ///
    /// ## How to fix
    /// Use a plain version and say `"release_status": "testing"` (or `"unstable"`); your release
    /// tool adds `-TRIAL` to the archive name, not to the version.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "release_status": `stable` "indicates an ordinary, final release that
    /// should be indexed by PAUSE"; `testing` and `unstable` are for releases that "should not be
    /// installed over a stable release".
    pub static TRIAL_VERSION_STABLE = {
        code: "CM207", name: "trial-version-marked-stable", group: Strict,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    let (Some(version), Some(status)) = (cx.map.get("version"), cx.map.get("release_status"))
    else {
        return;
    };
    let (Some(v), Some("stable")) = (version.value.perl_str(), status.value.as_str()) else {
        return;
    };
    if !v.to_ascii_uppercase().contains("TRIAL") {
        return;
    }
    out.push(
        Diagnostic::new(
            &TRIAL_VERSION_STABLE,
            format!("version `{v}` is marked TRIAL but `release_status` is `stable`"),
            Location::new("/release_status", Some(status.span)),
        )
        .with_related("the version", Location::new("/version", Some(version.span)))
        .with_help(
            "set `release_status` to `testing` or `unstable`, and drop the marker from the version",
        )
        .with_spec("CPAN::Meta::Spec 2, \"release_status\""),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn a_trial_version_released_as_stable_is_reported() {
        let doc = json!({"version": "1.02-TRIAL", "release_status": "stable"});
        assert_eq!(pointers(&run(check, "2", &doc)), ["/release_status"]);
    }

    #[test]
    fn a_trial_version_released_as_testing_passes() {
        let doc = json!({"version": "1.02-TRIAL", "release_status": "testing"});
        assert!(run(check, "2", &doc).is_empty());
        let doc = json!({"version": "1.02", "release_status": "stable"});
        assert!(run(check, "2", &doc).is_empty());
    }
}
