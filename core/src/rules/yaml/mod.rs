//! Rules of the `yaml` group: problems reading META.yml. The reader (`source::yaml`) raises them
//! while it reads, so they reach `lint()` through `ReadResult::diagnostics`; this group has no
//! document checks of its own.

pub mod byte_order_mark;
pub mod duplicate_key;
pub mod invalid_utf8;
pub mod multiple_documents;
pub mod scalar_read_differently;
pub mod syntax_error;
pub mod tab_indentation;
pub mod too_deep;
pub mod valid_yaml_unreadable;

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[
    &syntax_error::YAML_SYNTAX_ERROR,
    &valid_yaml_unreadable::YAML_VALID_BUT_UNREADABLE,
    &duplicate_key::YAML_DUPLICATE_KEY,
    &byte_order_mark::YAML_BYTE_ORDER_MARK,
    &invalid_utf8::YAML_INVALID_UTF8,
    &tab_indentation::YAML_TAB_INDENTATION,
    &multiple_documents::YAML_MULTIPLE_DOCUMENTS,
    &scalar_read_differently::YAML_SCALAR_READ_DIFFERENTLY,
    &too_deep::YAML_TOO_DEEP,
];
