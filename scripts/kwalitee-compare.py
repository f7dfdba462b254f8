#!/usr/bin/env python3
"""Compare cpanmeta's kwalitee indicators with Module::CPANTS::Analyse, release by release and
indicator by indicator.

usage: scripts/kwalitee-compare.py [DATA_DIR] [--cpanmeta PATH] [--out DIR]

DATA_DIR (default $CPANMETA_KWALITEE_DATA or /work/kwalitee-data) holds tarballs/ (fetched by
tests/oracle/kwalitee/fetch.py) and, once computed, cpants.jsonl (the reference's verdicts, made
by tests/oracle/kwalitee/cpants.pl; computed here when missing). The results go to
tests/oracle/kwalitee/ (or --out): comparison.json (per-indicator agreement and every
difference, with its explanation from explanations.tsv) and reference.jsonl (the reference's
verdicts for the indicators compared, so the Rust test needs no perl).
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = os.path.join(ROOT, "tests", "oracle", "kwalitee")

INDICATORS = [
    "has_meta_yml", "has_meta_json", "no_missing_files_in_provides", "meta_yml_is_parsable",
    "meta_json_is_parsable", "meta_yml_has_provides", "meta_yml_conforms_to_known_spec",
    "meta_json_conforms_to_known_spec", "meta_yml_declares_perl_version",
    "meta_yml_has_repository_resource", "meta_yml_has_license", "has_human_readable_license",
    "has_separate_license_file", "has_license_in_source_file", "has_known_license_in_source_file",
    "distname_matches_name_in_meta", "has_version", "has_proper_version", "no_mymeta_files",
    "has_security_doc", "security_doc_contains_contact", "has_contributing_doc",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=os.environ.get("CPANMETA_KWALITEE_DATA", "/work/kwalitee-data"))
    ap.add_argument("--cpanmeta", default=os.path.join(ROOT, "target", "release", "cpanmeta"))
    ap.add_argument("--out", default=ORACLE)
    args = ap.parse_args()
    tar_dir = os.path.join(args.data, "tarballs")
    tarballs = sorted(os.path.join(tar_dir, f) for f in os.listdir(tar_dir))
    ref_path = os.path.join(args.data, "cpants.jsonl")
    if not os.path.exists(ref_path):
        with open(ref_path, "w") as out:
            subprocess.run(["perl", os.path.join(ORACLE, "cpants.pl"), "-"], input="\n".join(tarballs),
                           text=True, stdout=out, check=True)
    reference = {}
    with open(ref_path) as fh:
        for line in fh:
            r = json.loads(line)
            reference[r["file"]] = r
    ours = {}
    start = time.time()
    for i in range(0, len(tarballs), 50):
        batch = tarballs[i:i + 50]
        p = subprocess.run([args.cpanmeta, "kwalitee", "--format", "json", *batch], capture_output=True, text=True)
        if p.returncode == 2:
            sys.stderr.write(p.stderr)
        for rep in json.loads(p.stdout)["releases"]:
            ours[rep["release"]] = rep
    seconds = time.time() - start
    explanations = {}
    expl_path = os.path.join(args.out, "explanations.tsv")
    if os.path.exists(expl_path):
        with open(expl_path) as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                release, indicator, why = line.rstrip("\n").split("\t", 2)
                explanations[(release, indicator)] = why
    dup_key = "meta_yml_has_duplicate_keys (record)"
    per = {n: {"agree": 0, "differ": 0} for n in INDICATORS + ["meta_yml_has_duplicate_keys (record)"]}
    differences = []
    compared = 0
    for name in sorted(reference):
        ref = reference[name]
        if "died" in ref or name not in ours:
            differences.append({"release": name, "indicator": "*", "reference": ref.get("died", "missing"),
                                "cpanmeta": "ok" if name in ours else "not read"})
            continue
        compared += 1
        mine = {i["name"]: int(i["value"]) for i in ours[name]["indicators"]}
        # The duplicate-keys record: whether CPANTS noted CPAN::Meta::YAML's duplicate-key warnings.
        dup = "meta_yml_has_duplicate_keys (record)"
        r_dup = bool(ref.get("error", {}).get("meta_yml_has_duplicate_keys"))
        m_dup = bool(ours[name]["records"]["meta_yml_has_duplicate_keys"])
        per[dup]["agree" if r_dup == m_dup else "differ"] += 1
        if r_dup != m_dup:
            differences.append({"release": name, "indicator": dup, "reference": r_dup, "cpanmeta": m_dup})
        for n in INDICATORS:
            r, m = ref["kwalitee"].get(n), mine.get(n)
            if r == m:
                per[n]["agree"] += 1
            else:
                per[n]["differ"] += 1
                differences.append({"release": name, "indicator": n, "reference": r, "cpanmeta": m,
                                    "reference_error": ref.get("error", {}).get(n),
                                    "explanation": explanations.get((name, n), explanations.get(("*", n)))})
    result = {
        "reference": "Module::CPANTS::Analyse 1.01 (+ SiteKwalitee indicators per tests/oracle/kwalitee/cpants.pl), perl 5.36.0",
        "releases": len(reference),
        "compared": compared,
        "indicators": {n: dict(per[n], agreement=f"{per[n]['agree']}/{per[n]['agree'] + per[n]['differ']}") for n in per},
        "differences": differences,
        "unexplained": sum(1 for d in differences if not d.get("explanation")),
    }
    with open(os.path.join(args.out, "comparison.json"), "w") as fh:
        json.dump(result, fh, indent=1, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(args.out, "reference.jsonl"), "w") as fh:
        for name in sorted(reference):
            ref = reference[name]
            row = {"file": name, "kwalitee": {n: ref.get("kwalitee", {}).get(n) for n in INDICATORS},
                   "meta_yml_has_duplicate_keys": bool(ref.get("error", {}).get("meta_yml_has_duplicate_keys"))}
            if "died" in ref:
                row["died"] = ref["died"]
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    total_agree = sum(per[n]["agree"] for n in INDICATORS)
    total = total_agree + sum(per[n]["differ"] for n in INDICATORS)
    print(f"kwalitee comparison: {compared} releases, {total_agree}/{total} verdicts agree, "
          f"{len(differences)} differences ({result['unexplained']} unexplained); cpanmeta took {seconds:.1f}s")
    print(f"  duplicate-keys record: {per[dup_key]['agree']}/{compared}")
    for n in INDICATORS:
        if per[n]["differ"]:
            print(f"  {n}: {per[n]['agree']}/{per[n]['agree'] + per[n]['differ']}")


if __name__ == "__main__":
    main()
