#!/usr/bin/env python3
"""Builds the small committed sample of releases for the kwalitee comparison
(tests/fixtures/archives/sample/): tiny releases that each exercise one branch of CPANTS's
logic the real releases rarely reach. Deterministic (fixed times, owners and order), so
re-running it reproduces the same bytes. The reference's verdicts on them are in
tests/fixtures/archives/sample-reference.jsonl (made with tests/oracle/kwalitee/cpants.pl).

usage: python3 tests/oracle/kwalitee/make_sample.py
"""
import bz2
import gzip
import io
import json
import os
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "tests", "fixtures", "archives", "sample")

PM = b"""package Foo::Bar;
our $VERSION = '1.0';
1;
__END__

=head1 NAME

Foo::Bar - a foo

=head1 LICENSE

This library is free software; you can redistribute it and/or modify it
under the same terms as Perl itself.

=cut
"""


def yml(name="Foo-Bar", extra=""):
    return (f"---\nabstract: a foo\nauthor:\n  - 'A. U. Thor <a@example.org>'\nbuild_requires:\n"
            f"  Test::More: 0\ngenerated_by: 'hand'\nlicense: perl\nmeta-spec:\n"
            f"  url: http://module-build.sourceforge.net/META-spec-v1.4.html\n  version: 1.4\n"
            f"name: {name}\nrequires:\n  perl: 5.008001\nversion: 1.0\n{extra}").encode()


def json2(**over):
    meta = {
        "abstract": "a foo", "author": ["A. U. Thor <a@example.org>"], "dynamic_config": 0,
        "generated_by": "hand", "license": ["perl_5"],
        "meta-spec": {"url": "http://search.cpan.org/perldoc?CPAN::Meta::Spec", "version": 2},
        "name": "Foo-Bar", "release_status": "stable", "version": "1.0",
        "prereqs": {"runtime": {"requires": {"perl": "5.008001"}}},
        "resources": {"repository": {"type": "git", "url": "https://github.com/a/foo-bar.git",
                                     "web": "https://github.com/a/foo-bar"}},
    }
    for k, v in over.items():
        if v is None:
            meta.pop(k, None)
        else:
            meta[k] = v
    return json.dumps(meta, indent=3, sort_keys=True).encode()


def base(top="Foo-Bar-1.0"):
    return {f"{top}/lib/Foo/Bar.pm": PM, f"{top}/Makefile.PL": b"use ExtUtils::MakeMaker;\nWriteMakefile(NAME => 'Foo::Bar');\n"}


def release(top="Foo-Bar-1.0", **files):
    out = base(top)
    for k, v in files.items():
        out[f"{top}/{k.replace('__', '/').replace('_DOT_', '.')}"] = v
    return out


