//! Rules of the `json` group: problems reading META.json, reported by the reader
//! ([`crate::source::json::read`]) rather than checked on the parsed document.

pub mod crlf;
pub mod duplicate_key;
pub mod false_document;
pub mod invalid_utf8;
pub mod nesting_too_deep;
pub mod relaxed_syntax;
pub mod syntax_error;
pub mod trailing_garbage;
pub mod utf8_bom;

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[
    &syntax_error::RULE,
    &duplicate_key::RULE,
    &utf8_bom::RULE,
    &crlf::RULE,
    &invalid_utf8::RULE,
    &trailing_garbage::RULE,
    &nesting_too_deep::RULE,
    &relaxed_syntax::RULE,
    &false_document::RULE,
];
