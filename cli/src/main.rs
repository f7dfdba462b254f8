//! `cpanmeta`: the command-line front. Parses arguments, reads files, prints reports; every
//! judgement comes from the core crate.

mod args;
mod commands;
mod discover;
mod exit;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Lint(a) => commands::lint::run(&a),
        args::Command::Rules(a) => commands::rules::list(&a),
        args::Command::Rule(a) => commands::rules::explain(&a),
    };
    match result {
        Ok(code) => code.into(),
        Err(err) => {
            eprintln!("cpanmeta: error: {err:#}");
            exit::Exit::CouldNotRun.into()
        }
    }
}
