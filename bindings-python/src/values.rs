//! Versions, ranges, purls and licenses as small Python classes and functions over the core.

use cpanmeta::license::{self, table::Vocabulary};
use cpanmeta::purl;
use cpanmeta::version;
use pyo3::basic::CompareOp;
use pyo3::prelude::*;

use crate::errors::{error, Kind};
use crate::report::{json_to_py, Diagnostic};

/// A Perl module version, compared as version.pm compares (`Version("1.10") < Version("1.9")`).
#[pyclass(frozen, module = "cpanmeta")]
pub struct Version {
    inner: version::Version,
}

#[pymethods]
impl Version {
    #[new]
    fn new(py: Python<'_>, text: &str) -> PyResult<Self> {
        version::Version::parse(text)
            .map(|inner| Self { inner })
            .map_err(|e| error(py, Kind::InvalidValue, format!("{text:?}: {e}")))
    }
    /// version.pm's `numify`: the decimal form (`"1.002003"`).
    fn numify(&self) -> String {
        self.inner.numify()
    }
    /// version.pm's `normal`: the dotted form (`"v1.2.3"`).
    fn normal(&self) -> String {
        self.inner.normal()
    }
    /// The version as written (version.pm's `stringify`).
    fn stringify(&self) -> &str {
        self.inner.stringify()
    }
    /// Whether it has an underscore (a developer release).
    #[getter]
    fn is_alpha(&self) -> bool {
        self.inner.is_alpha()
    }
    /// Whether it is a dotted-decimal version.
    #[getter]
    fn is_qv(&self) -> bool {
        self.inner.is_qv()
    }
    fn __richcmp__(&self, other: &Self, op: CompareOp) -> bool {
        op.matches(self.inner.cmp(&other.inner))
    }
    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }
    fn __str__(&self) -> &str {
        self.inner.stringify()
    }
    fn __repr__(&self) -> String {
        format!("Version({:?})", self.inner.stringify())
    }
}

/// `version::is_lax`: whether version.pm's lax grammar accepts the string.
#[pyfunction]
pub fn is_lax(text: &str) -> bool {
    version::is_lax(text)
}

/// `version::is_strict`: whether version.pm's strict grammar accepts the string.
#[pyfunction]
pub fn is_strict(text: &str) -> bool {
    version::is_strict(text)
}

/// A CPAN version range (`">= 1.2, != 1.5, < 2.0"`), as CPAN::Meta::Requirements reads it.
#[pyclass(frozen, module = "cpanmeta")]
pub struct Range {
    inner: version::Range,
}

#[pymethods]
impl Range {
    #[new]
    fn new(py: Python<'_>, text: &str) -> PyResult<Self> {
        version::Range::parse(text)
            .map(|inner| Self { inner })
            .map_err(|e| error(py, Kind::InvalidValue, e.to_string()))
    }
    /// Whether `version` (a `Version` or a string) satisfies the range.
    fn accepts(&self, py: Python<'_>, version: &Bound<'_, PyAny>) -> PyResult<bool> {
        let v = if let Ok(v) = version.cast::<Version>() {
            v.get().inner.clone()
        } else {
            let text: String = version.extract()?;
            version::Version::parse(&text)
                .map_err(|e| error(py, Kind::InvalidValue, format!("{text:?}: {e}")))?
        };
        Ok(self.inner.accepts(&v))
    }
    /// The range both ranges allow (as CPAN::Meta::Requirements merges requirements).
    fn intersect(&self, other: &Self) -> Self {
        Self {
            inner: self.inner.intersect(&other.inner),
        }
    }
    /// True when no version satisfies the range (`">= 2, < 1"`).
    #[getter]
    fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        format!("Range({:?})", self.inner.to_string())
    }
}

/// A Package URL (ECMA-427), parsed and canonicalised.
#[pyclass(frozen, module = "cpanmeta")]
pub struct Purl {
    inner: purl::Purl,
}

#[pymethods]
impl Purl {
    /// Parses a purl; raises `InvalidValueError` naming the component and position.
    #[staticmethod]
    fn parse(py: Python<'_>, text: &str) -> PyResult<Self> {
        purl::Purl::parse(text)
            .map(|inner| Self { inner })
            .map_err(|e| error(py, Kind::InvalidValue, e.to_string()))
    }
    #[getter]
    fn r#type(&self) -> &str {
        self.inner.ty()
    }
    #[getter]
    fn namespace(&self) -> Option<&str> {
        self.inner.namespace()
    }
    #[getter]
    fn name(&self) -> &str {
        self.inner.name()
    }
    #[getter]
    fn version(&self) -> Option<&str> {
        self.inner.version()
    }
    #[getter]
    fn qualifiers(&self) -> std::collections::BTreeMap<String, String> {
        self.inner.qualifiers().clone()
    }
    #[getter]
    fn subpath(&self) -> Option<&str> {
        self.inner.subpath()
    }
    /// The canonical form.
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        format!("Purl({:?})", self.inner.to_string())
    }
    fn __eq__(&self, other: &Self) -> bool {
        self.inner.to_string() == other.inner.to_string()
    }
    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.to_string().hash(&mut h);
        h.finish()
    }
}

/// The findings for one purl on its own (CM600–CM608); empty when it is valid and canonical.
#[pyfunction]
pub fn validate_purl(text: &str) -> Vec<Diagnostic> {
    purl::validate(text)
        .into_iter()
        .map(|inner| Diagnostic { inner })
        .collect()
}

/// The SPDX expression a CPAN license string stands for (`"perl_5"` ->
/// `"Artistic-1.0-Perl OR GPL-1.0-or-later"`), `"NOASSERTION"` for the non-specific ones, None for
/// a string the spec version does not define.
#[pyfunction]
#[pyo3(signature = (string, *, spec_version = "2"))]
pub fn spdx_for_cpan_license(
    py: Python<'_>,
    string: &str,
    spec_version: &str,
) -> PyResult<Option<String>> {
    let vocabulary = match spec_version {
        "2" => Vocabulary::V2,
        "1.0" | "1.1" | "1.2" | "1.3" | "1.4" | "1" => Vocabulary::V1,
        other => {
            return Err(error(
                py,
                Kind::InvalidOption,
                format!("unknown spec version {other:?} (expected 2 or 1.0-1.4)"),
            ))
        }
    };
    Ok(license::table::lookup(vocabulary, string).map(|e| e.spdx.clone()))
}

/// Checks an SPDX license expression: `{"valid", "terms", "problems", "normalised"}`.
#[pyfunction]
pub fn check_spdx_expression<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let checked = license::expression::check(text);
    let json = serde_json::to_string(&checked)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    json_to_py(py, &json)
}

/// The CPAN license mapping table (every string with its SPDX expression and the reason).
#[pyfunction]
pub fn license_table(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    json_to_py(py, license::table::SOURCE)
}
