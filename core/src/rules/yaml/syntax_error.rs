//! CM020: CPAN::Meta::YAML cannot read the file.

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a META.yml that CPAN::Meta::YAML 0.018 refuses, with the exact message
    /// `Parse::CPAN::Meta->load_file` dies with, located at the line it stopped on.
    ///
    /// ## Why is this bad?
    /// CPAN clients (cpan, cpanm, CPAN.pm's toolchain), PAUSE and CPANTS read META.yml with
    /// CPAN::Meta::YAML, a small subset of YAML. A file it cannot read has no metadata at all for
    /// them: prerequisites are not installed and the release is not indexed as intended. Other
    /// YAML tools reading the same file (and finding it invalid too) give no second chance.
    ///
    /// ## Example
    /// ```yaml
    /// ---
    /// name: Foo-Bar
    /// abstract: Frobnicate: the easy way
    /// ```
    /// dies with `CPAN::Meta::YAML found illegal characters in plain scalar: 'Frobnicate: the
    /// easy way'`.
    ///
    /// ## How to fix
    /// Quote the value (`abstract: 'Frobnicate: the easy way'`), fix the indentation, or better,
    /// let your build tool write META.yml (and ship META.json, which CPAN tools prefer).
    ///
    /// ## Reference
    /// CPAN::Meta::YAML 0.018, `_load_string`, `_load_scalar`, `_load_array`, `_load_hash`;
    /// CPAN::Meta::Spec, "Serialization".
    pub static YAML_SYNTAX_ERROR = {
        code: "CM020", name: "yaml-syntax-error", group: Yaml,
        severity: Error, modes: Both,
    }
}

/// Perl's message (`perl_error`) at the offending text; `detail` is the second opinion, if any.
pub(crate) fn diagnostic(perl: &str, span: Span, detail: Option<&str>) -> Diagnostic {
    let mut message = format!("CPAN::Meta::YAML cannot read this file: {perl}");
    if let Some(detail) = detail {
        message = format!("{message} (not valid YAML either: {detail})");
    }
    Diagnostic::new(&YAML_SYNTAX_ERROR, message, Location::new("", Some(span)))
        .with_compat_message(perl)
        .with_help(
            "CPAN::Meta::YAML reads a small subset of YAML: one `key: value` per line, \
             block lists and maps, quoted or plain scalars, `|`/`>` blocks; quote values \
             that contain `: ` or start with `-`, `@`, `%`, `` ` ``, `!`, `&`",
        )
}
