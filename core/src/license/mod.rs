//! CPAN license strings and SPDX: the mapping table, the vocabulary of each spec version, SPDX
//! expression checking, license URLs, and the SPDX expression a META document stands for.

pub mod consistency;
pub mod expression;
mod resolve;
pub mod table;
pub mod urls;
pub mod vocabulary;

pub use expression::{check as check_spdx_expression, Checked as CheckedExpression};
pub use resolve::{
    license_expression, license_strings, resolve, vocabulary_of, LicenseExpression, MappedString,
    Source,
};
pub use table::{table, Entry, Vocabulary, NOASSERTION};
