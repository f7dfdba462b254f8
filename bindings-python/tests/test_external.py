"""External dependencies (`x_external_prereqs`) in the lint report, from Python."""

from __future__ import annotations

from pathlib import Path

import cpanmeta

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "external-dependencies"


def test_external_dependencies_are_listed_as_purls() -> None:
    report = cpanmeta.lint((EXAMPLES / "META.json").read_bytes(), filename="META.json")
    assert report.valid
    assert not report.diagnostics
    deps = report.external_dependencies
    assert deps == report.to_dict()["external_dependencies"]
    assert deps[0] == {
        "purl": "dep:virtual/compiler/c",
        "kind": "virtual",
        "phase": "build",
        "relationship": "requires",
        "range": "0",
    }
    assert {d["purl"] for d in deps if d["kind"] == "package"} == {
        "pkg:deb/debian/libssl3",
        "pkg:rpm/fedora/openssl-libs",
        "pkg:generic/openssl",
        "pkg:pypi/cryptography",
        "pkg:npm/pg-mock",
    }


def test_a_file_without_the_extension_lists_none() -> None:
    report = cpanmeta.lint('{"name": "Foo-Bar"}', filename="META.json")
    assert report.external_dependencies == []


def test_the_rules_fire_from_python() -> None:
    report = cpanmeta.lint(
        (EXAMPLES / "invalid-META.json").read_bytes(), filename="META.json", select=["external"]
    )
    assert sorted({d.code for d in report.diagnostics}) == [f"CM7{i:02}" for i in range(11)]
