"""The README's Python examples, executed: documentation that cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_has_python_examples() -> None:
    assert python_blocks(), "README.md has no ```python examples"


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_example(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(README.parent)
    exec(compile(python_blocks()[index], f"README.md[python {index}]", "exec"), {})
