use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a UTF-8 byte order mark (`EF BB BF`) at the start of META.json.
    ///
    /// ## Why is this bad?
    /// Parse::CPAN::Meta decodes the file and hands the text to JSON::PP, which does not skip a
    /// BOM: it dies with `malformed JSON string, neither array, object, number, string or atom, at
    /// character offset 0 (before "\x{ef}\x{bb}\x{bf}{...")`, so no CPAN client can read the file.
    /// RFC 8259 forbids generating a BOM.
    ///
    /// ## Example
    /// A file saved by an editor as "UTF-8 with BOM".
    ///
    /// ## How to fix
    /// Save the file as UTF-8 without a BOM (the fix deletes the three bytes).
    ///
    /// The fix is *safe*: JSON::PP rejects the file because of the BOM, and removing it changes no
    /// value.
    ///
    /// ## Reference
    /// RFC 8259 section 8.1.
    pub static RULE = { code: "CM003", name: "json-utf8-bom", group: Json, severity: Error, modes: Both, fix: Safe }
}

pub(crate) fn diagnostic() -> Diagnostic {
    let span = Span::new(0, 3);
    Diagnostic::new(
        &RULE,
        "META.json starts with a UTF-8 byte order mark, which JSON::PP rejects",
        Location::new("", Some(span)),
    )
    .with_help("save the file as UTF-8 without a BOM")
    .with_fix(Fix {
        title: "remove the byte order mark".into(),
        applicability: Applicability::Safe,
        edits: vec![Edit {
            span,
            content: String::new(),
        }],
    })
}
