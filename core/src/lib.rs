//! # cpanmeta
//!
//! Lints the metadata of CPAN distributions (META.json, META.yml, MYMETA.*): reads them exactly as
//! the Perl toolchain does, validates them against CPAN::Meta::Spec 1.0–2 the way
//! CPAN::Meta::Validator does (`compat`) or as the spec is written (`strict`, the default), and
//! checks versions, licenses and Package URLs.
//!
//! The crate does no I/O and builds for `wasm32-unknown-unknown`; the CLI, the Python package and
//! the WebAssembly package are thin fronts over [`lint()`].
//!
//! ```
//! use cpanmeta::{lint, LintOptions, Mode};
//! let mut options = LintOptions::new(Mode::Strict);
//! options.filename = Some("META.json".into());
//! let report = lint(br#"{"name": "Foo-Bar"}"#, &options);
//! assert!(!report.valid);
//! assert!(report.diagnostics.iter().any(|d| d.rule == "missing-mandatory-field"));
//! ```

pub mod archive;
pub mod convert;
pub mod crossfile;
pub mod diagnostic;
pub mod external;
pub mod kwalitee;
pub mod license;
pub mod lint;
pub mod model;
pub mod purl;
pub mod registry;
pub mod render;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
pub mod source;
pub mod version;

pub use diagnostic::{Diagnostic, Severity};
pub use lint::{lint, LintOptions, Mode, Report};
pub use source::Format;
