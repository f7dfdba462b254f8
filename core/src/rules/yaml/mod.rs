//! Rules of the `yaml` group.

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[];
