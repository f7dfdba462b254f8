"""Linting releases the GIL and is safe from many threads at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cpanmeta


def test_many_threads_get_the_same_answers_as_one(shared: Path) -> None:
    files = sorted((shared / "corpus" / "files").rglob("META.*"))[:400]
    inputs = [(p.read_bytes(), p.name) for p in files]
    serial = [cpanmeta.lint(b, filename=n).to_dict() for b, n in inputs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda x: cpanmeta.lint(x[0], filename=x[1]).to_dict(), inputs))
    assert parallel == serial
