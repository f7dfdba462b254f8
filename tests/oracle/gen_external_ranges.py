#!/usr/bin/env python3
"""Expectations for the version-range engines of x_external_prereqs, from the reference tools.

Writes tests/fixtures/external/ranges-expected.jsonl, which tests/external_ranges.rs checks the
Rust engines against. Each line is one question and the reference tool's answer:

  deb   valid / cmp      `dpkg --validate-version`, `dpkg --compare-versions`
  rpm   cmp              rpm's own `rpm.vercmp` (through `rpm --eval` and its Lua interpreter)
  pypi  valid / cmp / spec_valid   the `packaging` library (Version, SpecifierSet)
  npm   valid_range / satisfies    node-semver (`validRange`, `satisfies`)

Usage (from the repository root):
  python3 -m venv /tmp/v && /tmp/v/bin/pip install packaging
  (cd /tmp/n && npm install semver)
  /tmp/v/bin/python tests/oracle/gen_external_ranges.py /tmp/n/node_modules
The cases come from a fixed-seed generator plus hand-picked edge cases, so a rerun with the same
tools writes the same file.
"""
import json
import os
import random
import subprocess
import sys

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

OUT = "tests/fixtures/external/ranges-expected.jsonl"
rng = random.Random(725)


def noisy(alphabet, n_max=8):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, n_max)))


def deb_versions():
    fixed = ["1.0", "1.0~rc1", "1.0~~", "1.0~~a", "1.0~", "1.0a", "1.0+b1", "1:0.1", "2.0",
             "1.0-1", "1.0-01", "3.0.2-0ubuntu1", "3.0.2-0ubuntu1.10", "0:1.0", "1.0-", "a1.0",
             ":1.0", "1:", "1.0 2", "1_0", "10", "9", "1.2.3-4~bpo11+1", "1.2.3-4", "2:1.0~beta"]
    return fixed + [noisy("0123456789.~+-:ab", 9) for _ in range(250)]


def rpm_versions():
    fixed = ["1.0", "1.0~rc1", "1.0^git1", "1.0.1", "1.0a", "1.01", "1.1", "2.0", "10", "1.0^",
             "1.0~", "1..0", "1_0", "a", "1.a", "1.0^git1~rc1", "0001", "1.0.0"]
    return fixed + [noisy("0123456789.~^_abz", 8) for _ in range(250)]


def pypi_versions():
    fixed = ["1.0", "1.0.0", "1", "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12",
             "1.0b2.post345.dev456", "1.0rc1", "1.0+abc.5", "1.0+5", "1.0.post456", "1.0.15",
             "1!1.0", "v1.0", "1.0ALPHA1", "1.0-preview_2", "1.0-1", "1.0.rev", "1.0-", "1..0",
             "1.0+", "1.0c1", "1.0pre1", "1.0.post", "1.0-dev", "1.0_a_1", "1.0+local-1_x"]
    parts = ["1", "0", "2", "10", ".", ".", "a", "b", "rc", "c", "post", "dev", "-", "_", "+", "!", "v", "alpha", "r"]
    return fixed + [noisy(parts, 6) for _ in range(300)]


def pypi_specs():
    fixed = [">=1.2, <2", "~=1.4.2", "~=1", "==1.*", "==1.0a1.*", "!=1.5.*", ">=1.0+local",
             "==1.0+local", "===foobar", "1.0", "^1.2", ">= 1.0", "<2,>1", ">=1,", "", " ",
             "~=1.0.post1", "==1.0.post1.*", ">1.0.dev1", "<=v2"]
    ops = ["==", "!=", ">=", "<=", "<", ">", "~=", "===", "^", ""]
    gen = []
    for _ in range(200):
        n = rng.randint(1, 2)
        gen.append(", ".join(rng.choice(ops) + rng.choice(pypi_versions()) for _ in range(n)))
    return fixed + gen


