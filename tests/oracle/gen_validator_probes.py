#!/usr/bin/env python3
"""Writes validator-probes.jsonl: synthetic META structures probing CPAN::Meta::Validator's
corners (Perl truthiness and stringification, unanchored regexes, `$` before a final newline,
list items as path labels, every check on undef / "" / "0" / references / booleans).

    python3 gen_validator_probes.py > validator-probes.jsonl
    perl validator_oracle.pl cases validator-probes.jsonl > validator-probes-results.jsonl
"""
import copy
import json
import sys

V2 = {
    "abstract": "Frobnicate widgets",
    "author": ["A. U. Thor <author@example.org>"],
    "dynamic_config": 0,
    "generated_by": "hand",
    "license": ["perl_5"],
    "meta-spec": {"version": "2"},
    "name": "Foo-Bar",
    "release_status": "stable",
    "version": "1.00",
}
V14 = {
    "abstract": "Frobnicate widgets",
    "author": ["A. U. Thor <author@example.org>"],
    "generated_by": "hand",
    "license": "perl",
    "meta-spec": {"version": "1.4", "url": "http://module-build.sourceforge.net/META-spec-v1.4.html"},
    "name": "Foo-Bar",
    "version": "1.00",
}
URL = {v: f"http://module-build.sourceforge.net/META-spec-v{v}.html" for v in ["1.0", "1.1", "1.2", "1.3", "1.4"]}

CASES = []


def case(id_, input_):
    CASES.append({"id": id_, "input": input_})


def with_(base, **fields):
    d = copy.deepcopy(base)
    for k, v in fields.items():
        d[k.replace("__", "-")] = v
    return d


def spec1(version, **fields):
    d = with_(V14, **fields)
    d["meta-spec"] = {"version": version, "url": URL[version]}
    return d


# meta-spec and the spec choice
for i, ms in enumerate([None, [], "2", {}, {"version": None}, {"version": {}}, {"version": True},
                        {"version": False}, {"version": " 2"}, {"version": "2\n"}, {"version": 2},
                        {"version": "1.4"}, {"version": "0"}, {"version": 1.4}, {"version": "v2"}]):
    case(f"meta-spec-{i}", with_(V2, meta__spec=ms))
case("meta-spec-v2-extra-keys", with_(V2, meta__spec={"version": "2", "foo": 1, "x_y": 2, "url": None}))
case("meta-spec-1.4-no-url", with_(V14, meta__spec={"version": "1.4"}))
case("meta-spec-1.4-empty-key", with_(V14, meta__spec={"version": "1.4", "url": URL["1.4"], "": 1}))
for i, u in enumerate([None, "", "0", URL["1.0"], URL["1.4"] + " ", {}, URL["1.2"]]):
    case(f"urlspec-1.3-{i}", with_(spec1("1.3"), meta__spec={"version": "1.3", "url": u}))

# root shapes
case("root-list", [1, 2])
case("root-string", "META")
case("root-empty-map", {})

# keys: ':key', '', '0', newline, unicode
case("v2-colon-key", with_(V2, **{":key": {"anything": 1}}))
case("v2-resources-colon-key", with_(V2, resources={":key": "", "x_a": None, "x_b": {}}))
case("v14-empty-key", with_(V14, **{"": 1, "0": 2}))
case("v2-zero-key", with_(V2, **{"0": 1, "X_": 2, "x-": 3}))
case("v14-custom-resources", with_(V14, resources={
    "Irc\n": "a", "IRC_x": "b", "Foo-Bar": "c", "\u212Aelvin": "d", "\u212Aelvin_X": "e", "": "f",
    "0": "g", "MailingList": "", "X": None, "license": None, "homepage": "x:y"}))

# modules, phases, relations
case("v2-module-names", with_(V2, prereqs={"runtime": {"requires": {
    "Foo::Bar\n": "1", "Foo::": "1", "": "1", "0": "1", "::Foo": "1", "Foo:::Bar": "1",
    "Foo::Bar::": "1", "_": "1", "9": "1", "Fo\u00f6": "1"}}}))
case("v2-phases", with_(V2, prereqs={"": {}, "FooX_bar": {}, "Runtime": {}, "test": [],
                                      "develop": {"": {}, "RequireS": {}, "x": {},
                                                  "suggests": "Foo", "conflicts": {"Foo": "<undef>"}}}))
case("v14-conflicts", with_(V14, conflicts={"Foo": "1.0, 2.0", "Bar": None, "Baz": "", "Qux": ">= 1"}))

# booleans
for i, b in enumerate(["1\n", "01", 2, True, False, None, "", "true", {}, " 1", 1, 0]):
    case(f"boolean-{i}", with_(V2, dynamic_config=b))
case("boolean-1.4-absent", {k: v for k, v in V14.items() if k != "dynamic_config"})

