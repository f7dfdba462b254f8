"""Versions, ranges, purls and licenses from Python, against the reference data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cpanmeta


def semantics(shared: Path) -> dict[str, Any]:
    path = shared / "data" / "cpan-meta-oracle" / "perl-version-semantics.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_versions_compare_as_version_pm(shared: Path) -> None:
    comparisons = semantics(shared)["comparisons"]
    assert comparisons
    for c in comparisons:
        a, b = cpanmeta.Version(c["a"]), cpanmeta.Version(c["b"])
        got = (a > b) - (a < b)
        assert got == c["cmp"], c
        assert (a == b) == (c["cmp"] == 0)


def test_version_forms_match_version_pm(shared: Path) -> None:
    for v in semantics(shared)["versions"]:
        assert cpanmeta.is_lax(v["input"]) == v["is_lax"], v
        assert cpanmeta.is_strict(v["input"]) == v["is_strict"], v
        if v["is_lax"] and v.get("normal") is not None:
            ver = cpanmeta.Version(v["input"])
            assert ver.normal() == v["normal"], v
            assert ver.numify() == v["numify"], v
            assert ver.is_alpha == v["is_alpha"], v


def test_the_classic_trap() -> None:
    # version.pm: 1.10 is 1.100, which is less than 1.9 (1.900).
    assert cpanmeta.Version("1.10") < cpanmeta.Version("1.9")
    assert len({cpanmeta.Version("1.1"), cpanmeta.Version("1.10")}) == 1


def test_invalid_versions_raise_invalid_value_error() -> None:
    with pytest.raises(cpanmeta.InvalidValueError, match="Invalid version format") as info:
        cpanmeta.Version("1.2a")
    assert isinstance(info.value, ValueError)


def test_ranges_accept_and_intersect() -> None:
    r = cpanmeta.Range(">= 1.2, != 1.5, < 2.0")
    assert r.accepts("1.3") and not r.accepts("1.5") and not r.accepts("2.0")
    assert r.accepts(cpanmeta.Version("1.99"))
    assert cpanmeta.Range(">= 2").intersect(cpanmeta.Range("< 1")).is_empty
    assert not cpanmeta.Range("0").is_empty


def test_purls_parse_and_canonicalise() -> None:
    p = cpanmeta.Purl.parse("pkg:CPAN/libwww-perl@6.72?author=OALDERS")
    assert (p.type, p.name, p.version, p.qualifiers) == ("cpan", "libwww-perl", "6.72", {"author": "OALDERS"})
    assert str(p) == "pkg:cpan/libwww-perl@6.72?author=OALDERS"
    with pytest.raises(cpanmeta.InvalidValueError):
        cpanmeta.Purl.parse("pkg:")
    codes = {d.code for d in cpanmeta.validate_purl("pkg:cpan/LWP::UserAgent@1.0")}
    assert codes
    assert not cpanmeta.validate_purl("pkg:cpan/libwww-perl@6.72?author=OALDERS")


def test_license_mapping_comes_from_the_table() -> None:
    table = cpanmeta.license_table()
    by_string = {(e["vocabulary"], e["string"]): e["spdx"] for e in table["entries"]}
    assert cpanmeta.spdx_for_cpan_license("perl_5") == by_string[("v2", "perl_5")]
    assert cpanmeta.spdx_for_cpan_license("unknown") == "NOASSERTION"
    assert cpanmeta.spdx_for_cpan_license("gpl", spec_version="1.4") == by_string[("v1", "gpl")]
    assert cpanmeta.spdx_for_cpan_license("Perl_5") is None
    with pytest.raises(cpanmeta.InvalidOptionError):
        cpanmeta.spdx_for_cpan_license("perl_5", spec_version="3")


def test_spdx_expressions_are_checked() -> None:
    assert cpanmeta.check_spdx_expression("MIT OR Apache-2.0")["valid"]
    bad = cpanmeta.check_spdx_expression("MIT OR")
    assert not bad["valid"] and bad["problems"]
