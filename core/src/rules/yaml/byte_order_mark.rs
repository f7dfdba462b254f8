//! CM023: a UTF-8 byte order mark.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a META.yml that starts with a UTF-8 byte order mark (`EF BB BF`).
    ///
    /// ## Why is this bad?
    /// CPAN::Meta::YAML strips it, but `Parse::CPAN::Meta->load_string` decides between YAML and
    /// JSON by looking for `---` at the very start, and older YAML::Tiny-based readers and
    /// shell tools (`head -1 META.yml`) see the mark as part of the first line.
    ///
    /// ## Example
    /// A file saved by an editor with "UTF-8 with BOM": `\xEF\xBB\xBF---` on the first line.
    ///
    /// ## How to fix
    /// Save the file as UTF-8 without a BOM (the fix removes the three bytes).
    ///
    /// The fix is *safe*: removing the BOM changes no value CPAN::Meta::YAML reads.
    ///
    /// ## Reference
    /// CPAN::Meta::YAML 0.018, `_load_string` (`s/^\x{FEFF}//`); CPAN::Meta::Spec,
    /// "Serialization" (UTF-8).
    pub static YAML_BYTE_ORDER_MARK = {
        code: "CM023", name: "yaml-byte-order-mark", group: Yaml,
        severity: Warning, modes: Both, fix: Safe,
    }
}

pub(crate) fn diagnostic() -> Diagnostic {
    let span = Span::new(0, 3);
    Diagnostic::new(
        &YAML_BYTE_ORDER_MARK,
        "the file starts with a UTF-8 byte order mark",
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
