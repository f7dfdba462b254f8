//! `CM122` document-not-a-map: the file parses, but not into a map.

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Node;

crate::declare_rule! {
    /// ## What it does
    /// Flags a META file whose content is valid JSON or YAML but not a map (hash) at the top: a
    /// list, a plain string, a number.
    ///
    /// ## Why it matters
    /// `Parse::CPAN::Meta->load_file` refuses such a file, so no tool can read any metadata from
    /// it, and nothing else can be checked.
    ///
    /// ## Example
    /// ```json
    /// ["Foo-Bar", "1.0"]
    /// ```
    /// Parse::CPAN::Meta: `parse result is not a hash (ref: 'ARRAY')`
    ///
    /// ## How to fix
    /// Write the metadata as one map: `{ "name": "Foo-Bar", "version": "1.0", ... }`.
    ///
    /// ## Reference
    /// Parse::CPAN::Meta, `load_file`; CPAN::Meta::Spec, "STRUCTURE".
    pub static RULE = {
        code: "CM122", name: "document-not-a-map", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic for a document whose root is not a map; `message` is Parse::CPAN::Meta's.
///
/// It carries no `compat_message`: this is a parse failure, not a Validator message (the
/// Validator never runs on such a file).
pub(crate) fn not_a_map(root: &Node, message: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!(
            "the document is a {} where a map of metadata fields belongs",
            root.value.kind()
        ),
        Location::new("", Some(root.span)),
    )
    .with_help(format!(
        "write the metadata as one map of fields; Parse::CPAN::Meta says: {message}"
    ))
}
