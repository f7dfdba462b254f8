//! CPAN license strings and SPDX: the mapping table, the vocabulary of each spec version, SPDX
//! expression checking, license URLs, and the SPDX expression a META document stands for.

pub mod consistency;
pub mod expression;
pub mod table;
pub mod urls;
pub mod vocabulary;
