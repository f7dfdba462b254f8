"""A user's script: `mypy --strict` must accept it against the shipped stubs."""

from __future__ import annotations

from pathlib import Path

import cpanmeta


def count_errors(path: Path) -> int:
    total = 0
    for report in cpanmeta.lint_path(path, mode="compat", ignore=["CM2"]):
        for d in report.diagnostics:
            if d.severity == "error":
                line: int | None = d.line
                total += 1 if line is None else 1
    return total


def check(text: str) -> bool:
    try:
        report: cpanmeta.Report = cpanmeta.lint(text, filename="META.json", select=["ALL"])
    except cpanmeta.InvalidOptionError:
        return False
    span: tuple[int, int] | None = report.diagnostics[0].span if report.diagnostics else None
    return report.ok and span is None
