use super::{Diagnostic, Location, Span};
use crate::external::capabilities;

crate::declare_rule! {
    /// ## What it does
    /// Reports a virtual capability (`dep:virtual/<kind>/<name>`) that is not in the list of
    /// known capabilities: kinds `compiler`, `interface`, `tool` and `service`, each with its
    /// names (docs/external-dependencies.md lists them).
    ///
    /// ## Why it matters
    /// A capability means something only if the tools that resolve it know it: `compiler/c`
    /// maps to gcc, clang or MSVC; `compiler/C` or `tool/pkgconfig` maps to nothing.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "build": { "requires": { "dep:virtual/tool/pkgconfig": 0 } } } }
    /// ```
    ///
    /// ## How to fix
    /// Use a known capability (`dep:virtual/tool/pkg-config`), or name a concrete package with
    /// a purl (`pkg:generic/pkgconf`).
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Virtual capabilities".
    pub static UNKNOWN_CAPABILITY = { code: "CM706", name: "unknown-virtual-capability", group: External, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(kind: &str, name: &str, pointer: &str, span: Span) -> Option<Diagnostic> {
    if capabilities::is_known(kind, name) {
        return None;
    }
    let message = match capabilities::names(kind) {
        Some(_) => format!("`{kind}/{name}` is not a known virtual capability"),
        None => format!(
            "`{kind}` is not a kind of virtual capability (compiler, interface, tool, service)"
        ),
    };
    Some(
        Diagnostic::new(
            &UNKNOWN_CAPABILITY,
            message,
            Location::new(pointer, Some(span)),
        )
        .with_help(format!("known capabilities: {}", capabilities::list())),
    )
}
