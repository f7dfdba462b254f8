"""The lint API: inputs, options, results, errors."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

import cpanmeta

# CPAN::Meta::Validator 2.150010 on {"name": "Foo-Bar"} (no meta-spec: validated as 1.0).
# Produced with: perl -MCPAN::Meta::Validator -e '...->new({name=>"Foo-Bar"})->errors'
ONLY_NAME = '{"name": "Foo-Bar"}'


def test_lint_accepts_str_and_bytes_alike() -> None:
    a = cpanmeta.lint(ONLY_NAME, filename="META.json")
    b = cpanmeta.lint(ONLY_NAME.encode(), filename="META.json")
    assert a.to_dict() == b.to_dict()
    assert a.format == "json"
    assert not a.valid
    assert not a.ok
    assert a.parse_ok


def test_the_file_name_picks_the_format() -> None:
    report = cpanmeta.lint("---\nname: Foo-Bar\n", filename="META.yml")
    assert report.format == "yaml"
    assert report.filename == "META.yml"


def test_findings_are_returned_not_raised() -> None:
    report = cpanmeta.lint("{ not json", filename="META.json")
    assert not report.parse_ok
    assert report.parse_error
    assert report.diagnostics
    assert all(d.severity in ("error", "warning", "info") for d in report.diagnostics)


def test_diagnostics_carry_every_field_of_the_json_output() -> None:
    report = cpanmeta.lint(ONLY_NAME, filename="META.json")
    for d in report.diagnostics:
        data = d.to_dict()
        assert data["code"] == d.code and d.code.startswith("CM")
        assert data["rule"] == d.rule
        assert data["severity"] == d.severity
        assert data["message"] == d.message
        assert data["location"]["pointer"] == d.pointer
        if d.span is not None:
            assert (data["location"]["span"]["start"], data["location"]["span"]["end"]) == d.span
            assert data["location"]["start"]["line"] == d.line
            assert data["location"]["start"]["column"] == d.column
        assert data.get("compat_message") == d.compat_message
        assert data.get("help") == d.help
        assert d.docs_url.endswith("#" + d.code.lower())


def test_validator_messages_are_the_validators(oracle: list[dict[str, Any]], shared: Path) -> None:
    invalid = [r for r in oracle if r["parse_ok"] and not r["valid"]][:25]
    assert invalid
    for rec in invalid:
        path = shared / "corpus" / "files" / rec["path"]
        report = cpanmeta.lint(path.read_bytes(), filename=rec["path"], mode="compat")
        assert report.valid is False
        assert sorted(report.validator_errors) == sorted(rec["errors"])


def test_objects_are_immutable() -> None:
    report = cpanmeta.lint(ONLY_NAME, filename="META.json")
    with pytest.raises(AttributeError):
        report.valid = True  # type: ignore[misc]
    with pytest.raises(AttributeError):
        report.diagnostics[0].code = "X"  # type: ignore[misc]
    assert not dataclasses.is_dataclass(report)


def test_select_and_ignore_filter_by_code_prefix_name_or_group() -> None:
    everything = cpanmeta.lint(ONLY_NAME, filename="META.json")
    codes = {d.code for d in everything.diagnostics}
    first = sorted(codes)[0]
    only = cpanmeta.lint(ONLY_NAME, filename="META.json", select=[first])
    assert {d.code for d in only.diagnostics} == {first}
    without = cpanmeta.lint(ONLY_NAME, filename="META.json", ignore=[first])
    assert first not in {d.code for d in without.diagnostics}
    # the verdict does not depend on the selection
    assert without.valid == everything.valid


def test_compat_mode_reports_no_strict_only_rules() -> None:
    strict_only = {r["code"] for r in cpanmeta.rules() if r["modes"] == "strict-only"}
    report = cpanmeta.lint(ONLY_NAME, filename="META.json", mode="compat")
    assert not strict_only & {d.code for d in report.diagnostics}


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"mode": "lenient"}, "unknown mode"), ({"select": ["NOPE999"]}, "names no rule")],
)
def test_bad_options_raise_invalid_option_error(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(cpanmeta.InvalidOptionError, match=match) as info:
        cpanmeta.lint(ONLY_NAME, **kwargs)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, cpanmeta.Error)


def test_unsupported_input_raises_a_type_error() -> None:
    with pytest.raises(cpanmeta.UnsupportedInputError) as info:
        cpanmeta.lint(42)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_lint_path_on_files_and_directories(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "META.json").write_text(ONLY_NAME)
    (tmp_path / "a" / "META.yml").write_text("---\nname: Foo-Bar\n")
    (tmp_path / "a" / "README").write_text("not a META file")
    reports = cpanmeta.lint_path(tmp_path)
    assert [Path(r.filename or "").name for r in reports] == ["META.json", "META.yml"]
    single = cpanmeta.lint_path(str(tmp_path / "a" / "META.json"))
    assert len(single) == 1 and single[0].to_dict() == reports[0].to_dict()


def test_unreadable_paths_raise_path_error(tmp_path: Path) -> None:
    with pytest.raises(cpanmeta.PathError) as info:
        cpanmeta.lint_path(tmp_path / "missing")
    assert isinstance(info.value, OSError)
    with pytest.raises(cpanmeta.PathError, match="no META files"):
        cpanmeta.lint_path(tmp_path)


def test_rules_are_listed_with_docs() -> None:
    rules = cpanmeta.rules()
    assert rules
    codes = [r["code"] for r in rules]
    assert len(codes) == len(set(codes))
    assert all("## What it does" in r["docs"] for r in rules)


def test_report_to_dict_is_json_serialisable() -> None:
    report = cpanmeta.lint(ONLY_NAME, filename="META.json")
    assert json.loads(json.dumps(report.to_dict())) == report.to_dict()
