//! Raising the package's exception classes (defined in Python, `cpanmeta/_errors.py`).

use pyo3::prelude::*;

/// The exception classes, by their name in `cpanmeta._errors`.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Bad option values (mode, selectors): `ValueError` too.
    InvalidOption,
    /// An argument of the wrong type (`source` neither str nor bytes): `TypeError` too.
    UnsupportedInput,
    /// A value that is not what it claims to be (a version, range or purl): `ValueError` too.
    InvalidValue,
    /// A path that cannot be read: `OSError` too.
    Path,
    /// A bug: the core panicked.
    Internal,
}

impl Kind {
    fn class_name(self) -> &'static str {
        match self {
            Kind::InvalidOption => "InvalidOptionError",
            Kind::UnsupportedInput => "UnsupportedInputError",
            Kind::InvalidValue => "InvalidValueError",
            Kind::Path => "PathError",
            Kind::Internal => "InternalError",
        }
    }
}

/// An exception of `kind` with `message`.
pub fn error(py: Python<'_>, kind: Kind, message: impl Into<String>) -> PyErr {
    let message = message.into();
    match py
        .import("cpanmeta._errors")
        .and_then(|m| m.getattr(kind.class_name()))
        .and_then(|cls| cls.call1((message.clone(),)))
    {
        Ok(value) => PyErr::from_value(value),
        Err(import_failed) => import_failed,
    }
}

/// Runs `f`, turning a panic into `cpanmeta.InternalError` (with the panic message).
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        format!("internal error in cpanmeta (please report it): {what}")
    })
}
