//! Rules of the `json` group.

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[];
