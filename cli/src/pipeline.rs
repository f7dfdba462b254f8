//! The lint pipeline: a [`Run`] turns each [`Unit`] into rendered text, on as many threads as
//! asked, and the caller writes the results in discovery order.
//!
//! Per unit, in this order: [`Run::options_for`] (the options for the unit's directory), lint each
//! file, [`Run::after_unit`] (checks and changes across the unit's files), render, drop the unit's
//! bytes and reports. At the end, [`Run::post_run`] (the summary). Configuration
//! (`cpanmeta.toml`) plugs in at `options_for`, fixes as each file is linted, cross-file checks at
//! `after_unit`; `options_for` and the fixes run on the worker threads, so their state sits behind
//! a `Mutex`.

use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use anyhow::{Context, Result};
use cpanmeta::{lint, LintOptions, Report};

use crate::config::{ConfigFindings, Resolver};
use crate::discover::Unit;
use crate::exit::Exit;
use crate::files;
use crate::fix::Session;
use crate::output::{Renderer, Totals, Writer};

/// One linted file: its path as reported, its bytes (for snippets and fixes) and its report.
#[derive(Debug)]
pub struct LintedFile {
    pub path: String,
    pub bytes: Vec<u8>,
    pub report: Report,
}

/// What is left of a unit once rendered: text, counts and the errors of files that could not be
/// linted at all. The unit's bytes and reports are gone.
#[derive(Debug, Default)]
pub struct UnitOutcome {
    /// How many inputs the unit had (for the progress bar).
    pub inputs: usize,
    /// Rendered pieces, in order (see [`Renderer::render`]).
    pub pieces: Vec<String>,
    pub totals: Totals,
    /// One message per file that could not be read or linted.
    pub errors: Vec<String>,
}

/// One `cpanmeta lint` invocation's settings, shared by the worker threads.
pub struct Run {
    /// The options of each path: the command line over the nearest `cpanmeta.toml`.
    resolver: Mutex<Resolver>,
    /// `--fix` / `--diff`, when given.
    fixes: Option<Mutex<Session>>,
    stdin_filename: Option<String>,
    renderer: Renderer,
}

