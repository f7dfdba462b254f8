//! The one-line form: `path:line:col: CODE [severity] message`, one finding per line, for editors
//! and `grep`. A finding with no position in the file (a release-wide finding, an empty file) is
//! `path: CODE [severity] message`.

use std::fmt::Write;

use crate::lint::Report;

/// Renders one file's findings, a line each.
pub fn render_concise(path: &str, report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let message = one_line(&d.message);
        match d.location.start {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "{path}:{}:{}: {} [{}] {message}",
                    s.line, s.column, d.code, d.severity
                );
            }
            None => {
                let _ = writeln!(out, "{path}: {} [{}] {message}", d.code, d.severity);
            }
        }
    }
    out
}

/// Messages are one line already; a line break in one (from quoted file content) must not start
/// a line that looks like another finding.
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\n', '\r']) {
        s.replace("\r\n", " ").replace(['\n', '\r'], " ").into()
    } else {
        s.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, LintOptions, Mode};

    #[test]
    fn one_line_per_finding_with_position() {
        let mut options = LintOptions::new(Mode::Compat);
        options.filename = Some("META.json".into());
        let report = lint(b"{\"name\": \"Foo\"}", &options);
        let text = render_concise("d/META.json", &report);
        assert_eq!(text.lines().count(), report.diagnostics.len());
        assert!(
            text.starts_with("d/META.json:1:1: CM101 [error] "),
            "{text}"
        );
    }

    #[test]
    fn line_breaks_in_messages_are_flattened() {
        assert_eq!(one_line("a\r\nb\nc"), "a b c");
    }
}
