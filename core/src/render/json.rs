//! The machine-readable report: one JSON document for a whole run, with a versioned shape.
//!
//! The shape is documented in `docs/json-output.md`. `version` changes only when a field is
//! removed or changes meaning; new fields may appear at any time.

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::lint::Report;

/// The version of the JSON output shape.
pub const OUTPUT_VERSION: u32 = 1;

/// One linted file (or a file that could not be read at all).
#[derive(Debug, Serialize)]
pub struct FileReport<'a> {
    pub path: &'a str,
    #[serde(flatten)]
    pub report: &'a Report,
}

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    files: &'a [FileReport<'a>],
    summary: Summary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize, Default)]
struct Summary {
    files: usize,
    valid: usize,
    errors: usize,
    warnings: usize,
    info: usize,
}

/// Renders all reports of a run as one pretty-printed JSON document.
pub fn render_json(files: &[FileReport<'_>]) -> String {
    let mut summary = Summary {
        files: files.len(),
        ..Summary::default()
    };
    for f in files {
        summary.valid += usize::from(f.report.valid);
        summary.errors += f.report.count(Severity::Error);
        summary.warnings += f.report.count(Severity::Warning);
        summary.info += f.report.count(Severity::Info);
    }
    let out = Output {
        version: OUTPUT_VERSION,
        tool: Tool {
            name: "cpanmeta",
            version: env!("CARGO_PKG_VERSION"),
        },
        files,
        summary,
    };
    let mut text = serde_json::to_string_pretty(&out).expect("reports serialise");
    text.push('\n');
    text
}
