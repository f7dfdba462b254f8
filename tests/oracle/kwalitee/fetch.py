#!/usr/bin/env python3
"""Fetch real CPAN release tarballs for the kwalitee comparison: the upstream `.orig.tar.*` of
Debian bookworm's Perl library source packages (Debian keeps the CPAN upload byte for byte unless
it had to repack it).

Selection (deterministic): the source packages of the shared corpus manifest
(/work/shared/corpus/manifest.tsv, column debian_source) whose orig tarball in the apt Sources
index is a format CPAN accepts (.tar.gz, .tgz, .tar.bz2, .zip) and at most MAX_BYTES, sorted by
name, every k-th so that about TARGET packages are taken across the alphabet.

Each package is fetched with `apt-get source --download-only` (needs a deb-src entry for the
same archive) into DATA/dl/<package>/, then the orig tarball is renamed to the name CPAN gave it
(`<top directory>.<ext>`, e.g. `Foo-Bar-1.23.tar.gz`) under DATA/tarballs/, because both
Module::CPANTS::Analyse and cpanmeta derive the distribution name and version from the file name.

usage: fetch.py [DATA_DIR] [TARGET] [JOBS]     (DATA_DIR defaults to /work/kwalitee-data)
"""
import csv
import glob
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from concurrent.futures import ThreadPoolExecutor

MAX_BYTES = 3_000_000
EXT_RE = re.compile(r"\.orig\.(tar\.gz|tgz|tar\.bz2|zip)$")


def sources_index():
    """package -> (version, orig file name, size) from the apt Sources indexes."""
    out = {}
    for fname in sorted(glob.glob("/var/lib/apt/lists/*_source_Sources*")):
        txt = subprocess.run(["/usr/lib/apt/apt-helper", "cat-file", fname], check=True,
                             capture_output=True).stdout.decode("utf-8", "replace")
        for para in txt.split("\n\n"):
            pkg = re.search(r"^Package: (\S+)", para, re.M)
            ver = re.search(r"^Version: (\S+)", para, re.M)
            files = re.search(r"^Checksums-Sha256:\n((?: .*\n?)+)", para, re.M)
            if not (pkg and ver and files):
                continue
            for line in files.group(1).splitlines():
                parts = line.split()
                if len(parts) == 3 and ".orig." in parts[2] and ".orig-" not in parts[2] \
                        and not parts[2].endswith(".asc"):
                    out[pkg.group(1)] = (ver.group(1), parts[2], int(parts[1]))
    return out


def top_dir(path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
    else:
        with tarfile.open(path, "r:*") as t:
            names = t.getnames()
    tops = {n.lstrip("./").split("/", 1)[0] for n in names if n.strip("./")}
    return tops.pop() if len(tops) == 1 else None


def fetch(pkg, data):
    dl = os.path.join(data, "dl", pkg)
    os.makedirs(dl, exist_ok=True)
    r = subprocess.run(["apt-get", "source", "--download-only", "-q",
                        "-o", "APT::Sandbox::User=root", pkg], cwd=dl,
                       capture_output=True, text=True)
    origs = [f for f in os.listdir(dl) if EXT_RE.search(f)]
    # The orig tarball is all we need: a failure on the Debian packaging files does not matter.
    if not origs:
        return pkg, "download_failed", (r.stderr or r.stdout)[-300:]
    src = os.path.join(dl, origs[0])
    ext = EXT_RE.search(origs[0]).group(1)
    try:
        top = top_dir(src)
    except Exception as e:  # unreadable archive: keep it under its Debian name
        top = None
    name = f"{top}.{ext}" if top and "/" not in top else origs[0]
    dest = os.path.join(data, "tarballs", name)
    if os.path.exists(dest):
        name = f"{pkg}__{name}"
        dest = os.path.join(data, "tarballs", name)
    shutil.move(src, dest)
    shutil.rmtree(dl, ignore_errors=True)
    return pkg, "ok", name


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "/work/kwalitee-data"
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 340
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    os.makedirs(os.path.join(data, "tarballs"), exist_ok=True)
    with open("/work/shared/corpus/manifest.tsv") as fh:
        corpus = sorted({row["debian_source"] for row in csv.DictReader(fh, delimiter="\t")})
    index = sources_index()
    eligible = [p for p in corpus if p in index and EXT_RE.search(index[p][1])
                and index[p][2] <= MAX_BYTES]
    step = max(1, len(eligible) // target)
    chosen = eligible[::step][:target]
    log_path = os.path.join(data, "fetch_log.tsv")
    done = set()
    if os.path.exists(log_path):
        with open(log_path) as fh:
            done = {line.split("\t")[0] for line in fh}
    todo = [p for p in chosen if p not in done]
    print(f"{len(eligible)} eligible, {len(chosen)} chosen, {len(todo)} to fetch", file=sys.stderr)
    with ThreadPoolExecutor(jobs) as ex, open(log_path, "a") as log:
        for pkg, status, detail in ex.map(lambda p: fetch(p, data), todo):
            log.write(f"{pkg}\t{status}\t{detail}\n")
            log.flush()


if __name__ == "__main__":
    main()