# versions
for i, v in enumerate(["", " 1.0", "v1", "==1", "=1", "v", "\u0661\u0662", None, {}, False,
                       0, "0", "-1", "1.0abc", "<= 1", ">=v1.2", "! 1", "\n1", "\t1", "\u00a01",
                       "1\n", [], True, "0.0", 1.5]):
    case(f"version-{i}", with_(V2, version=v))
for i, v in enumerate([",1.0", "1.0,,2.0", ",,", "1.0, latest, ~2", 0, "", None, {}, [], True,
                       False, "0", ",", " ", "1.0,", "a,b", ", 1", "0,0"]):
    case(f"exversion-{i}", with_(V2, prereqs={"runtime": {"requires": {"Foo": v}}}))
case("provides-shapes", with_(V2, provides={
    "Foo-Bar": {"file": "x"}, "Foo::A": "lib/A.pm", "Foo::B": {"file": None, "version": None},
    "Foo::C": {"file": "", "version": "", "x": 1}, "Foo::D": {"file": {}, "version": {}},
    "Foo::E": {}, "Foo::F": None}))

# lists and list items as path labels
case("v2-author-items", with_(V2, author=[None, "", "0", {}, [], True, False, 0, 1.0, "a"]))
case("v2-author-empty", with_(V2, author=[]))
case("v2-license-items", with_(V2, license=[None, "", "perl_5", {}, "perl", True, "0"]))
case("v2-keywords", with_(V2, keywords=["", " ", None]))
for i, lic in enumerate([None, "0", "", [], {}, "perl", "perl_5", "open_source", "restrictive", True]):
    case(f"license-1.4-{i}", with_(V14, license=lic))
case("license-1.0", {"version": "1", "license": "gpl"})
case("license-1.0-v2-name", {"version": "1", "license": "gpl_3"})

# urls
for i, u in enumerate([None, "", "0", "http:", "http://", "http:///x", "//host/x", "x:y", ":foo",
                       "HTTP://X", {}, "a?b:c", "http:\n//x", "http://x\n", "1http://x",
                       "git://github.com/a/b.git", "http://#frag", "http://?q", "a b://c", []]):
    case(f"url-{i}", with_(V2, resources={"homepage": u}))
case("url-v2-resources-shapes", with_(V2, resources={
    "license": ["", None, "x", "http://a"], "bugtracker": {"mailto": None, "web": "", "x": 1},
    "repository": {"type": None, "url": {}, "web": None, "X_y": None}}))
case("url-v2-resources-license-scalar", with_(V2, resources={"license": "http://a"}))
case("url-1.1-license-uri", {"version": "1", "license_uri": "www.example.org"})

# release_status
for i, (v, rs) in enumerate([({}, "stable"), ("1_0", "stable"), (True, "Stable"), ("1.0", "stable\n"),
                             ("1.0", {}), ("1.0", None), (None, "stable"), ("1_0", "unstable"),
                             ("", "testing"), (0, "beta"), ("1.0_1", ["testing"])]):
    case(f"release-status-{i}", with_(V2, version=v, release_status=rs))

# no_index and private across versions
for ver in ["1.1", "1.2", "1.3", "1.4"]:
    d = spec1(ver) if ver != "1.1" else with_(V14, meta__spec={"version": "1.1"})
    d["private"] = {"dir": ["a"], "directory": "b", "x": "scalar", "": ["c"], "file": [None]}
    d["no_index"] = "garbage"
    d["$no_index"] = {"dir": "a", "file": [""]}
    case(f"no-index-{ver}", d)
case("no-index-v2", with_(V2, no_index={"file": "x", "directory": [None], "dir": [], "x_y": 1,
                                        "package": {}, "namespace": ["A"]}))

# optional_features
case("optional-features-v2", with_(V2, optional_features={
    "": {"description": None, "prereqs": {"runtime": {"requires": {"Foo-Bar": "x"}}}, "y": 1},
    "feat": "scalar", "ok": {"description": "d", "x_k": 1}}))
case("optional-features-1.4", with_(V14, optional_features={
    "feat": {"description": "", "requires": {"Foo": "latest"}, "build_requires": "x",
             "conflicts": {"Bar": ""}, "configure_requires": {"Baz": "no"}, "": 1}}))

# 1.0 / 1.1 documents without meta-spec
case("spec-1.0-empty-version", {"version": "", "name": ""})
case("spec-1.0-missing-version", {"name": "Foo"})
case("spec-1.0-fields", {"version": "1", "dynamic_config": "2", "requires": {"Foo": "x"},
                         "private": {"x": 1}, "license_uri": None, "build_requires": []})
case("spec-1.1-fields", {"meta-spec": {"version": "1.1"}, "version": "1",
                         "private": {"x": 1, "y": [""]}, "conflicts": {"A": ""}})

for c in CASES:
    sys.stdout.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
