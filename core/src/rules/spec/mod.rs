//! Rules of the `spec` group.

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[];

pub(crate) fn check(_cx: &super::Context<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}

/// SKELETON: the diagnostic for a document whose root is not a map.
pub(crate) fn not_a_map(
    _root: &crate::source::Node,
    _message: &str,
) -> crate::diagnostic::Diagnostic {
    todo!("SKELETON not_a_map")
}
