//! `Report` and `Diagnostic`: immutable views of the core's values, with the same fields as the
//! JSON output (`to_dict()` is literally that JSON, parsed).

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

/// One finding.
#[pyclass(frozen, module = "cpanmeta", eq)]
#[derive(PartialEq)]
pub struct Diagnostic {
    pub(crate) inner: cpanmeta::Diagnostic,
}

#[pymethods]
impl Diagnostic {
    /// Stable rule code, e.g. `"CM101"`.
    #[getter]
    fn code(&self) -> &str {
        &self.inner.code
    }
    /// Kebab-case rule name.
    #[getter]
    fn rule(&self) -> &str {
        &self.inner.rule
    }
    /// `"error"`, `"warning"` or `"info"`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.as_str()
    }
    #[getter]
    fn message(&self) -> &str {
        &self.inner.message
    }
    #[getter]
    fn help(&self) -> Option<&str> {
        self.inner.help.as_deref()
    }
    /// RFC 6901 JSON pointer of the offending value (`""`: the whole document).
    #[getter]
    fn pointer(&self) -> &str {
        &self.inner.location.pointer
    }
    /// 1-based line, or None when the finding has no place in the source.
    #[getter]
    fn line(&self) -> Option<u32> {
        self.inner.location.start.map(|p| p.line)
    }
    /// 1-based column (in characters).
    #[getter]
    fn column(&self) -> Option<u32> {
        self.inner.location.start.map(|p| p.column)
    }
    #[getter]
    fn end_line(&self) -> Option<u32> {
        self.inner.location.end.map(|p| p.line)
    }
    #[getter]
    fn end_column(&self) -> Option<u32> {
        self.inner.location.end.map(|p| p.column)
    }
    /// Byte range `(start, end)` in the original input.
    #[getter]
    fn span(&self) -> Option<(u32, u32)> {
        self.inner.location.span.map(|s| (s.start, s.end))
    }
    /// CPAN::Meta::Validator's exact message for this finding, if it reports it.
    #[getter]
    fn compat_message(&self) -> Option<&str> {
        self.inner.compat_message.as_deref()
    }
    /// The spec section a strict-only finding relies on.
    #[getter]
    fn spec(&self) -> Option<&str> {
        self.inner.spec.as_deref()
    }
    /// Link to the rule's documentation.
    #[getter]
    fn docs_url(&self) -> &str {
        &self.inner.docs
    }
    /// The same dict as this diagnostic in `cpanmeta lint --format json`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &serde_json::to_string(&self.inner).map_err(to_py_err)?)
    }
    fn __repr__(&self) -> String {
        let at = self
            .inner
            .location
            .start
            .map_or(String::new(), |p| format!(" at {}:{}", p.line, p.column));
        format!(
            "<Diagnostic {} {} {}{at}: {:?}>",
            self.inner.code, self.inner.rule, self.inner.severity, self.inner.message
        )
    }
}

/// The outcome of linting one file.
#[pyclass(frozen, module = "cpanmeta")]
pub struct Report {
    pub(crate) inner: cpanmeta::Report,
    /// The `Diagnostic` objects, made on first access: most callers look at `ok`, `valid` or
    /// `to_dict()`, and making a Python object per finding up front was most of the cost of a
    /// lint from Python (scripts/bench-python.sh).
    diagnostics: PyOnceLock<Vec<Py<Diagnostic>>>,
}

impl Report {
    #[allow(clippy::unnecessary_wraps)] // kept fallible: callers treat making it as a Python step
    pub fn new(_py: Python<'_>, inner: cpanmeta::Report) -> PyResult<Self> {
        Ok(Self {
            inner,
            diagnostics: PyOnceLock::new(),
        })
    }

    fn diagnostic_objects(&self, py: Python<'_>) -> PyResult<&Vec<Py<Diagnostic>>> {
        self.diagnostics.get_or_try_init(py, || {
            self.inner
                .diagnostics
                .iter()
                .map(|d| Py::new(py, Diagnostic { inner: d.clone() }))
                .collect::<PyResult<_>>()
        })
    }
}

#[pymethods]
impl Report {
    #[getter]
    fn filename(&self) -> Option<&str> {
        self.inner.filename.as_deref()
    }
    /// `"json"` or `"yaml"`.
    #[getter]
    fn format(&self) -> &'static str {
        self.inner.format.as_str()
    }
    /// `"strict"` or `"compat"`.
    #[getter]
    fn mode(&self) -> &'static str {
        self.inner.mode.as_str()
    }
    /// True when no finding is at error level.
    #[getter]
    fn ok(&self) -> bool {
        self.inner.max_severity() != Some(cpanmeta::Severity::Error)
    }
    /// CPAN::Meta::Validator's verdict: parsed and valid.
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }
    /// Whether Parse::CPAN::Meta reads the file.
    #[getter]
    fn parse_ok(&self) -> bool {
        self.inner.parse_ok
    }
    #[getter]
    fn parse_error(&self) -> Option<&str> {
        self.inner.parse_error.as_deref()
    }
    /// The meta-spec version the Validator used (`"2"`, `"1.4"`...), None if not parsed or unknown.
    #[getter]
    fn spec_version(&self) -> Option<&'static str> {
        self.inner
            .spec
            .as_ref()
            .and_then(|s| s.validator)
            .map(cpanmeta::model::SpecVersion::as_str)
    }
    /// The Validator's messages (what `CPAN::Meta::Validator->errors` returns).
    #[getter]
    fn validator_errors(&self) -> Vec<String> {
        self.inner.validator_errors.clone()
    }
    /// The distribution's license as an SPDX expression (`"NOASSERTION"` when the metadata names no
    /// specific license); None when the file declares no license or was not parsed.
    #[getter]
    fn license_expression(&self) -> Option<&str> {
        self.inner
            .license
            .as_ref()
            .and_then(|l| l.expression.as_deref())
    }
    /// The distribution's Package URL, when its name allows one.
    #[getter]
    fn purl(&self) -> Option<&str> {
        self.inner.purl.as_deref()
    }
    /// The external (non-CPAN) dependencies from `x_external_prereqs`, as dicts with `purl`,
    /// `kind`, `phase`, `relationship` and `range` (see docs/external-dependencies.md).
    #[getter]
    fn external_dependencies<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(
            py,
            &serde_json::to_string(&self.inner.external_dependencies).map_err(to_py_err)?,
        )
    }
    #[getter]
    fn diagnostics(&self, py: Python<'_>) -> PyResult<Vec<Py<Diagnostic>>> {
        Ok(self
            .diagnostic_objects(py)?
            .iter()
            .map(|d| d.clone_ref(py))
            .collect())
    }
    /// The same dict as this file's entry in `cpanmeta lint --format json`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &serde_json::to_string(&self.inner).map_err(to_py_err)?)
    }
    fn __len__(&self) -> usize {
        self.inner.diagnostics.len()
    }
    fn __repr__(&self) -> String {
        format!(
            "<Report {} valid={} diagnostics={}>",
            self.inner.filename.as_deref().unwrap_or("-"),
            if self.inner.valid { "True" } else { "False" },
            self.inner.diagnostics.len()
        )
    }
}

fn to_py_err(e: serde_json::Error) -> PyErr {
    pyo3::exceptions::PyRuntimeError::new_err(e.to_string())
}

/// Parses JSON text with Python's own `json` module, so dicts are plain Python values.
pub fn json_to_py<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}