/// A poisoned lock only means another unit panicked; its state is still the best there is.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Run {
    pub fn new(
        resolver: Resolver,
        fixes: Option<Session>,
        stdin_filename: Option<String>,
        renderer: Renderer,
    ) -> Self {
        Self {
            resolver: Mutex::new(resolver),
            fixes: fixes.map(Mutex::new),
            stdin_filename,
            renderer,
        }
    }

    /// Hook: the options to lint the files of directory `dir` with (a unit's directory, or the
    /// one a file named on the command line is in), and the findings of the `cpanmeta.toml` that
    /// gives them the first time that file is used.
    pub fn options_for(&self, dir: &Path) -> Result<(LintOptions, Option<ConfigFindings>)> {
        lock(&self.resolver).options_for(dir)
    }

    /// `--diff` shows diffs instead of reports.
    fn diff_only(&self) -> bool {
        self.fixes
            .as_ref()
            .is_some_and(|f| lock(f).replaces_output())
    }

    /// `--fix` / `--diff` on one linted file (`path`: where it is on disk, `None` for standard
    /// input). Returns the file to render, or `None` when `--diff` replaces the report.
    fn fix(
        &self,
        path: Option<&Path>,
        file: LintedFile,
        options: &LintOptions,
    ) -> Result<Option<LintedFile>> {
        let Some(fixes) = &self.fixes else {
            return Ok(Some(file));
        };
        let mut session = lock(fixes);
        let mut o = options.clone();
        o.filename = Some(file.path.clone());
        let (bytes, report) = session.handle(path, &file.path, file.bytes, file.report, &o)?;
        if session.replaces_output() {
            return Ok(None);
        }
        Ok(Some(LintedFile {
            path: file.path,
            bytes,
            report,
        }))
    }

    /// Hook: runs once per directory unit after its META files are linted and before they are
    /// rendered: the checks across the files of one distribution (CM882: META.json against
    /// META.yml, MYMETA.* against each other), reported on both files. A release archive's files
    /// get the same check from the kwalitee checks.
    #[allow(clippy::unused_self)] // a seam, like the other hooks
    pub fn after_unit(&self, files: &mut [LintedFile], options: &LintOptions) {
        if files.len() < 2 {
            return;
        }
        let found = {
            let view: Vec<(&str, &[u8], &Report)> = files
                .iter()
                .map(|f| (f.path.as_str(), f.bytes.as_slice(), &f.report))
                .collect();
            cpanmeta::crossfile::compare(&view, options)
        };
        let touched = !found.is_empty();
        for (i, d) in found {
            files[i].report.diagnostics.push(d);
        }
        if touched {
            // In source order, as `lint` leaves a report's own findings.
            for f in files.iter_mut() {
                cpanmeta::diagnostic::sort_in_source_order(&mut f.report.diagnostics);
            }
        }
    }

    /// Lints, post-processes and renders one unit; called on a worker thread.
    pub fn process(&self, unit: &Unit) -> UnitOutcome {
        let mut errors = Vec::new();
        let mut files = Vec::new();
        let options = match self.options_for(unit.config_dir()) {
            Ok((options, config)) => {
                if let Some(c) = config.filter(|_| !self.diff_only()) {
                    // A cpanmeta.toml's own mistakes, reported like a META file's.
                    files.push(LintedFile {
                        path: c.path,
                        bytes: c.bytes,
                        report: c.report,
                    });
                }
                options
            }
            Err(e) => {
                return UnitOutcome {
                    inputs: unit.inputs(),
                    errors: vec![format!("{e:#}")],
                    totals: Totals {
                        failed: 1,
                        ..Totals::default()
                    },
                    ..UnitOutcome::default()
                }
            }
        };
        let mut keep = |r: Result<Option<LintedFile>>| match r {
            Ok(f) => files.extend(f),
            Err(e) => errors.push(format!("{e:#}")),
        };
        match unit {
            Unit::Stdin => {
                let name = self
                    .stdin_filename
                    .clone()
                    .unwrap_or_else(|| "-".to_owned());
                keep(
                    files::read_stdin().and_then(|bytes| {
                        self.fix(None, lint_one(name, bytes, &options), &options)
                    }),
                );
            }
            Unit::File(path) => {
                keep(read_file(path).and_then(|(name, bytes)| {
                    self.fix(Some(path), lint_one(name, bytes, &options), &options)
                }));
            }
            Unit::Directory { files: paths, .. } => {
                let first = files.len(); // after the config file's findings, if any
                let mut keep = |r: Result<Option<LintedFile>>| match r {
                    Ok(f) => files.extend(f),
                    Err(e) => errors.push(format!("{e:#}")),
                };
                for path in paths {
                    keep(read_file(path).and_then(|(name, bytes)| {
                        self.fix(Some(path), lint_one(name, bytes, &options), &options)
                    }));
                }
                self.after_unit(&mut files[first..], &options);
            }
            Unit::Archive(path) => match lint_archive(path, &options) {
                Ok(f) => files.extend(f),
                Err(e) => errors.push(format!("{e:#}")),
            },
            Unit::Unsearchable { dir, error } => {
                errors.push(format!("cannot search `{}`: {error}", dir.display()));
            }
        }
        let mut totals = Totals::default();
        for f in &files {
            totals.add(&f.report);
        }
        totals.failed = errors.len();
        UnitOutcome {
            inputs: unit.inputs(),
            pieces: self.renderer.render(&files),
            totals,
            errors,
        }
    }

    /// Hook: runs once after the last unit is written: the summary (standard output for the
    /// formats people read, standard error for the others). Returns the exit code; with `--diff`
    /// it says whether a file would change, and the diffs are the whole output.
    pub fn post_run(&self, out: &mut Writer, totals: &Totals, elapsed: Duration) -> Exit {
        let diff_exit = self.fixes.as_ref().and_then(|f| lock(f).exit());
        let exit = match diff_exit {
            Some(_) if totals.failed > 0 => Exit::CouldNotRun,
            Some(e) => e,
            None => totals.exit(),
        };
        out.finish(totals, exit);
        if diff_exit.is_none() {
            out.summary(&crate::output::summary::text(totals, elapsed));
        }
        exit
    }
}

fn lint_one(name: String, bytes: Vec<u8>, options: &LintOptions) -> LintedFile {
    let mut o = options.clone();
    o.filename = Some(name.clone());
    let report = lint(&bytes, &o);
    LintedFile {
        path: name,
        bytes,
        report,
    }
}

fn lint_archive(path: &Path, options: &LintOptions) -> Result<Vec<LintedFile>> {
    let name = path.display().to_string();
    let bytes = files::read_path(path, files::MAX_ARCHIVE_BYTES)?;
    let base = path
        .file_name()
        .map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
    let archive =
        cpanmeta::archive::Archive::read(&bytes, &base).with_context(|| format!("`{name}`"))?;
    Ok(cpanmeta::kwalitee::lint_release(&archive, options)
        .into_iter()
        .map(|f| LintedFile {
            path: f.path,
            bytes: f.bytes,
            report: f.report,
        })
        .collect())
}

fn read_file(path: &Path) -> Result<(String, Vec<u8>)> {
    Ok((
        path.display().to_string(),
        files::read_path(path, files::MAX_META_BYTES)?,
    ))
}
