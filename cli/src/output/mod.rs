//! Writing a run's output: the renderer the workers call per unit, and the writer that frames
//! the pieces on the main thread (document opening and closing, separators), keeps the progress
//! bar out of the way, and reports errors.

pub mod progress;
pub mod summary;

use std::io::{IsTerminal, Write};

use cpanmeta::render::{self, FileReport, HumanOptions, JsonSummary, SarifInvocation};

use crate::args::{ColorArg, LintFormat};
use crate::exit::Exit;
use crate::pipeline::{LintedFile, UnitOutcome};
use progress::Progress;
pub use summary::Totals;

/// Turns a unit's linted files into output pieces; pure, called on worker threads.
#[derive(Clone, Copy, Debug)]
pub struct Renderer {
    format: LintFormat,
    color: bool,
}

impl Renderer {
    pub fn new(format: LintFormat, color: bool) -> Self {
        Self { format, color }
    }

    /// The pieces of a unit: for the line formats one text per file (possibly empty); for `json`
    /// one array element per file; for `sarif` one array element per finding.
    pub fn render(self, files: &[LintedFile]) -> Vec<String> {
        let human = HumanOptions { color: self.color };
        match self.format {
            LintFormat::Human => files
                .iter()
                .map(|f| render::render_human(&f.path, &f.bytes, &f.report, human))
                .collect(),
            LintFormat::Concise => files
                .iter()
                .map(|f| render::render_concise(&f.path, &f.report))
                .collect(),
            LintFormat::Github => files
                .iter()
                .map(|f| render::render_github(&f.path, &f.report))
                .collect(),
            LintFormat::JsonLines => files
                .iter()
                .map(|f| render::render_json_lines(&f.path, &f.report))
                .collect(),
            LintFormat::Json => files
                .iter()
                .map(|f| {
                    render::json_file(&FileReport {
                        path: &f.path,
                        report: &f.report,
                    })
                })
                .collect(),
            LintFormat::Sarif => files
                .iter()
                .flat_map(|f| render::sarif_results(&f.path, &f.report))
                .collect(),
        }
    }
}

/// Whether to colour: `--color always|never`, else on a terminal unless `NO_COLOR` is set to a
/// non-empty value (no-color.org: a flag on the command line wins over the variable).
pub fn use_color(
    arg: ColorArg,
    stdout_is_terminal: bool,
    no_color: Option<&std::ffi::OsStr>,
) -> bool {
    match arg {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => stdout_is_terminal && no_color.is_none_or(std::ffi::OsStr::is_empty),
    }
}

/// Writes pieces to standard output in order, errors to standard error, and draws the progress
/// bar; lives on the main thread.
pub struct Writer {
    format: LintFormat,
    out: std::io::BufWriter<std::io::Stdout>,
    /// Array elements written so far (json, sarif), for separators.
    elements: usize,
    errors: Vec<String>,
    progress: Progress,
    /// Standard output and the progress bar share a terminal: the bar steps aside for output.
    shared_terminal: bool,
    /// Writing to standard output failed: the pipe was closed, or worse.
    write_error: Option<std::io::Error>,
}

impl Writer {
    /// Starts the output (the opening of the document formats).
    pub fn begin(format: LintFormat, progress: Progress, stdout_is_terminal: bool) -> Self {
        let mut w = Self {
            format,
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
            elements: 0,
            errors: Vec::new(),
            progress,
            shared_terminal: stdout_is_terminal,
            write_error: None,
        };
        match format {
            LintFormat::Json => w.write(&render::json_open()),
            LintFormat::Sarif => w.write(&render::sarif_open()),
            _ => {}
        }
        w
    }

    /// Writes one unit's pieces and errors, and counts it in. Returns whether more output is
    /// wanted (false once standard output cannot be written to).
    pub fn unit(&mut self, outcome: UnitOutcome, totals: &mut Totals) -> bool {
        let separator = match self.format {
            LintFormat::Json => Some(render::JSON_SEPARATOR),
            LintFormat::Sarif => Some(render::SARIF_SEPARATOR),
            _ => None,
        };
        for piece in &outcome.pieces {
            if piece.is_empty() {
                continue;
            }
            if let Some(sep) = separator {
                if self.elements > 0 {
                    self.write(sep);
                }
                self.elements += 1;
            }
            self.write(piece);
        }
        if !outcome.errors.is_empty() {
            let _ = self.out.flush();
            self.progress.clear();
            for e in &outcome.errors {
                eprintln!("cpanmeta: error: {e}");
            }
        }
        self.errors.extend(outcome.errors);
        let findings = outcome.totals.findings();
        totals.merge(outcome.totals);
        if self.progress.tick(outcome.inputs, findings) {
            if self.shared_terminal {
                // What is buffered goes first, so the bar stays the last line.
                let _ = self.out.flush();
            }
            self.progress.draw();
        }
        self.write_error.is_none()
    }

    /// Why standard output could not be written, unless it was only closed early
    /// (`cpanmeta lint . | head`), which means the rest is not wanted.
    pub fn output_error(&self) -> Option<&std::io::Error> {
        self.write_error
            .as_ref()
            .filter(|e| e.kind() != std::io::ErrorKind::BrokenPipe)
    }

    /// Ends the output: the closing of the document formats.
    pub fn finish(&mut self, totals: &Totals, exit: Exit) {
        self.progress.clear();
        match self.format {
            LintFormat::Json => {
                let mut s = JsonSummary::default();
                s.files = totals.files;
                s.valid = totals.valid;
                s.errors = totals.errors;
                s.warnings = totals.warnings;
                s.info = totals.info;
                let text = render::json_close(&s, self.elements > 0);
                self.write(&text);
            }
            LintFormat::Sarif => {
                let invocation =
                    SarifInvocation::new(exit as i32, std::mem::take(&mut self.errors));
                let text = render::sarif_close(&invocation, self.elements > 0);
                self.write(&text);
            }
            _ => {}
        }
        if let Err(e) = self.out.flush() {
            self.write_error.get_or_insert(e);
        }
    }

    /// The run's summary: on standard output for the formats people read, on standard error
    /// for the others (where it never mixes with the data).
    pub fn summary(&mut self, text: &str) {
        if matches!(self.format, LintFormat::Human | LintFormat::Concise) {
            self.write(text);
            if let Err(e) = self.out.flush() {
                self.write_error.get_or_insert(e);
            }
        } else {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
        }
    }

    fn write(&mut self, text: &str) {
        if self.write_error.is_some() {
            return;
        }
        if self.shared_terminal && self.progress.is_drawn() {
            let _ = self.out.flush();
            self.progress.clear();
        }
        if let Err(e) = self.out.write_all(text.as_bytes()) {
            self.write_error = Some(e);
        }
    }
}

/// Whether standard output and standard error are terminals.
pub fn terminals() -> (bool, bool) {
    (
        std::io::stdout().is_terminal(),
        std::io::stderr().is_terminal(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn colour_on_a_terminal_unless_no_color_or_the_flag_says_otherwise() {
        assert!(use_color(ColorArg::Auto, true, None));
        assert!(!use_color(ColorArg::Auto, false, None));
        assert!(!use_color(ColorArg::Auto, true, Some(OsStr::new("1"))));
        // no-color.org: an empty NO_COLOR is as if unset.
        assert!(use_color(ColorArg::Auto, true, Some(OsStr::new(""))));
        assert!(use_color(ColorArg::Always, false, Some(OsStr::new("1"))));
        assert!(!use_color(ColorArg::Never, true, None));
    }
}
