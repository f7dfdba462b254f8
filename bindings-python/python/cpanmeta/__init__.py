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
    Report,
    __version__,
    lint,
    lint_path,
    rules,
)
from cpanmeta._errors import (
    Error,
    InternalError,
    InvalidOptionError,
    PathError,
    UnsupportedInputError,
)

__all__ = [
    "Diagnostic",
    "Error",
    "InternalError",
    "InvalidOptionError",
    "PathError",
    "Report",
    "UnsupportedInputError",
    "__version__",
    "lint",
    "lint_path",
    "rules",
]
