//! CM024: bytes that are not UTF-8.

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports bytes that are not strict UTF-8 (typically Latin-1 `é` written as the single byte
    /// `E9`). Parse::CPAN::Meta decodes them with Encode's PERLQQ fallback, so Perl reads the four
    /// characters `\xE9` instead of `é`.
    ///
    /// ## Why is this bad?
    /// The author's name or the abstract comes out garbled (`Ren\xE9`) on every site and tool
    /// that shows it, and strict YAML and JSON tools reject the file outright.
    ///
    /// ## Example
    /// `author: [ 'Ren\xE9 Dupont' ]` where `\xE9` is one raw byte.
    ///
    /// ## How to fix
    /// Re-encode the file as UTF-8 (`iconv -f latin1 -t utf-8`), or have your build tool write
    /// it from UTF-8 sources.
    ///
    /// ## Reference
    /// Parse::CPAN::Meta 2.150010, `_slurp`; CPAN::Meta::Spec, "Serialization" (UTF-8).
    pub static YAML_INVALID_UTF8 = {
        code: "CM024", name: "yaml-invalid-utf8", group: Yaml,
        severity: Warning, modes: Both,
    }
}

pub(crate) fn diagnostic(first: Span, count: usize, byte: u8) -> Diagnostic {
    let more = if count > 1 {
        format!(" ({count} such bytes in the file)")
    } else {
        String::new()
    };
    Diagnostic::new(
        &YAML_INVALID_UTF8,
        format!(
            "byte 0x{byte:02X} is not valid UTF-8; Perl reads it as the text `\\x{byte:02X}`{more}"
        ),
        Location::new("", Some(first)),
    )
    .with_help("re-encode the file as UTF-8")
}