SAMPLES = {
    "Foo-Bar-1.0.tar.gz": release(**{"META_DOT_yml": yml(), "META_DOT_json": json2(), "LICENSE": b"perl\n"}),
    "MymetaOnly-1.0.tar.gz": release("MymetaOnly-1.0", **{"MYMETA_DOT_yml": yml("MymetaOnly")}),
    "BadUtf8-1.0.tar.gz": release("BadUtf8-1.0", **{"META_DOT_yml": yml("BadUtf8").replace(b"A. U. Thor", b"A. \xe9 Thor"),
                                                    "META_DOT_json": json2(name="BadUtf8")}),
    "TwoDocs-1.0.tar.gz": release("TwoDocs-1.0", **{"META_DOT_yml": yml("TwoDocs") + b"---\nname: Other\n"}),
    "EmptyYml-1.0.tar.gz": release("EmptyYml-1.0", **{"META_DOT_yml": b"# nothing here\n"}),
    "DupKeys-1.0.tar.gz": release("DupKeys-1.0", **{"META_DOT_yml": yml("DupKeys") + b"license: mit\n"}),
    "JsonOnly-1.0.tar.gz": release("JsonOnly-1.0", **{"META_DOT_json": json2(
        name="JsonOnly", license=["perl_5", "mit"], prereqs={"runtime": {"requires": {"perl": "0"}}},
        resources={"repository": {"web": "https://github.com/a/json-only"}})}),
    "JsonUnknown-1.0.tar.gz": release("JsonUnknown-1.0", **{"META_DOT_json": json2(
        name="JsonUnknown", license=["unknown"], resources={})}),
    "JsonBom-1.0.tar.gz": release("JsonBom-1.0", **{"META_DOT_json": b"\xef\xbb\xbf" + json2(name="JsonBom")}),
    "JsonBroken-1.0.tar.gz": release("JsonBroken-1.0", **{"META_DOT_yml": yml("JsonBroken"), "META_DOT_json": b'{"name": "JsonBroken",}'}),
    "JsonInvalid-1.0.tar.gz": release("JsonInvalid-1.0", **{"META_DOT_json": json2(name="JsonInvalid", version=None)}),
    "Skipped-1.0.tar.gz": release("Skipped-1.0", **{"META_DOT_yml": yml("Skipped"), "MYMETA_DOT_json": b"{}",
                                                    "MANIFEST_DOT_SKIP": b"# generated\n^MYMETA\\.\n\\.bak$\n"}),
    "BadSkip-1.0.tar.gz": release("BadSkip-1.0", **{"META_DOT_yml": yml("BadSkip"), "MYMETA_DOT_json": b"{}",
                                                    "MANIFEST_DOT_SKIP": b"*.bak\n"}),
    "NoIndexLib-1.0.tar.gz": release("NoIndexLib-1.0", **{"META_DOT_yml": yml("NoIndexLib", "no_index:\n  directory:\n    - lib\n")}),
    "UnknownPod-1.0.tar.gz": {**release("UnknownPod-1.0", **{"META_DOT_yml": yml("UnknownPod")}),
                              "UnknownPod-1.0/lib/Foo/Bar.pm": PM.replace(b"under the same terms as Perl itself", b"under the LGPL 1")},
    "Copying-1.0.tar.gz": release("Copying-1.0", **{"META_DOT_yml": yml("Copying"), "COPYING_DOT_txt": b"GPL\n", "docs__SECURITY_DOT_md": b"See https://example.org/security\n",
                                                    "CONTRIBUTING_DOT_pod": b"=head1 HOW\n"}),
    "Security-1.0.tar.gz": release("Security-1.0", **{"META_DOT_yml": yml("Security"), "SECURITY": b"Mail security@example.org\n",
                                                      "lib__LICENSE": b"not at the root\n"}),
    "NoContact-1.0.tar.gz": release("NoContact-1.0", **{"META_DOT_yml": yml("NoContact"), "SECURITY_DOT_md": b"Tell us.\n"}),
    "Foo-Bar-1.0b.tar.gz": release("Foo-Bar-1.0b", **{"META_DOT_yml": yml()}),
    "Foo-Bar-v1.2.3-TRIAL.tar.gz": release("Foo-Bar-v1.2.3-TRIAL", **{"META_DOT_yml": yml()}),
    "Mismatch-1.0.tar.gz": release("Mismatch-1.0", **{"META_DOT_yml": yml("Mis_Match")}),
    "Provides-1.0.tar.gz": release("Provides-1.0", **{"META_DOT_yml": yml("Provides", "provides:\n  Foo::Bar:\n    file: lib/Foo/Bar.pm\n  Foo::Gone:\n    file: lib/Foo/Gone.pm\n")}),
    "TwoTops-1.0.tar.gz": {**release("TwoTops-1.0", **{"META_DOT_yml": yml("TwoTops")}), "Other/README": b"x\n"},
    "SubDist-1.0.tar.gz": release("SubDist-1.0", **{"META_DOT_yml": yml("SubDist"), "sub__Makefile_DOT_PL": b"1;\n", "sub__MYMETA_DOT_yml": yml("Sub")}),
    "Bzip-1.0.tar.bz2": release("Bzip-1.0", **{"META_DOT_yml": yml("Bzip")}),
    "Zipped-1.0.zip": release("Zipped-1.0", **{"META_DOT_yml": yml("Zipped")}),
}

LINKS = {
    "Linked-1.0.tar.gz": ({**release("Linked-1.0", **{"META_DOT_yml": yml("Linked"), "COPYING": b"perl\n"})},
                          {"Linked-1.0/LICENSE": "COPYING", "Linked-1.0/SECURITY.md": "../nowhere"}),
}


def tar_bytes(files, links=None):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        dirs = sorted({"/".join(p.split("/")[:i]) for p in files for i in range(1, p.count("/") + 1)})
        for d in dirs:
            ti = tarfile.TarInfo(d)
            ti.type, ti.mode, ti.mtime = tarfile.DIRTYPE, 0o755, 1700000000
            t.addfile(ti)
        for p in sorted(files):
            ti = tarfile.TarInfo(p)
            ti.size, ti.mode, ti.mtime = len(files[p]), 0o644, 1700000000
            t.addfile(ti, io.BytesIO(files[p]))
        for p, target in sorted((links or {}).items()):
            ti = tarfile.TarInfo(p)
            ti.type, ti.linkname, ti.mtime = tarfile.SYMTYPE, target, 1700000000
            t.addfile(ti)
    return buf.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.unlink(os.path.join(OUT, f))
    items = [(n, f, None) for n, f in SAMPLES.items()] + [(n, f, l) for n, (f, l) in LINKS.items()]
    for name, files, links in items:
        path = os.path.join(OUT, name)
        if name.endswith(".zip"):
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for p in sorted(files):
                    zi = zipfile.ZipInfo(p, date_time=(2023, 11, 14, 22, 13, 20))
                    zi.external_attr = 0o100644 << 16
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, files[p])
        elif name.endswith(".bz2"):
            open(path, "wb").write(bz2.compress(tar_bytes(files, links)))
        else:
            open(path, "wb").write(gzip.compress(tar_bytes(files, links), mtime=0))
    print(f"{len(items)} sample releases in {OUT}")


if __name__ == "__main__":
    main()
