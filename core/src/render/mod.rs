//! Pure renderers: reports in, text out. The CLI and the bindings only choose one.

pub mod human;
pub mod json;
pub mod rules_doc;

pub use human::{render_human, HumanOptions};
pub use json::{render_json, FileReport, OUTPUT_VERSION};
