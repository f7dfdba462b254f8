//! The Python package `cpanmeta`: typed objects over the core's `lint`, nothing else.
//!
//! Findings are returned, never raised. Exceptions only say that nothing could be checked; they
//! are the classes of `cpanmeta._errors`, so that they can subclass both `cpanmeta.Error` and the
//! matching built-in (`ValueError`, `TypeError`, `OSError`). A panic inside the core becomes
//! `cpanmeta.InternalError`, never a dead interpreter. The GIL is released while linting.

// PyO3 hands #[pyfunction] arguments over as owned values; taking them by value is the idiom.
#![allow(clippy::needless_pass_by_value)]

mod errors;
mod lint;
mod report;
mod values;

use pyo3::prelude::*;

// The allocator of the `cpanmeta` binary, for the core's allocations (Python objects still come
// from Python's allocator): linting from Python costs what it costs natively.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[pymodule]
fn _cpanmeta(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<report::Diagnostic>()?;
    m.add_class::<report::Report>()?;
    m.add_function(wrap_pyfunction!(lint::lint, m)?)?;
    m.add_function(wrap_pyfunction!(lint::lint_path, m)?)?;
    m.add_function(wrap_pyfunction!(lint::run_cli, m)?)?;
    m.add_function(wrap_pyfunction!(lint::rules, m)?)?;
    m.add_function(wrap_pyfunction!(lint::kwalitee, m)?)?;
    m.add_function(wrap_pyfunction!(lint::_panic_for_test, m)?)?;
    m.add_class::<values::Version>()?;
    m.add_class::<values::Range>()?;
    m.add_class::<values::Purl>()?;
    m.add_function(wrap_pyfunction!(values::is_lax, m)?)?;
    m.add_function(wrap_pyfunction!(values::is_strict, m)?)?;
    m.add_function(wrap_pyfunction!(values::validate_purl, m)?)?;
    m.add_function(wrap_pyfunction!(values::spdx_for_cpan_license, m)?)?;
    m.add_function(wrap_pyfunction!(values::check_spdx_expression, m)?)?;
    m.add_function(wrap_pyfunction!(values::license_table, m)?)?;
    Ok(())
}
