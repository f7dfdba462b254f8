//! CM022: the same key twice in one mapping.

use crate::diagnostic::{Diagnostic, Location};
use crate::source::Span;

crate::declare_rule! {
    /// ## What it does
    /// Reports a key that appears twice in the same mapping. CPAN::Meta::YAML keeps the last
    /// value and warns `found a duplicate key`.
    ///
    /// ## Why is this bad?
    /// Everything under the first occurrence is silently thrown away: a second `requires:` or
    /// `no_index:` block replaces the first instead of adding to it, so prerequisites or index
    /// exclusions vanish. YAML itself forbids duplicate keys, so other tools may reject the file.
    ///
    /// ## Example
    /// ```yaml
    /// no_index:
    ///   directory: [t, inc]
    /// no_index:
    ///   package: [Devel::CheckLib]
    /// ```
    /// Perl keeps only `package`; the `t` and `inc` directories are indexed.
    ///
    /// ## How to fix
    /// Merge the two entries into one.
    ///
    /// ## Reference
    /// CPAN::Meta::YAML 0.018, `_load_hash`; YAML 1.2.2, 3.2.1.1 (mapping keys are unique).
    pub static YAML_DUPLICATE_KEY = {
        code: "CM022", name: "yaml-duplicate-key", group: Yaml,
        severity: Warning, modes: Both,
    }
}

pub(crate) fn diagnostic(
    pointer: &str,
    key: &str,
    again: Span,
    first: Span,
    warning: &str,
) -> Diagnostic {
    Diagnostic::new(
        &YAML_DUPLICATE_KEY,
        format!("duplicate key `{key}`: this value replaces the earlier one"),
        Location::new(pointer, Some(again)),
    )
    .with_related(
        "previously defined here",
        Location::new(pointer, Some(first)),
    )
    .with_compat_message(warning)
    .with_help("merge the two entries; Perl keeps only the last")
}
