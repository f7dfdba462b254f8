//! Embedded JSON Schemas (from `schemas/`), compiled once, with CPAN domain formats in Rust.

/// A user's own JSON Schema for their `x_` keys, compiled once.
#[derive(Debug)]
pub struct UserSchema {
    pub name: String,
}
