use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Notes that META.json uses CRLF (Windows) line endings.
    ///
    /// ## Why it matters
    /// JSON treats CR as whitespace, so Perl reads the file the same way; but CRLF files are a
    /// sign the file was edited by hand on another platform, they make diffs of generated
    /// metadata noisy, and line-oriented tools (grep, patch) see a stray `\r` on every line.
    ///
    /// ## Example
    /// `{\r\n  "name": "Foo-Bar",\r\n ...`
    ///
    /// ## How to fix
    /// Regenerate the file with your build tool, or convert it with `dos2unix META.json`.
    pub static RULE = { code: "CM004", name: "json-crlf-line-endings", group: Json, severity: Info, modes: Both }
}

pub(crate) fn diagnostic(first: usize, count: usize) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("META.json uses CRLF line endings ({count} of them); Perl reads it the same"),
        Location::new("", Some(Span::new(first, first + 2))),
    )
    .with_help("use LF line endings")
}
