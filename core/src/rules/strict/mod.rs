//! Rules of the `strict` group.

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[];

pub(crate) fn check(_cx: &super::Context<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
