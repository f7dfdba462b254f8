use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a key that appears more than once in the same JSON object.
    ///
    /// ## Why is this bad?
    /// JSON::PP stores each member into a Perl hash as it reads it, so the *last* value silently
    /// wins; other JSON parsers keep the first, or refuse the document. Whichever value the author
    /// meant, some tool sees the other.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo-Bar", "version": "1.0", "version": "1.1" }
    /// ```
    /// Perl reads version `1.1`.
    ///
    /// ## How to fix
    /// Delete all but the intended occurrence.
    ///
    /// ## Reference
    /// RFC 8259 section 4 ("The names within an object SHOULD be unique").
    pub static RULE = { code: "CM002", name: "json-duplicate-key", group: Json, severity: Warning, modes: Both }
}

pub(crate) fn diagnostic(pointer: &str, key: &str, span: Span, first: Span) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("duplicate key `{key}`: Perl keeps the last value"),
        Location::new(pointer, Some(span)),
    )
    .with_related("first defined here", Location::new(pointer, Some(first)))
    .with_help("remove the occurrences you do not mean")
}
