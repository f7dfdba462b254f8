use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports arrays and objects nested more than 512 levels deep.
    ///
    /// ## Why is this bad?
    /// JSON::PP's default `max_depth` is 512; deeper text makes it die with `json text or perl
    /// structure exceeds maximum nesting level (max_depth set too low?)`. No real metadata nests
    /// this deep: such a file is broken or hostile.
    ///
    /// ## Example
    /// `{"x_data": [[[[[[ ... 513 levels ... ]]]]]]}`
    ///
    /// ## How to fix
    /// Flatten the structure.
    pub static RULE = { code: "CM007", name: "json-nesting-too-deep", group: Json, severity: Error, modes: Both }
}

pub(crate) fn diagnostic(offset: usize, compat: Option<String>) -> Diagnostic {
    let d = Diagnostic::new(
        &RULE,
        "arrays and objects nest more than 512 levels deep, JSON::PP's limit",
        Location::new("", Some(Span::new(offset, offset + 1))),
    );
    match compat {
        Some(c) => d.with_compat_message(c),
        None => d,
    }
}
