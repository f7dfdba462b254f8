use crate::diagnostic::{Diagnostic, Location};
use crate::purl::cpan;
use crate::source::Object;

crate::declare_rule! {
    /// ## What it does
    /// Reports a META `name` that cannot be the name of a cpan purl: a module name
    /// (`Foo::Bar`) or characters outside those of CPAN archive names (letters, digits, `-`, `_`,
    /// `.`, `+`).
    ///
    /// ## Why is this bad?
    /// SBOM generators derive the distribution's purl, `pkg:cpan/<name>@<version>`, from `name`.
    /// A module name there yields a purl the current cpan type forbids, and other characters a
    /// name that matches no CPAN archive.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo::Bar", "version": "1.0" }
    /// ```
    ///
    /// ## How to fix
    /// Use the distribution name, with `-` between the parts: `"name": "Foo-Bar"`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "name": "the name of the distribution ... replacing '::' with '-'";
    /// purl-spec `types/cpan-definition.json`.
    pub static DIST_NAME_NOT_PURL_SAFE = { code: "CM608", name: "dist-name-not-purl-safe", group: Purl, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(map: &Object, out: &mut Vec<Diagnostic>) {
    let Some(entry) = map.entry("name") else {
        return;
    };
    let Some(name) = entry.value.value.as_str() else {
        return;
    };
    if cpan::is_distribution_name(name) {
        return;
    }
    let fix = cpan::guess_distribution(name);
    let d = Diagnostic::new(
        &DIST_NAME_NOT_PURL_SAFE,
        format!("`{name}` cannot be a cpan purl name, so no purl can identify this distribution"),
        Location::new("/name", Some(entry.value.span)),
    );
    out.push(if cpan::is_distribution_name(&fix) {
        d.with_help(format!("use the distribution name `{fix}`"))
    } else {
        d
    });
}
