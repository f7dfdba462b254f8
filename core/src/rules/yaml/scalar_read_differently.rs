//! CM027: a plain scalar other YAML loaders read as something else.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports unquoted values that CPAN::Meta::YAML reads as the string written but that YAML
    /// 1.1/1.2 loaders (PyYAML, js-yaml, Go, Rust, Ruby …) read as something else, where it
    /// changes the meaning for CPAN tooling:
    ///
    /// * a version or prerequisite version that is a number in YAML and loses its text:
    ///   `1.10` becomes the float `1.1`, `1.0` becomes `1`, `010` becomes 10 (or 8 in YAML 1.1);
    /// * a flow collection that CPAN::Meta::YAML does not support: `[perl]` is the *string*
    ///   `[perl]` for Perl but a list for everyone else.
    ///
    /// ## Why is this bad?
    /// Perl tools see `1.10`; security scanners, SBOM generators, dependency bots and mirrors
    /// written in other languages see `1.1`, a different version, and `[perl]` a list where Perl
    /// has a string that is not a valid license.
    ///
    /// ## Example
    /// ```yaml
    /// version: 1.10
    /// requires:
    ///   Moo: 2.000
    /// license: [perl]
    /// ```
    ///
    /// ## How to fix
    /// Quote versions (`version: '1.10'`; Perl reads the same string, the fix does this), and
    /// write lists in block style (`license:` then `  - perl`).
    ///
    /// The fix quotes the scalar. It is *safe*: CPAN::Meta::YAML reads the same string either way,
    /// and the quotes make other YAML readers agree with it.
    ///
    /// ## Reference
    /// YAML 1.2.2, 10.3.2 (core schema tags); CPAN::Meta::YAML 0.018, `_load_scalar`.
    pub static YAML_SCALAR_READ_DIFFERENTLY = {
        code: "CM027", name: "yaml-scalar-read-differently", group: Yaml,
        severity: Info, modes: Both, fix: Safe,
    }
}

/// A version that is a YAML number whose canonical form is `number`.
pub(crate) fn number(pointer: &str, span: Span, text: &str, number: &str) -> Diagnostic {
    Diagnostic::new(
        &YAML_SCALAR_READ_DIFFERENTLY,
        format!(
            "`{text}` is the string \"{text}\" for CPAN::Meta::YAML, but other YAML loaders read \
             the number {number}"
        ),
        Location::new(pointer, Some(span)),
    )
    .with_help("quote the version so that every tool reads the same text")
    .with_fix(Fix {
        title: format!("quote `{text}`"),
        applicability: Applicability::Safe,
        edits: vec![Edit {
            span,
            content: format!("'{text}'"),
        }],
    })
}

/// A plain scalar that looks like a non-empty flow collection.
pub(crate) fn flow(pointer: &str, span: Span, text: &str) -> Diagnostic {
    let kind = if text.starts_with('[') { "list" } else { "map" };
    Diagnostic::new(
        &YAML_SCALAR_READ_DIFFERENTLY,
        format!(
            "`{text}` is a plain string for CPAN::Meta::YAML (it reads only empty flow \
             collections), but a {kind} for other YAML loaders"
        ),
        Location::new(pointer, Some(span)),
    )
    .with_help(format!(
        "write the {kind} in block style, one item per line"
    ))
}
