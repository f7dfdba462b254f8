//! The `cpanmeta` command line as a library, so that every front that offers the CLI (the binary,
//! `python -m cpanmeta`) runs exactly this code: same flags, formats and exit codes.

mod args;
mod commands;
mod config;
pub mod discover;
mod exit;
pub mod files;
pub mod fix;
mod output;
mod parallel;
mod pipeline;

use std::ffi::OsString;

use clap::Parser;

pub use exit::Exit;

/// Runs the CLI with `argv` (including the program name) and returns the exit code.
/// Argument errors print clap's message and return 2, like any other "could not run".
pub fn run<I, T>(argv: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match args::Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            // --help and --version are not errors.
            return if err.use_stderr() {
                Exit::CouldNotRun as u8
            } else {
                Exit::Clean as u8
            };
        }
    };
    let result = match cli.command {
        args::Command::Lint(a) => commands::lint::run(&a),
        args::Command::Rules(a) => commands::rules::list(&a),
        args::Command::Rule(a) => commands::rules::explain(&a),
        args::Command::Kwalitee(a) => commands::kwalitee::run(&a),
        args::Command::Convert(a) => commands::convert::run(&a),
        args::Command::Purl(a) => commands::purl::run(&a),
    };
    match result {
        Ok(code) => code as u8,
        Err(err) => {
            eprintln!("cpanmeta: error: {err:#}");
            Exit::CouldNotRun as u8
        }
    }
}

/// Writes to standard output. A closed pipe (`cpanmeta lint . | head`) is not an error worth a
/// panic, which is what `print!` would do: the output is simply no longer wanted.
pub(crate) fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
