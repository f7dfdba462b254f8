//! `cpanmeta lint`: read each file, lint it with the core, render the reports.

use std::io::{IsTerminal, Read};

use anyhow::{bail, Context, Result};
use cpanmeta::render::{self, FileReport, HumanOptions};
use cpanmeta::{lint, LintOptions, Mode, Report, Severity};

use crate::args::{ColorArg, LintArgs, ModeArg, OutputFormat};
use crate::discover::{self, Input};
use crate::exit::Exit;

/// META files are kilobytes; anything past this is not one, and reading it would only waste memory.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub fn run(args: &LintArgs) -> Result<Exit> {
    let options = options(args)?;
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
    let (mut bytes_of, mut plain) = (Vec::new(), Vec::new()); // conv hook: rendered after the cross-file checks
    for input in &inputs {
        let (name, bytes) = match read_input(input, args) {
            Ok(x) => x,
            Err(err) => {
                eprintln!("cpanmeta: error: {err:#}");
                failed_reads += 1;
                continue;
            }
        };
        if is_release_archive(&name) {
            match lint_archive(&name, &bytes, &options) {
                Ok(files) => {
                    for f in files {
                        bytes_of.push(f.bytes); // conv hook
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
        let report = lint(&bytes, &file_options);
        plain.push(done.len()); // conv hook
        bytes_of.push(bytes); // conv hook
        done.push((name, report));
    }
    crossfile_hook(&mut done, &bytes_of, &plain, &options); // conv hook
                                                            // conv hook: human output once the cross-file findings are in.
    for ((name, report), bytes) in done.iter().zip(&bytes_of) {
        if args.format == OutputFormat::Human {
            crate::emit(&render::render_human(
                name,
                bytes,
                report,
                HumanOptions { color },
            ));
        }
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

/// conv hook: the cross-file checks (CM882) on the META files of each directory (the files of a
/// release archive are compared by the kwalitee checks).
fn crossfile_hook(
    done: &mut [(String, Report)],
    bytes: &[Vec<u8>],
    plain: &[usize],
    options: &LintOptions,
) {
    let mut dirs: std::collections::BTreeMap<_, Vec<usize>> = std::collections::BTreeMap::new();
    for &i in plain {
        let dir = std::path::Path::new(&done[i].0)
            .parent()
            .map(std::path::Path::to_path_buf);
        dirs.entry(dir).or_default().push(i);
    }
    for unit in dirs.values().filter(|u| u.len() > 1) {
        let files: Vec<(&str, &[u8], &Report)> = unit
            .iter()
            .map(|&i| (done[i].0.as_str(), bytes[i].as_slice(), &done[i].1))
            .collect();
        for (k, d) in cpanmeta::crossfile::compare(&files, options) {
            done[unit[k]].1.diagnostics.push(d);
        }
    }
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

fn options(args: &LintArgs) -> Result<LintOptions> {
    let mode = match args.mode {
        ModeArg::Strict => Mode::Strict,
        ModeArg::Compat => Mode::Compat,
    };
    let mut options = LintOptions::new(mode);
    for s in args.select.iter().chain(&args.ignore) {
        if !cpanmeta::registry::selector_is_known(s) {
            bail!(
                "`{s}` names no rule (use a code such as CM101, a prefix, a rule name or a group)"
            );
        }
    }
    options.select.clone_from(&args.select);
    options.ignore.clone_from(&args.ignore);
    for path in &args.schemas {
        let name = path.display().to_string();
        let text = std::fs::read(path).with_context(|| format!("cannot read schema `{name}`"))?;
        let value: serde_json::Value = serde_json::from_slice(&text)
            .with_context(|| format!("schema `{name}` is not JSON"))?;
        let schema = cpanmeta::schema::UserSchema::compile(value, name.clone())
            .with_context(|| format!("schema `{name}` is not a usable JSON Schema"))?;
        options.schemas.push(std::sync::Arc::new(schema));
    }
    Ok(options)
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
