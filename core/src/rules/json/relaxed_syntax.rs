use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports syntax that only lenient ("relaxed") JSON parsers accept: a comma before a closing
    /// `]` or `}`, `#`, `//` or `/* */` comments, and literal tab characters inside strings.
    ///
    /// ## Why is this bad?
    /// Parse::CPAN::Meta calls `JSON::PP::decode_json`, which does **not** enable `relaxed`, so
    /// Perl dies on all of these (for a trailing comma in an object: `unexpected end of string
    /// while parsing JSON string`), and so do JSON::XS, Cpanel::JSON::XS and every RFC 8259
    /// parser. Only editors and JSON5-style tools accept them.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo-Bar", "version": "1.0", }
    /// ```
    ///
    /// ## How to fix
    /// Remove the trailing comma or the comment; write a tab in a string as `\t`.
    ///
    /// The fix (removing a trailing comma, escaping a tab; comments get none) is *safe*: the values
    /// stay those a relaxed reader already saw, and strict readers can now read them.
    ///
    /// ## Reference
    /// JSON::PP, `relaxed`; RFC 8259.
    pub static RULE = { code: "CM008", name: "json-relaxed-syntax", group: Json, severity: Error, modes: Both, fix: Safe }
}

pub(crate) fn trailing_comma(span: Span) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        "trailing comma: JSON::PP (without `relaxed`) and strict JSON parsers reject it",
        Location::new("", Some(span)),
    )
    .with_fix(Fix {
        title: "remove the trailing comma".into(),
        applicability: Applicability::Safe,
        edits: vec![Edit {
            span,
            content: String::new(),
        }],
    })
}

pub(crate) fn comment(span: Span) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        "comment: JSON has no comments; JSON::PP (without `relaxed`) rejects it",
        Location::new("", Some(span)),
    )
    .with_help("remove the comment, or move the note into an `x_` field")
}

pub(crate) fn tab(span: Span) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        "literal tab in a string: JSON requires `\\t`, and JSON::PP rejects it",
        Location::new("", Some(span)),
    )
    .with_fix(Fix {
        title: "escape the tab".into(),
        applicability: Applicability::Safe,
        edits: vec![Edit {
            span,
            content: "\\t".into(),
        }],
    })
}
