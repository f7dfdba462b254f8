//! The machine-readable report: one JSON document for a whole run, with a versioned shape.
//!
//! The shape is documented in `docs/json-output.md`. `version` changes only when a field is
//! removed or changes meaning; new fields may appear at any time.
//!
//! The document can be written in pieces, so a run of any size never holds more than one file's
//! report: [`json_open`], then [`json_file`] for each file (joined by [`JSON_SEPARATOR`]), then
//! [`json_close`]. [`render_json`] puts the pieces together for a whole run held in memory; the
//! result is the same bytes `serde_json::to_string_pretty` gives for the whole document.

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::lint::Report;

/// The version of the JSON output shape.
pub const OUTPUT_VERSION: u32 = 1;

/// What goes between two files' objects.
pub const JSON_SEPARATOR: &str = ",\n";

/// One linted file (or a file that could not be read at all).
#[derive(Debug, Serialize)]
pub struct FileReport<'a> {
    pub path: &'a str,
    #[serde(flatten)]
    pub report: &'a Report,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

/// The run's totals, the document's last field.
#[derive(Clone, Debug, Serialize, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct JsonSummary {
    pub files: usize,
    pub valid: usize,
    pub errors: usize,
    pub warnings: usize,
    pub info: usize,
}

impl JsonSummary {
    /// Counts one file's report in.
    pub fn add(&mut self, report: &Report) {
        self.files += 1;
        self.valid += usize::from(report.valid);
        self.errors += report.count(Severity::Error);
        self.warnings += report.count(Severity::Warning);
        self.info += report.count(Severity::Info);
    }
}

/// The document up to the opening of the `files` array.
pub fn json_open() -> String {
    let tool = Tool {
        name: "cpanmeta",
        version: env!("CARGO_PKG_VERSION"),
    };
    format!(
        "{{\n  \"version\": {OUTPUT_VERSION},\n  \"tool\": {},\n  \"files\": [\n",
        indent(&pretty(&tool), 2)
    )
}

/// One file's object, indented to sit in the `files` array.
pub fn json_file(file: &FileReport<'_>) -> String {
    format!("    {}", indent(&pretty(file), 4))
}

/// Closes the `files` array and the document, with the run's totals.
pub fn json_close(summary: &JsonSummary, any_files: bool) -> String {
    let before = if any_files { "\n" } else { "" };
    format!(
        "{before}  ],\n  \"summary\": {}\n}}\n",
        indent(&pretty(summary), 2)
    )
}

/// Renders all reports of a run as one pretty-printed JSON document.
pub fn render_json(files: &[FileReport<'_>]) -> String {
    let mut summary = JsonSummary::default();
    let mut out = json_open();
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            out.push_str(JSON_SEPARATOR);
        }
        out.push_str(&json_file(f));
        summary.add(f.report);
    }
    out.push_str(&json_close(&summary, !files.is_empty()));
    out
}

fn pretty(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).expect("reports serialise")
}

/// Indents every line but the first by `n` spaces. JSON strings never hold a raw line break, so
/// every line break in serialised JSON is structure.
pub(crate) fn indent(text: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    text.replace('\n', &format!("\n{pad}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Whole<'a> {
        version: u32,
        tool: Tool,
        files: &'a [FileReport<'a>],
        summary: JsonSummary,
    }

    fn report(bytes: &[u8]) -> Report {
        let mut options = crate::LintOptions::new(crate::Mode::Strict);
        options.filename = Some("META.json".into());
        crate::lint(bytes, &options)
    }

    /// The streamed pieces make exactly the document serde would print for the whole run.
    #[test]
    fn streamed_document_equals_the_whole_document() {
        let a = report(b"{\"name\": \"Foo\"}");
        let b = report(b"[1]");
        for files in [
            vec![],
            vec![FileReport {
                path: "a",
                report: &a,
            }],
            vec![
                FileReport {
                    path: "a",
                    report: &a,
                },
                FileReport {
                    path: "b",
                    report: &b,
                },
            ],
        ] {
            let mut summary = JsonSummary::default();
            for f in &files {
                summary.add(f.report);
            }
            let whole = Whole {
                version: OUTPUT_VERSION,
                tool: Tool {
                    name: "cpanmeta",
                    version: env!("CARGO_PKG_VERSION"),
                },
                files: &files,
                summary,
            };
            let text = render_json(&files);
            let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(parsed, serde_json::to_value(&whole).unwrap());
            if !files.is_empty() {
                assert_eq!(text, serde_json::to_string_pretty(&whole).unwrap() + "\n");
            }
        }
    }
}
