//! JSON Lines: one compact JSON object per finding, each with the file's path, so a run of any
//! size can be streamed and read line by line (`jq -c`, `grep`). Files without findings produce
//! no line. The object is the [`Diagnostic`](crate::Diagnostic) of `docs/json-output.md` plus
//! `version` (the output shape's version) and `path`.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::lint::Report;
use crate::render::json::OUTPUT_VERSION;

#[derive(Serialize)]
struct Line<'a> {
    version: u32,
    path: &'a str,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
}

/// Renders one file's findings, a line each.
pub fn render_json_lines(path: &str, report: &Report) -> String {
    let mut out = String::new();
    for diagnostic in &report.diagnostics {
        let line = Line {
            version: OUTPUT_VERSION,
            path,
            diagnostic,
        };
        out.push_str(&serde_json::to_string(&line).expect("diagnostics serialise"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_a_finding_with_its_path() {
        let mut options = crate::LintOptions::new(crate::Mode::Compat);
        options.filename = Some("META.json".into());
        let report = crate::lint(b"{\"name\": \"Foo\"}", &options);
        let text = render_json_lines("x/META.json", &report);
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), report.diagnostics.len());
        assert_eq!(lines[0]["path"], "x/META.json");
        assert_eq!(lines[0]["version"], OUTPUT_VERSION);
        assert_eq!(lines[0]["code"], report.diagnostics[0].code.as_str());
    }
}
