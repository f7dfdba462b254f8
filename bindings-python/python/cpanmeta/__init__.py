"""Lint CPAN distribution metadata (META.json, META.yml, MYMETA.*) from Python.

>>> import cpanmeta
>>> report = cpanmeta.lint('{"name": "Foo-Bar"}', filename="META.json")
>>> report.valid
False

Findings are returned as :class:`Diagnostic` objects, never raised. Exceptions (subclasses of
:class:`Error`) mean that nothing could be checked.
"""

from cpanmeta._cpanmeta import (
    Diagnostic,
    Purl,
    Range,
    Report,
    Version,
    __version__,
    check_spdx_expression,
    is_lax,
    is_strict,
    kwalitee,
    license_table,
    lint,
    lint_path,
    rules,
    spdx_for_cpan_license,
    validate_purl,
)
from cpanmeta._errors import (
    Error,
    InternalError,
    InvalidOptionError,
    InvalidValueError,
    PathError,
    UnsupportedInputError,
)

__all__ = [
    "Diagnostic",
    "Error",
    "InternalError",
    "InvalidOptionError",
    "InvalidValueError",
    "PathError",
    "Purl",
    "Range",
    "Report",
    "UnsupportedInputError",
    "Version",
    "__version__",
    "check_spdx_expression",
    "is_lax",
    "is_strict",
    "kwalitee",
    "license_table",
    "lint",
    "lint_path",
    "rules",
    "spdx_for_cpan_license",
    "validate_purl",
]
