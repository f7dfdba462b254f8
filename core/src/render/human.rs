//! The terminal report: each finding with the offending source line and a caret under the span,
//! in the manner of rustc.

use std::fmt::Write;

use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::Report;
use crate::source::LineIndex;

/// Presentation choices the caller makes (the renderer never looks at the terminal itself).
#[derive(Clone, Copy, Debug, Default)]
pub struct HumanOptions {
    /// ANSI colours.
    pub color: bool,
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.wrap(code, s.as_str())
    }
}

/// Renders one file's report; `bytes` are the file's original bytes.
pub fn render_human(path: &str, bytes: &[u8], report: &Report, options: HumanOptions) -> String {
    let paint = Paint { on: options.color };
    let lines = LineIndex::new(bytes);
    let mut out = String::new();
    for d in &report.diagnostics {
        render_one(&mut out, path, bytes, &lines, d, &paint);
    }
    out
}

fn render_one(
    out: &mut String,
    path: &str,
    bytes: &[u8],
    lines: &LineIndex,
    d: &Diagnostic,
    p: &Paint,
) {
    let _ = writeln!(
        out,
        "{}{} {}",
        p.severity(d.severity),
        p.wrap("1", &format!("[{}]:", d.code)),
        p.wrap("1", &d.message)
    );
    let loc = &d.location;
    match loc.start {
        Some(start) => {
            let _ = writeln!(
                out,
                "  {} {path}:{}:{}",
                p.wrap("34", "-->"),
                start.line,
                start.column
            );
            snippet(out, bytes, lines, d, p);
        }
        None => {
            let _ = writeln!(out, "  {} {path}", p.wrap("34", "-->"));
        }
    }
    if !loc.pointer.is_empty() {
        let _ = writeln!(out, "   {} at {}", p.wrap("34", "="), loc.pointer);
    }
    for r in &d.related {
        if let Some(s) = r.location.start {
            let _ = writeln!(
                out,
                "   {} {}: {}:{}:{}",
                p.wrap("34", "="),
                r.message,
                r.file.as_deref().unwrap_or(path),
                s.line,
                s.column
            );
        }
    }
    if let Some(help) = &d.help {
        let _ = writeln!(
            out,
            "   {} {}: {help}",
            p.wrap("34", "="),
            p.wrap("1", "help")
        );
    }
    if let Some(compat) = &d.compat_message {
        let _ = writeln!(
            out,
            "   {} CPAN::Meta::Validator: {compat}",
            p.wrap("34", "=")
        );
    }
    if let Some(spec) = &d.spec {
        let _ = writeln!(out, "   {} spec: {spec}", p.wrap("34", "="));
    }
    let _ = writeln!(
        out,
        "   {} rule: {} ({})",
        p.wrap("34", "="),
        d.rule,
        d.docs
    );
    out.push('\n');
}

/// The source line with a caret under the span (first line of a multi-line span only).
fn snippet(out: &mut String, bytes: &[u8], lines: &LineIndex, d: &Diagnostic, p: &Paint) {
    let (Some(start), Some(span)) = (d.location.start, d.location.span) else {
        return;
    };
    let text = lines.line_text(bytes, start.line);
    let shown = printable(text);
    let width = start.line.to_string().len();
    let gutter = " ".repeat(width);
    let caret_len = match d.location.end {
        Some(end) if end.line == start.line && end.column > start.column => {
            (end.column - start.column) as usize
        }
        _ if span.is_empty() => 1,
        _ => shown
            .chars()
            .count()
            .saturating_sub(start.column as usize - 1)
            .max(1),
    };
    let pad = shown
        .chars()
        .take(start.column as usize - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' });
    let pad: String = pad.collect();
    let _ = writeln!(out, " {gutter} {}", p.wrap("34", "|"));
    let _ = writeln!(
        out,
        " {} {} {shown}",
        p.wrap("34", &start.line.to_string()),
        p.wrap("34", "|")
    );
    let marks = "^".repeat(caret_len.min(200));
    let colour = match d.severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    };
    let _ = writeln!(
        out,
        " {gutter} {} {pad}{}",
        p.wrap("34", "|"),
        p.wrap(colour, &marks)
    );
}

/// The line as text, invalid bytes shown as `\xNN` (the way Perl's PERLQQ shows them), other
/// control characters escaped so the terminal is never driven by file content.
fn printable(line: &[u8]) -> String {
    let mut s = String::with_capacity(line.len());
    for chunk in line.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() && c != '\t' {
                let _ = write!(s, "\\u{{{:x}}}", c as u32);
            } else {
                s.push(c);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(s, "\\x{b:02X}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_and_bad_bytes_are_escaped() {
        assert_eq!(printable(b"a\x1b[31mb\xE9"), "a\\u{1b}[31mb\\xE9");
    }
}
