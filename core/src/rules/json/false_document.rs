use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a META.json whose whole content is a false JSON value: `null`, `false`, `0`, `""`
    /// or `"0"`.
    ///
    /// ## Why is this bad?
    /// Parse::CPAN::Meta returns `$data || {}`, so Perl silently reads such a file as an empty
    /// hash, and then reports every mandatory field as missing rather than the real problem: the
    /// file holds no metadata at all.
    ///
    /// ## Example
    /// ```json
    /// null
    /// ```
    ///
    /// ## How to fix
    /// Regenerate META.json with your build tool; it must hold one JSON object.
    pub static RULE = { code: "CM009", name: "json-false-document", group: Json, severity: Warning, modes: Both }
}

pub(crate) fn diagnostic(span: Span, text: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("the document is `{text}`, which Parse::CPAN::Meta reads as an empty hash"),
        Location::new("", Some(span)),
    )
    .with_help("META.json must hold one JSON object")
}
