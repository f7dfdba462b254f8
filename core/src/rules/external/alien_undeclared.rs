use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports an `Alien::*` prerequisite (Alien::OpenSSL, Alien::libxml2, ...) when
    /// `x_external_prereqs` declares nothing it could stand for. Alien::Build's own modules
    /// (Alien::Build, Alien::Base) are not libraries and are left alone.
    ///
    /// ## Why it matters
    /// An Alien module finds or builds a non-Perl library: the distribution depends on that
    /// library, and a packager or an SBOM should see it without knowing what each Alien module
    /// wraps.
    ///
    /// ## Example
    /// ```json
    /// { "prereqs": { "runtime": { "requires": { "Alien::OpenSSL": "0" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Declare the library: `"x_external_prereqs": { "runtime": { "requires": {
    /// "pkg:generic/openssl": 0 } } }` (the help names the key).
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Alien modules".
    pub static ALIEN_UNDECLARED = { code: "CM709", name: "alien-without-external-declaration", group: External, severity: Info, modes: StrictOnly }
}

pub(super) fn diagnostic(module: &str, key: &str, pointer: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        &ALIEN_UNDECLARED,
        format!("`{module}` stands for a non-Perl library that `x_external_prereqs` does not declare"),
        Location::new(pointer, Some(span)),
    )
    .with_help(format!("declare the library: `\"x_external_prereqs\": {{ \"runtime\": {{ \"requires\": {{ \"{key}\": 0 }} }} }}`"))
}
