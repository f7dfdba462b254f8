"""The exceptions of cpanmeta: raised only when nothing could be checked.

Each subclasses :class:`Error` and the built-in exception that says what went wrong, so both
``except cpanmeta.Error`` and ``except ValueError`` work.
"""


class Error(Exception):
    """Base class: cpanmeta could not check the input at all."""


class InvalidOptionError(Error, ValueError):
    """An option has a value cpanmeta does not know (a mode, a rule selector)."""


class InvalidValueError(Error, ValueError):
    """A value is not what it claims to be: a version, a version range, a Package URL."""


class UnsupportedInputError(Error, TypeError):
    """The input is of a type cpanmeta cannot read (``source`` must be str or bytes)."""


class PathError(Error, OSError):
    """A path could not be read, or holds no META files."""


class InternalError(Error):
    """A bug in cpanmeta: the core failed unexpectedly. Please report it with the input."""
