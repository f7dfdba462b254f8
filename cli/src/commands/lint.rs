//! `cpanmeta lint`: read each file, lint it with the core, render the reports.

use std::io::{IsTerminal, Read};

use anyhow::{bail, Context, Result};
use cpanmeta::render::{self, FileReport, HumanOptions};
use cpanmeta::{lint, LintOptions, Report, Severity};

use crate::args::{ColorArg, LintArgs, OutputFormat};
use crate::discover::{self, Input};
use crate::exit::Exit;

/// META files are kilobytes; anything past this is not one, and reading it would only waste memory.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub fn run(args: &LintArgs) -> Result<Exit> {
    let mut resolver = crate::config::Resolver::new(args)?; // cfgfix hook
    let mut fixes = crate::fix::Session::new(&args.fix); // cfgfix hook
    let inputs = discover::expand(&args.paths)?;
    if inputs.is_empty() {
        bail!("no META files found in the given paths");
    }
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut failed_reads = 0usize;
    let mut done: Vec<(String, Report)> = Vec::new();
    for input in &inputs {
        let (name, bytes) = match read_input(input, args) {
            Ok(x) => x,
            Err(err) => {
                eprintln!("cpanmeta: error: {err:#}");
                failed_reads += 1;
                continue;
            }
        };
        let path = match input {
            Input::File(p) => p.as_path(),
            Input::Stdin => std::path::Path::new("-"),
        };
        let (options, config_findings) = resolver.options_for(path)?; // cfgfix hook
        if let Some(c) = config_findings {
            // cfgfix hook: a cpanmeta.toml's own mistakes, reported like a META file's
            if args.format == OutputFormat::Human && !args.fix.diff {
                let human = HumanOptions { color };
                crate::emit(&render::render_human(&c.path, &c.bytes, &c.report, human));
            }
            done.push((c.path, c.report));
        }
        if is_release_archive(&name) {
            match lint_archive(&name, &bytes, &options) {
                Ok(files) => {
                    for f in files {
                        if args.format == OutputFormat::Human {
                            let human = HumanOptions { color };
                            crate::emit(&render::render_human(&f.path, &f.bytes, &f.report, human));
                        }
                        done.push((f.path, f.report));
                    }
                }
                Err(err) => {
                    eprintln!("cpanmeta: error: {err:#}");
                    failed_reads += 1;
                }
            }
            continue;
        }
        let mut file_options = options.clone();
        file_options.filename = Some(name.clone());
        let mut report = lint(&bytes, &file_options);
        let mut bytes = bytes;
        if let Some(fixes) = &mut fixes {
            // cfgfix hook: --fix / --diff
            let file = matches!(input, Input::File(_)).then_some(path);
            (bytes, report) = fixes.handle(file, &name, bytes, report, &file_options)?;
            if fixes.replaces_output() {
                continue;
            }
        }
        if args.format == OutputFormat::Human {
            crate::emit(&render::render_human(
                &name,
                &bytes,
                &report,
                HumanOptions { color },
            ));
        }
        done.push((name, report));
    }
    if let Some(exit) = fixes.as_ref().and_then(crate::fix::Session::exit) {
        return Ok(if failed_reads > 0 {
            Exit::CouldNotRun
        } else {
            exit
        }); // cfgfix hook
    }
    match args.format {
        OutputFormat::Json => {
            let files: Vec<FileReport<'_>> = done
                .iter()
                .map(|(path, report)| FileReport { path, report })
                .collect();
            crate::emit(&render::render_json(&files));
        }
        OutputFormat::Human => print_summary(&done),
    }
    if failed_reads > 0 {
        return Ok(Exit::CouldNotRun);
    }
    let errors = done
        .iter()
        .any(|(_, r)| r.max_severity() == Some(Severity::Error));
    Ok(if errors { Exit::Findings } else { Exit::Clean })
}

/// A release as uploaded to CPAN, linted with its META files and kwalitee indicators.
fn is_release_archive(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".tar.gz", ".tgz", ".tar.bz2", ".tar", ".zip"]
        .iter()
        .any(|e| lower.ends_with(e))
}

fn lint_archive(
    name: &str,
    bytes: &[u8],
    options: &LintOptions,
) -> Result<Vec<cpanmeta::kwalitee::ReleaseFile>> {
    let base = std::path::Path::new(name)
        .file_name()
        .map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned());
    let archive =
        cpanmeta::archive::Archive::read(bytes, &base).with_context(|| format!("`{name}`"))?;
    Ok(cpanmeta::kwalitee::lint_release(&archive, options))
}

fn read_input(input: &Input, args: &LintArgs) -> Result<(String, Vec<u8>)> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
            if bytes.len() as u64 > MAX_FILE_BYTES {
                bail!("standard input is larger than {MAX_FILE_BYTES} bytes; not a META file");
            }
            Ok((
                args.stdin_filename
                    .clone()
                    .unwrap_or_else(|| "-".to_owned()),
                bytes,
            ))
        }
        Input::File(path) => {
            let name = path.display().to_string();
            let file =
                std::fs::File::open(path).with_context(|| format!("cannot read `{name}`"))?;
            let mut bytes = Vec::new();
            file.take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .with_context(|| format!("cannot read `{name}`"))?;
            if bytes.len() as u64 > MAX_FILE_BYTES {
                bail!("`{name}` is larger than {MAX_FILE_BYTES} bytes; not a META file");
            }
            Ok((name, bytes))
        }
    }
}

fn print_summary(done: &[(String, Report)]) {
    let count = |s| done.iter().map(|(_, r)| r.count(s)).sum::<usize>();
    let (e, w, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let files = done.len();
    if e + w + i == 0 {
        crate::emit(&format!(
            "{files} file{} checked: no findings\n",
            if files == 1 { "" } else { "s" }
        ));
    } else {
        crate::emit(&format!(
            "{files} file{} checked: {e} error{}, {w} warning{}, {i} info\n",
            if files == 1 { "" } else { "s" },
            if e == 1 { "" } else { "s" },
            if w == 1 { "" } else { "s" },
        ));
    }
}
