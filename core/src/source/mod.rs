//! Span-keeping readers for META.json and META.yml.
//!
//! Both readers accept exactly what the Perl toolchain accepts (JSON::PP for JSON,
//! CPAN::Meta::YAML 0.018 for YAML, as Parse::CPAN::Meta drives them) and produce the same data,
//! plus a byte span for every value. Where Perl would fail, [`ReadResult::perl_error`] says what it
//! would die with; problems Perl tolerates silently are diagnostics too.

pub mod json;
mod nonchar;
mod spaces;
mod span;
mod value;
pub mod yaml;

pub use span::{LineCol, LineIndex, Span};
pub use value::{escape_pointer_token, pointer_of, Entry, Node, Number, Object, Value};

use crate::diagnostic::Diagnostic;

/// The serialisation of a META file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Yaml,
    /// A `cpanmeta.toml` configuration file (never a META file: its reports carry only the
    /// `config` group's findings).
    Toml,
}

impl Format {
    /// The format Parse::CPAN::Meta picks for a file name: `*.json` is JSON, `*.yml` / `*.yaml`
    /// YAML (its patterns are case-sensitive), anything else is decided by the content.
    pub fn from_filename(name: &str) -> Option<Self> {
        match std::path::Path::new(name).extension()?.to_str()? {
            "json" => Some(Format::Json),
            "yml" | "yaml" => Some(Format::Yaml),
            _ => None,
        }
    }

    /// Guesses from the content when there is no file name: a first significant byte of `{` is
    /// JSON, anything else YAML.
    pub fn sniff(bytes: &[u8]) -> Self {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::Json,
            _ => Format::Yaml,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Yaml => "yaml",
            Format::Toml => "toml",
        }
    }
}

/// What a reader made of the input.
#[derive(Debug)]
pub struct ReadResult {
    /// The value tree, when one could be recovered (even where Perl would fail, if the damage is
    /// local, such as trailing garbage after a complete JSON object).
    pub root: Option<Node>,
    /// What `Parse::CPAN::Meta->load_file` would die with (its message without the call site),
    /// or `None` when Perl reads the file. This decides the parse verdict.
    pub perl_error: Option<String>,
    /// Reading problems, Perl-fatal or not.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `bytes` in `format`.
pub fn read(bytes: &[u8], format: Format) -> ReadResult {
    match format {
        Format::Json => json::read(bytes),
        Format::Yaml => yaml::read(bytes),
        Format::Toml => ReadResult {
            root: None,
            perl_error: Some("a TOML file is not a META file".to_owned()),
            diagnostics: Vec::new(),
        },
    }
}
