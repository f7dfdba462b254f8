use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports bytes of META.json that Perl's strict UTF-8 decoder rejects: bytes that are not
    /// UTF-8 at all (Latin-1 text, truncated or overlong sequences, encoded surrogates, code
    /// points above U+10FFFF) and Unicode noncharacters such as U+FFFF and U+FDD0.
    ///
    /// ## Why is this bad?
    /// Parse::CPAN::Meta decodes the file with `Encode::decode('UTF-8', ..., PERLQQ)`, which
    /// replaces each rejected byte by the four characters `\xHH`. Inside a JSON string JSON::PP
    /// then meets `\x`, an illegal escape, and dies (`illegal backslash escape sequence in
    /// string`); outside a string the text is not JSON. Either way no CPAN client reads the file.
    /// The spec requires META.json to be UTF-8.
    ///
    /// ## Example
    /// `"author": ["J\xFCrgen M\xFCller"]` saved as Latin-1.
    ///
    /// ## How to fix
    /// Re-encode the file as UTF-8 (`iconv -f latin1 -t utf-8`), or write non-ASCII characters
    /// as `\u00fc` escapes.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Serialization": META.json must be UTF-8.
    pub static RULE = { code: "CM005", name: "json-invalid-utf8", group: Json, severity: Error, modes: Both }
}

pub(crate) fn malformed(span: Span) -> Diagnostic {
    let bytes = span.len();
    Diagnostic::new(
        &RULE,
        format!(
            "{bytes} byte{} not valid UTF-8: Perl turns each into the text `\\xHH`, which JSON::PP \
             rejects",
            if bytes == 1 { " is" } else { "s are" }
        ),
        Location::new("", Some(span)),
    )
    .with_help("save the file as UTF-8")
}

pub(crate) fn nonchar(span: Span, c: char) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!(
            "U+{:04X} is a Unicode noncharacter, which Perl's strict UTF-8 decoder rejects (it \
             becomes `\\xHH` text that JSON::PP refuses)",
            u32::from(c)
        ),
        Location::new("", Some(span)),
    )
    .with_help("remove the noncharacter")
}
