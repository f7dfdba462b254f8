//! CM026: several YAML documents in one file.

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a META.yml that holds more than one YAML document. Parse::CPAN::Meta keeps only
    /// the last one and silently drops the others.
    ///
    /// ## Why is this bad?
    /// Everything in the earlier documents is ignored by CPAN tools; other YAML loaders often
    /// keep the *first* document or refuse a multi-document stream, so tools disagree about the
    /// metadata. CPAN::Meta::YAML also starts a new document when a line is indented less than
    /// the first key of the document, which makes an indentation slip drop metadata silently.
    ///
    /// ## Example
    /// ```yaml
    /// ---
    /// name: Foo-Bar
    /// ---
    /// version: 1.0
    /// ```
    /// Perl sees only `version`.
    ///
    /// ## How to fix
    /// Keep one document: remove the extra `---` lines and align the top-level keys.
    ///
    /// ## Reference
    /// CPAN::Meta::YAML 0.018, `Load` (returns the last document); Parse::CPAN::Meta 2.150010,
    /// `load_yaml_string`.
    pub static YAML_MULTIPLE_DOCUMENTS = {
        code: "CM026", name: "yaml-multiple-documents", group: Yaml,
        severity: Warning, modes: Both,
    }
}

pub(crate) fn diagnostic(count: usize, winner: Span, others: &[Span]) -> Diagnostic {
    let mut d = Diagnostic::new(
        &YAML_MULTIPLE_DOCUMENTS,
        format!("the file holds {count} YAML documents; CPAN tools read only this last one"),
        Location::new("", Some(winner)),
    )
    .with_help("keep a single document");
    for &span in others {
        d = d.with_related("ignored document", Location::new("", Some(span)));
    }
    d
}