def npm_ranges():
    fixed = ["^1.2.3", "~1.2.3", "1.2.3 - 2.3", "1.x || >=2.5.0", ">= 1.0.0 <1.5", "*", "",
             "1.2", "1", "x", ">=", "latest", "^0.0.3", "~>1.2", "=v1.2.3", ">=1.2.3 <1.2.3",
             "1.2.3 - 2", "<=1.2", ">1.2", "~1", "^0.1", "1.2.x", "1.2.*", "a.b.c"]
    ops = ["", "^", "~", ">=", "<=", ">", "<", "="]
    vs = ["1", "1.2", "1.2.3", "0.0.1", "0.1", "2.x", "3.1.4", "10.0.0", "x"]
    gen = []
    for _ in range(150):
        n = rng.randint(1, 3)
        gen.append(" ".join(rng.choice(ops) + rng.choice(vs) for _ in range(n)))
    return fixed + gen


def main():
    node_modules = os.path.abspath(sys.argv[1])
    lines = []

    debs = deb_versions()
    for v in debs:
        ok = subprocess.run(["dpkg", "--validate-version", v], capture_output=True).returncode == 0
        lines.append({"scheme": "deb", "op": "valid", "a": v, "result": ok})
    good = [v for v in debs if subprocess.run(["dpkg", "--validate-version", v], capture_output=True).returncode == 0]
    for _ in range(400):
        a, b = rng.choice(good), rng.choice(good)
        if subprocess.run(["dpkg", "--compare-versions", a, "lt", b]).returncode == 0:
            r = -1
        elif subprocess.run(["dpkg", "--compare-versions", a, "eq", b]).returncode == 0:
            r = 0
        else:
            r = 1
        lines.append({"scheme": "deb", "op": "cmp", "a": a, "b": b, "result": r})

    rpms = rpm_versions()
    pairs = [(rng.choice(rpms), rng.choice(rpms)) for _ in range(400)]
    lua = "".join(f'print(rpm.vercmp({json.dumps(a)}, {json.dumps(b)}) .. " ")\n' for a, b in pairs)
    out = subprocess.run(["rpm", "--eval", "%{lua:\n" + lua + "}"], capture_output=True, text=True, check=True).stdout.split()
    for (a, b), r in zip(pairs, out):
        lines.append({"scheme": "rpm", "op": "cmp", "a": a, "b": b, "result": int(r)})

    pvs = pypi_versions()
    good = []
    for v in pvs:
        try:
            Version(v)
            good.append(v)
            ok = True
        except InvalidVersion:
            ok = False
        lines.append({"scheme": "pypi", "op": "valid", "a": v, "result": ok})
    for _ in range(400):
        a, b = rng.choice(good), rng.choice(good)
        va, vb = Version(a), Version(b)
        lines.append({"scheme": "pypi", "op": "cmp", "a": a, "b": b, "result": (va > vb) - (va < vb)})
    for s in pypi_specs():
        try:
            SpecifierSet(s)
            ok = True
        except InvalidSpecifier:
            ok = False
        lines.append({"scheme": "pypi", "op": "spec_valid", "a": s, "result": ok})

    ranges = npm_ranges()
    versions = ["0.0.1", "0.0.3", "0.0.4", "0.1.0", "0.1.9", "1.0.0", "1.2.0", "1.2.3", "1.2.9",
                "1.3.0", "1.4.9", "1.5.0", "2.0.0", "2.3.9", "2.4.0", "2.5.0", "3.1.4", "10.0.0"]
    js = (
        f"const s = require({json.dumps(node_modules + '/semver')});\n"
        f"const ranges = {json.dumps(ranges)};\nconst versions = {json.dumps(versions)};\n"
        "const out = [];\n"
        "for (const r of ranges) {\n"
        "  const valid = s.validRange(r) !== null;\n"
        "  out.push({scheme: 'npm', op: 'valid_range', a: r, result: valid});\n"
        "  if (valid) for (const v of versions) out.push({scheme: 'npm', op: 'satisfies', a: r, b: v, result: s.satisfies(v, r)});\n"
        "}\n"
        "console.log(JSON.stringify(out));\n"
    )
    out = subprocess.run(["node", "-e", js], capture_output=True, text=True, check=True).stdout
    lines.extend(json.loads(out))

    with open(OUT, "w") as f:
        for line in lines:
            f.write(json.dumps(line, sort_keys=True) + "\n")
    print(f"wrote {len(lines)} expectations to {OUT}")


if __name__ == "__main__":
    main()
