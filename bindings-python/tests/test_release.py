"""Release archives from Python: `lint_path` on a tarball and `kwalitee()`, checked against the CLI
(whose kwalitee verdicts are tested against Module::CPANTS::Analyse in tests/kwalitee_parity.rs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cpanmeta

REPO = Path(__file__).resolve().parents[2]

SAMPLES = REPO / "tests" / "fixtures" / "archives" / "sample"


def cli_json(*args: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, "-m", "cpanmeta", *args, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["Foo-Bar-1.0.tar.gz", "Mismatch-1.0.tar.gz", "Zipped-1.0.zip"])
def test_lint_path_on_a_release_matches_the_cli(name: str) -> None:
    path = SAMPLES / name
    reports = cpanmeta.lint_path(path)
    cli = cli_json("lint", str(path))
    assert [r.filename for r in reports] == [f["path"] for f in cli["files"]]
    assert [r.to_dict()["diagnostics"] for r in reports] == [
        f["diagnostics"] for f in cli["files"]
    ]
    assert any(r.filename and "!/" in r.filename for r in reports)


def test_kwalitee_matches_the_cli() -> None:
    path = SAMPLES / "Mismatch-1.0.tar.gz"
    got = cpanmeta.kwalitee(path)
    want = cli_json("kwalitee", str(path))["releases"][0]
    assert got == want
    names = {i["name"] for i in got["indicators"]}
    assert "has_meta_yml" in names


def test_a_file_that_is_no_archive_is_unsupported_input(tmp_path: Path) -> None:
    fake = tmp_path / "Fake-1.0.tar.gz"
    fake.write_bytes(b"this is not gzip")
    with pytest.raises(cpanmeta.UnsupportedInputError):
        cpanmeta.lint_path(fake)
    with pytest.raises(cpanmeta.UnsupportedInputError):
        cpanmeta.kwalitee(fake)
    with pytest.raises(cpanmeta.PathError):
        cpanmeta.kwalitee(tmp_path / "missing.tar.gz")


def test_a_panic_in_the_core_becomes_internal_error_and_the_interpreter_lives_on() -> None:
    with pytest.raises(cpanmeta.InternalError, match="deliberate panic"):
        cpanmeta._cpanmeta._panic_for_test()
    # The module still works afterwards.
    assert cpanmeta.lint('{"name": "Foo"}', filename="META.json").valid is False
