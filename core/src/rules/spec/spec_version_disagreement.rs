//! `CM123` spec-version-disagreement: the Validator and the Converter read different versions.

use crate::diagnostic::{Diagnostic, Location};
use crate::model::SpecChoice;
use crate::source::{Node, Object};

crate::declare_rule! {
    /// ## What it does
    /// Reports, as information, a document for which CPAN::Meta::Validator and
    /// CPAN::Meta::Converter assume different spec versions. The Validator takes
    /// `meta-spec.version` as written, or `1.0` without it; the Converter normalises the version
    /// (`2.0` is 2) and, when `meta-spec` is a map without a usable version, guesses from the
    /// fields (`prereqs` means 2, `configure_requires` 1.4, otherwise 1.2). Without any
    /// `meta-spec` map both assume 1.0.
    ///
    /// ## Why it matters
    /// `CPAN::Meta->load_file` and CPAN clients go through the Converter, CPANTS and
    /// `is_valid` through the Validator: the same file is then judged against one spec and read
    /// as another, and errors the Validator reports may not be what consumers see (or the
    /// reverse).
    ///
    /// ## Example
    /// ```yaml
    /// name: Foo-Bar
    /// version: 1.0
    /// meta-spec:
    ///   url: http://module-build.sourceforge.net/META-spec-v1.4.html
    /// ```
    /// The Validator validates this as spec 1.0, the Converter reads it as 1.2.
    ///
    /// ## How to fix
    /// Declare the version explicitly and exactly: `meta-spec: { version: 1.4, url: ... }` in
    /// META.yml, `"meta-spec": { "version": 2 }` in META.json.
    ///
    /// ## Reference
    /// CPAN::Meta::Validator `new` and CPAN::Meta::Converter `_extract_spec_version`, 2.150010.
    pub static RULE = {
        code: "CM123", name: "spec-version-disagreement", group: Spec, severity: Info, modes: Both
    }
}

/// The finding, when the two versions differ.
pub(super) fn check(root: &Node, map: &Object, choice: &SpecChoice) -> Option<Diagnostic> {
    if choice.validator == choice.converter {
        return None;
    }
    let name = |v: Option<crate::model::SpecVersion>| v.map_or("none", |v| v.as_str());
    let (pointer, span) = match map.entry("meta-spec") {
        Some(entry) => match entry.value.value.as_object().and_then(|m| m.get("version")) {
            Some(version) => ("/meta-spec/version", version.span),
            None => ("/meta-spec", entry.value.span),
        },
        None => ("", root.span),
    };
    let message = format!(
        "the Validator checks this file as spec {} (declared `{}`), the Converter reads it as spec {}",
        name(choice.validator),
        choice.declared,
        name(choice.converter),
    );
    Some(
        Diagnostic::new(&RULE, message, Location::new(pointer, Some(span))).with_help(
            "declare `meta-spec.version` exactly (`2` for META.json, `1.4` for a 1.x META.yml)",
        ),
    )
}
