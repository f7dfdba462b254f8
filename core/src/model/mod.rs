//! A typed view of a META document for the rules: which spec version applies, and accessors for the
//! parts rules look at.

pub mod places;
pub mod spec_keys;
mod spec_version;

pub use spec_version::{SpecChoice, SpecVersion};
