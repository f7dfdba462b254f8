"""No input may crash the interpreter: the whole corpus, every test file, and hostile bytes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import cpanmeta

REPO = Path(__file__).resolve().parents[2]


def test_every_corpus_and_test_data_file(shared: Path) -> None:
    paths = [p for p in (shared / "corpus" / "files").rglob("*") if p.is_file()]
    paths += [p for p in (shared / "data").rglob("*") if p.is_file() and p.stat().st_size < 1_000_000]
    paths += [p for p in (REPO / "tests" / "fixtures").rglob("*") if p.is_file()]
    for p in paths:
        for mode in ("strict", "compat"):
            report = cpanmeta.lint(p.read_bytes(), filename=p.name, mode=mode)
            assert isinstance(report.valid, bool)
    assert len(paths) > 2600


@pytest.mark.parametrize("seed", range(5))
def test_random_and_truncated_bytes(seed: int) -> None:
    rng = random.Random(seed)
    base = b'{"name":"Foo","version":"1.0","prereqs":{"runtime":{"requires":{"perl":"5.010"}}}}'
    yaml = b"---\nname: Foo\nrequires:\n  perl: 5.010\nlicense: perl\n"
    for _ in range(300):
        src = bytearray(rng.choice([base, yaml]))
        for _ in range(rng.randrange(1, 6)):
            src[rng.randrange(len(src))] = rng.randrange(256)
        cut = bytes(src[: rng.randrange(len(src) + 1)])
        for name in ("META.json", "META.yml"):
            cpanmeta.lint(cut, filename=name)


def test_deep_nesting_is_a_diagnostic_not_a_crash() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    report = cpanmeta.lint('{"x_deep": ' + deep + "}", filename="META.json")
    assert not report.parse_ok
    yaml = "---\n" + "".join(" " * i + f"k{i}:\n" for i in range(5000))
    cpanmeta.lint(yaml, filename="META.yml")
