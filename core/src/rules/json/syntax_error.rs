use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports META.json text that is not JSON as JSON::PP reads it, with the exact message
    /// `Parse::CPAN::Meta->load_file` dies with (JSON::PP 4.07, `decode_json`).
    ///
    /// ## Why is this bad?
    /// Every CPAN client reads META.json through Parse::CPAN::Meta (or a stricter parser). When
    /// it dies, the client falls back to META.yml or to running `Makefile.PL` blind: prerequisites,
    /// provides, resources and the license are lost, and indexers such as PAUSE and CPANTS mark
    /// the release as broken.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo-Bar", "version": "1.0" "abstract": "..." }
    /// ```
    /// JSON::PP: `, or } expected while parsing object/hash, at character offset 38 (before
    /// ""abstract": "..." }")`.
    ///
    /// ## How to fix
    /// Fix the syntax at the reported position; better, let your build tool write META.json
    /// (CPAN::Meta's `save`, Dist::Zilla, Minilla) instead of editing it by hand.
    ///
    /// ## Reference
    /// RFC 8259; JSON::PP `decode_json`; Parse::CPAN::Meta `load_json_string`.
    pub static RULE = { code: "CM001", name: "json-syntax-error", group: Json, severity: Error, modes: Both }
}

/// `message` is JSON::PP's error without its offset part; `compat` the full message, when this
/// is the error Perl dies with.
pub(crate) fn diagnostic(
    message: &str,
    offset: usize,
    len: usize,
    compat: Option<String>,
) -> Diagnostic {
    let end = offset + usize::from(offset < len);
    let d = Diagnostic::new(
        &RULE,
        format!("invalid JSON: {message}"),
        Location::new("", Some(Span::new(offset, end))),
    )
    .with_help("Parse::CPAN::Meta (JSON::PP) dies here, so CPAN clients cannot read this file");
    match compat {
        Some(c) => d.with_compat_message(c),
        None => d,
    }
}
