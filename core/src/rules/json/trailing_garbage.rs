use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports text after the complete top-level JSON value.
    ///
    /// ## Why is this bad?
    /// JSON::PP dies with `garbage after JSON object`, so Parse::CPAN::Meta and every CPAN client
    /// fail to read the file, even though the metadata itself is complete.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo-Bar" }
    /// }
    /// ```
    ///
    /// ## How to fix
    /// Delete everything after the closing `}` of the top-level object.
    pub static RULE = { code: "CM006", name: "json-trailing-garbage", group: Json, severity: Error, modes: Both }
}

pub(crate) fn diagnostic(span: Span) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        "text after the end of the top-level JSON value; JSON::PP rejects it",
        Location::new("", Some(span)),
    )
    .with_help("delete everything after the closing `}`")
}
