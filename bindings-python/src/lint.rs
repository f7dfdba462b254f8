//! `lint`, `lint_path`, `rules` and the CLI entry point.

use std::path::PathBuf;

use cpanmeta::{LintOptions, Mode};
use cpanmeta_cli::discover::{self, Input};
use cpanmeta_cli::files;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::errors::{catch_panic, error, Kind};
use crate::report::{json_to_py, Report};

fn options(
    py: Python<'_>,
    mode: &str,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
) -> PyResult<LintOptions> {
    let mode: Mode = mode
        .parse()
        .map_err(|e: String| error(py, Kind::InvalidOption, e))?;
    let mut options = LintOptions::new(mode);
    let select = select.unwrap_or_default();
    let ignore = ignore.unwrap_or_default();
    cpanmeta::registry::check_selectors(select.iter().chain(&ignore))
        .map_err(|e| error(py, Kind::InvalidOption, e))?;
    options.select = select;
    options.ignore = ignore;
    Ok(options)
}

/// Lints the bytes with the GIL released; a core panic becomes `InternalError`.
fn lint_bytes(py: Python<'_>, bytes: &[u8], options: &LintOptions) -> PyResult<Report> {
    let result = py.detach(|| catch_panic(|| cpanmeta::lint(bytes, options)));
    match result {
        Ok(report) => Report::new(py, report),
        Err(message) => Err(error(py, Kind::Internal, message)),
    }
}

/// Lints one META document given as `str` or `bytes`.
#[pyfunction]
#[pyo3(signature = (source, *, filename = None, mode = "strict", select = None, ignore = None))]
pub fn lint(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    filename: Option<String>,
    mode: &str,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
) -> PyResult<Report> {
    let mut options = options(py, mode, select, ignore)?;
    options.filename = filename;
    if let Ok(b) = source.cast::<PyBytes>() {
        lint_bytes(py, b.as_bytes(), &options)
    } else if let Ok(s) = source.cast::<PyString>() {
        let text = s.to_cow()?;
        lint_bytes(py, text.as_bytes(), &options)
    } else {
        let type_name = source
            .get_type()
            .name()
            .map_or_else(|_| "?".to_owned(), |n| n.to_string());
        Err(error(
            py,
            Kind::UnsupportedInput,
            format!("source must be str or bytes, not {type_name}"),
        ))
    }
}

/// Lints a file, or every META.json / META.yml / MYMETA.* below a directory.
#[pyfunction]
#[pyo3(signature = (path, *, mode = "strict", select = None, ignore = None))]
pub fn lint_path(
    py: Python<'_>,
    path: PathBuf,
    mode: &str,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
) -> PyResult<Vec<Report>> {
    let base = options(py, mode, select, ignore)?;
    let inputs = discover::expand(std::slice::from_ref(&path))
        .map_err(|e| error(py, Kind::Path, format!("{e:#}")))?;
    if inputs.is_empty() {
        return Err(error(
            py,
            Kind::Path,
            format!("no META files found in `{}`", path.display()),
        ));
    }
    let mut reports = Vec::with_capacity(inputs.len());
    for input in inputs {
        let Input::File(file) = input else { continue };
        let name = file.display().to_string();
        let archive = discover::is_release_archive(&name);
        let bytes = read_path(py, &file, archive)?;
        if archive {
            for f in lint_release(py, &name, &bytes, &base)? {
                reports.push(Report::new(py, f.report)?);
            }
            continue;
        }
        let mut options = base.clone();
        options.filename = Some(name);
        reports.push(lint_bytes(py, &bytes, &options)?);
    }
    Ok(reports)
}

/// Reads a release archive in memory (GIL released, panics caught); an archive that cannot be
/// read at all is `UnsupportedInputError`.
fn read_archive(py: Python<'_>, name: &str, bytes: &[u8]) -> PyResult<cpanmeta::archive::Archive> {
    let base = std::path::Path::new(name)
        .file_name()
        .map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned());
    py.detach(|| catch_panic(|| cpanmeta::archive::Archive::read(bytes, &base)))
        .map_err(|m| error(py, Kind::Internal, m))?
        .map_err(|e| error(py, Kind::UnsupportedInput, format!("`{name}`: {e}")))
}

/// Lints the META files of a release and adds its kwalitee findings, as `cpanmeta lint` does.
fn lint_release(
    py: Python<'_>,
    name: &str,
    bytes: &[u8],
    options: &LintOptions,
) -> PyResult<Vec<cpanmeta::kwalitee::ReleaseFile>> {
    let archive = read_archive(py, name, bytes)?;
    py.detach(|| catch_panic(|| cpanmeta::kwalitee::lint_release(&archive, options)))
        .map_err(|m| error(py, Kind::Internal, m))
}

/// CPANTS's kwalitee indicators for a release archive, as `cpanmeta kwalitee --format json`
/// prints them for one release (a dict).
#[pyfunction]
pub fn kwalitee(py: Python<'_>, path: PathBuf) -> PyResult<Bound<'_, PyAny>> {
    let name = path.display().to_string();
    let bytes = read_path(py, &path, true)?;
    let archive = read_archive(py, &name, &bytes)?;
    let report = py
        .detach(|| catch_panic(|| cpanmeta::kwalitee::analyse(&archive)))
        .map_err(|m| error(py, Kind::Internal, m))?;
    let json = serde_json::to_string(&report).map_err(|e| {
        error(
            py,
            Kind::Internal,
            format!("cannot serialise the report: {e}"),
        )
    })?;
    json_to_py(py, &json)
}

/// Reads a META file or a release archive within the CLI's bounds; failure is `PathError`.
fn read_path(py: Python<'_>, path: &std::path::Path, archive: bool) -> PyResult<Vec<u8>> {
    let limit = if archive {
        files::MAX_ARCHIVE_BYTES
    } else {
        files::MAX_META_BYTES
    };
    files::read_path(path, limit).map_err(|e| error(py, Kind::Path, format!("{e:#}")))
}

/// Panics inside the core's panic guard, so the tests can prove that a panic becomes
/// `cpanmeta.InternalError` and leaves the interpreter usable. Not part of the API.
#[pyfunction]
pub fn _panic_for_test(py: Python<'_>) -> PyResult<()> {
    py.detach(|| catch_panic(|| panic!("a deliberate panic for the test suite")))
        .map_err(|m| error(py, Kind::Internal, m))
}

/// Every rule as a list of dicts (code, name, group, severity, modes, summary, docs, url).
#[pyfunction]
pub fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let list: Vec<_> = cpanmeta::registry::all()
        .map(|r| {
            serde_json::json!({
                "code": r.code, "name": r.name, "group": r.group, "severity": r.severity,
                "modes": r.modes, "summary": r.summary(), "docs": r.docs(), "url": r.docs_anchor(),
            })
        })
        .collect();
    json_to_py(py, &serde_json::Value::Array(list).to_string())
}

/// Runs the `cpanmeta` command line (the same code as the binary) and returns its exit code.
#[pyfunction]
pub fn run_cli(py: Python<'_>, argv: Vec<String>) -> PyResult<u8> {
    py.detach(|| catch_panic(|| cpanmeta_cli::run(argv)))
        .map_err(|m| error(py, Kind::Internal, m))
}
