//! Rules of the `config` group: mistakes in a `cpanmeta.toml` configuration file.
//!
//! The file is read here, in the core, so that every front (the CLI, and any binding that wants
//! to) reads it the same way and reports its mistakes as ordinary diagnostics with a line and a
//! column. The core does no I/O: the caller passes the bytes and says which paths exist.

mod path_missing;
#[cfg(feature = "config")]
mod read;
mod schema;
mod syntax_error;
mod unknown_key;
mod unknown_level;
mod unknown_mode;
mod unknown_selector;
mod wrong_type;

use crate::lint::{Level, Mode};
use crate::registry::RuleMeta;

#[cfg(feature = "config")]
pub use read::{lint_config, read, ConfigRead};
pub use schema::{json_schema, json_schema_text};

pub static RULES: &[&RuleMeta] = &[
    &syntax_error::SYNTAX_ERROR,
    &unknown_key::UNKNOWN_KEY,
    &wrong_type::WRONG_TYPE,
    &unknown_mode::UNKNOWN_MODE,
    &unknown_selector::UNKNOWN_SELECTOR,
    &unknown_level::UNKNOWN_LEVEL,
    &path_missing::PATH_MISSING,
];

/// The keys of `cpanmeta.toml`, in the order docs/configuration.md lists them (the JSON Schema
/// in schemas/cpanmeta-config.schema.json must define exactly these; a test checks it).
pub const KEYS: &[&str] = &[
    "mode", "select", "ignore", "rules", "schemas", "author", "index",
];

/// The settings a configuration file makes, as written (paths still relative to the file).
/// A setting with a mistake is left out (and reported).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Settings {
    pub mode: Option<Mode>,
    /// Rule selectors to enable; `None` when the file does not say.
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    /// `[rules]`: selector → level, in file order.
    pub rules: Vec<(String, Level)>,
    /// The user's own JSON Schemas, relative to the configuration file's directory.
    pub schemas: Vec<String>,
    /// The CPAN author ID for purls.
    pub author: Option<String>,
    /// A CPAN package index (`02packages.details.txt`), relative to the file's directory.
    pub index: Option<String>,
}
