"""`python -m cpanmeta` is the same CLI as the binary: flags, formats, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cpanmeta


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cpanmeta", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_json_output_matches_the_api(tmp_path: Path) -> None:
    meta = tmp_path / "META.json"
    meta.write_text('{"name": "Foo-Bar"}')
    done = run("lint", "--format", "json", str(meta))
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert out["version"] == 1
    api = cpanmeta.lint_path(meta)[0].to_dict()
    assert out["files"][0]["diagnostics"] == api["diagnostics"]


def test_exit_codes() -> None:
    assert run("lint", "/nonexistent/META.json").returncode == 2
    assert run("lint", "--mode", "lenient", "x").returncode == 2
    assert run("--version").returncode == 0
    assert run("rules").returncode == 0


def test_stdin_with_a_file_name() -> None:
    done = run("lint", "--format", "json", "--stdin-filename", "META.yml", "-", stdin="---\nname: X\n")
    assert json.loads(done.stdout)["files"][0]["format"] == "yaml"
