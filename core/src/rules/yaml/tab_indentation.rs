//! CM025: indentation with tabs (or other non-space whitespace).

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports lines indented with a tab or another whitespace character that is not a space.
    /// CPAN::Meta::YAML counts every whitespace character as one column, so a tab indents as
    /// much as one space.
    ///
    /// ## Why is this bad?
    /// YAML forbids tabs in indentation, so every other YAML tool rejects the file; and what
    /// looks aligned in an editor with 8-column tabs has a different structure for Perl, or fails
    /// with "bad indenting" when tabs and spaces are mixed.
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    /// 	Foo: 1
    /// ```
    /// (the second line starts with a tab).
    ///
    /// ## How to fix
    /// Indent with spaces only.
    ///
    /// ## Reference
    /// CPAN::Meta::YAML 0.018, `_load_hash` (`length` of `/^(\s*)/`); YAML 1.2.2, 6.1.
    pub static YAML_TAB_INDENTATION = {
        code: "CM025", name: "yaml-tab-indentation", group: Yaml,
        severity: Warning, modes: Both,
    }
}

pub(crate) fn diagnostic(pointer: &str, first: Span, lines: usize) -> Diagnostic {
    let more = if lines > 1 {
        format!(" (and {} more lines)", lines - 1)
    } else {
        String::new()
    };
    Diagnostic::new(
        &YAML_TAB_INDENTATION,
        format!("indentation contains a tab or other non-space whitespace{more}"),
        Location::new(pointer, Some(first)),
    )
    .with_help(
        "indent with spaces; CPAN::Meta::YAML counts a tab as one column and YAML forbids it",
    )
}
