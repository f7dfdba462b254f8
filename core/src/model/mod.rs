//! A typed view of a META document for the rules: which spec version applies, and accessors for the
//! parts rules look at.

mod spec_version;

pub use spec_version::{SpecChoice, SpecVersion};
