//! CM021: valid YAML that CPAN::Meta::YAML cannot read.

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a META.yml that is valid YAML 1.2 (a full YAML parser reads it) but that
    /// CPAN::Meta::YAML 0.018 refuses: anchors and aliases, tags, `?` keys, flow collections
    /// spanning lines, JSON written into a `.yml` file, and the like.
    ///
    /// ## Why is this bad?
    /// Your editor, your CI's YAML linter and most languages' YAML libraries accept the file, so
    /// nothing warns you — but the Perl toolchain reads META.yml with CPAN::Meta::YAML, and for it
    /// the file is unreadable: CPAN clients see no prerequisites and PAUSE/CPANTS no metadata.
    ///
    /// ## Example
    /// ```yaml
    /// ---
    /// name: Foo-Bar
    /// version: &v 1.02
    /// provides:
    ///   Foo::Bar:
    ///     version: *v
    /// ```
    /// dies with `CPAN::Meta::YAML does not support a feature in line '&v 1.02'`.
    ///
    /// ## How to fix
    /// Write the subset CPAN::Meta::YAML reads: repeat values instead of using anchors, drop
    /// tags, use block style for non-empty lists and maps. Generating META.yml with
    /// CPAN::Meta (`$meta->save('META.yml', { version => 1.4 })`) always produces it.
    ///
    /// ## Reference
    /// CPAN::Meta::YAML 0.018, "Limitations" and `_load_scalar`; YAML 1.2.2.
    pub static YAML_VALID_BUT_UNREADABLE = {
        code: "CM021", name: "yaml-valid-but-unreadable", group: Yaml,
        severity: Error, modes: Both,
    }
}

/// Raised only with the `yaml-second-opinion` feature, which can tell that the file is valid YAML.
#[cfg_attr(not(feature = "yaml-second-opinion"), allow(dead_code))]
pub(crate) fn diagnostic(perl: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        &YAML_VALID_BUT_UNREADABLE,
        format!("valid YAML, but CPAN::Meta::YAML (which CPAN clients use) cannot read it: {perl}"),
        Location::new("", Some(span)),
    )
    .with_compat_message(perl)
    .with_help(
        "other YAML tools accept this file, the Perl toolchain does not: avoid anchors, \
         aliases, tags, `?` keys and non-empty flow collections in META.yml",
    )
}
