#!/usr/bin/env python3
"""Builds tests/fixtures/purl/02packages-corpus.txt: a package index in the
02packages.details.txt format made from the corpus's own `provides` data.

Input: tests/oracle/parsed-corpus.jsonl (what Perl's Parse::CPAN::Meta read from each corpus file).
A distribution is included when its META has `provides` and an `x_authority` of the form
`cpan:ID` (the author directory of the path is that ID; x_authority names the permission holder,
which for these releases is the uploader's ID as PAUSE indexes it). The archive extension is the
cpan type's default, tar.gz. When several files of one distribution are in the corpus, the first
(sorted by path) wins. Run: python3 tests/oracle/make_02packages.py
"""
import json, os, re

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
lines, seen_dist, seen_mod = [], set(), set()
rows = [json.loads(l) for l in open(os.path.join(root, "tests/oracle/parsed-corpus.jsonl"))]
for row in sorted(rows, key=lambda r: r["path"]):
    if not row.get("ok"):
        continue
    m = row["data"]
    name, version, auth, prov = m.get("name"), m.get("version"), m.get("x_authority"), m.get("provides")
    if not (isinstance(name, str) and isinstance(version, str) and isinstance(auth, str) and isinstance(prov, dict)):
        continue
    mt = re.fullmatch(r"cpan:([A-Za-z][A-Za-z0-9-]{1,8})", auth.strip(), re.I)
    if not mt or name in seen_dist:
        continue
    seen_dist.add(name)
    a = mt.group(1).upper()
    path = f"{a[0]}/{a[:2]}/{a}/{name}-{version}.tar.gz"
    for mod, info in sorted(prov.items()):
        if mod in seen_mod or not isinstance(info, dict):
            continue
        seen_mod.add(mod)
        v = info.get("version")
        lines.append(f"{mod:<40} {v if isinstance(v, str) and v else 'undef':>12}  {path}")
lines.sort(key=str.lower)
header = [
    "File:         02packages.details.txt",
    "Description:  Test fixture built by tests/oracle/make_02packages.py from the corpus provides data",
    "Columns:      package name, version, path",
    "Intended-For: cpanmeta tests (not a real CPAN index)",
    f"Line-Count:   {len(lines)}",
    "",
]
with open(os.path.join(root, "tests/fixtures/purl/02packages-corpus.txt"), "w") as f:
    f.write("\n".join(header + lines) + "\n")
print(len(seen_dist), "distributions,", len(lines), "modules")
