//! Perl version semantics (version.pm) and CPAN version ranges.

mod grammar;

pub use grammar::{is_lax, is_strict};
