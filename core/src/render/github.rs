//! GitHub Actions workflow commands: `::error file=…,line=…::message`, which the runner turns into
//! annotations on the pull request's diff.
//!
//! Escaping is the runner's: in the message (data) `%`, `\r` and `\n` become `%25`, `%0D`, `%0A`;
//! in property values also `:` and `,` (`%3A`, `%2C`), which would otherwise end the value.
//! Levels: error → `error`, warning → `warning`, info → `notice`.

use std::fmt::Write;

use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::Report;

/// Renders one file's findings, a workflow command each.
pub fn render_github(path: &str, report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        command(&mut out, path, d);
    }
    out
}

fn command(out: &mut String, path: &str, d: &Diagnostic) {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let _ = write!(out, "::{level} file={}", property(path));
    if let Some(s) = d.location.start {
        let _ = write!(out, ",line={},col={}", s.line, s.column);
        if let Some(e) = d.location.end {
            let _ = write!(out, ",endLine={},endColumn={}", e.line, e.column);
        }
    }
    let title = format!("{} {}", d.code, d.rule);
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let _ = writeln!(out, ",title={}::{}", property(&title), data(&message));
}

/// Escapes a command's message.
pub fn data(s: &str) -> String {
    escape(s, false)
}

/// Escapes a property value (`file=`, `title=`): as a message, and `:` and `,` too.
pub fn property(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, in_property: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if in_property => out.push_str("%3A"),
            ',' if in_property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
        assert_eq!(property("a%:b,c\n"), "a%25%3Ab%2Cc%0A");
    }

    #[test]
    fn findings_become_commands_with_positions() {
        let mut options = crate::LintOptions::new(crate::Mode::Compat);
        options.filename = Some("META.json".into());
        let report = crate::lint(b"{\"name\": \"Foo\"}", &options);
        let text = render_github("a,b/META.json", &report);
        assert!(
            text.starts_with("::error file=a%2Cb/META.json,line=1,col=1,endLine=1,endColumn="),
            "{text}"
        );
        assert!(
            text.contains(",title=CM101 missing-mandatory-field::"),
            "{text}"
        );
        assert_eq!(text.lines().count(), report.diagnostics.len());
    }
}
