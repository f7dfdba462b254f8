#!/usr/bin/env python3
"""Builds the release-archive fixtures of the kwalitee rules (CM800-CM883) in
tests/fixtures/rules/CM8xx/: `fail-WHAT--RELEASE` must produce the code, `pass-WHAT--RELEASE`
must not. The part after `--` is the release's file name (CPAN::DistnameInfo reads the
distribution name and version from it). Reuses the constructed releases of make_sample.py.

usage: python3 tests/oracle/kwalitee/make_rule_fixtures.py
"""
import gzip
import io
import os
import sys
import tarfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sample as S  # noqa: E402

OUT = os.path.join(S.ROOT, "tests", "fixtures", "rules")
GOOD = S.SAMPLES["Foo-Bar-1.0.tar.gz"]


def tgz(files, links=None):
    return gzip.compress(S.tar_bytes(files, links), mtime=0)


def custom_tar(build):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        build(t)
    return gzip.compress(buf.getvalue(), mtime=0)


def add(t, name, data=b"", kind=tarfile.REGTYPE):
    ti = tarfile.TarInfo(name)
    ti.type, ti.mtime, ti.size = kind, 1700000000, len(data)
    t.addfile(ti, io.BytesIO(data) if data else None)


def good_members(t, top="Foo-Bar-1.0"):
    for p in sorted(GOOD):
        add(t, p.replace("Foo-Bar-1.0", top, 1), GOOD[p])


def bomb_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(GOOD):
            z.writestr(zipfile.ZipInfo(p, date_time=(2023, 11, 14, 0, 0, 0)), GOOD[p])
        z.writestr(zipfile.ZipInfo("Foo-Bar-1.0/zeros", date_time=(2023, 11, 14, 0, 0, 0)), b"\0" * (8 << 20),
                   compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def sample(name):
    files = S.SAMPLES[name]
    return tgz(files)


def mk(name, **files):
    return tgz(S.release(name, **files))


NO_LICENSE_PM = S.PM.split(b"=head1 LICENSE")[0] + b"=cut\n"
PASS = ("pass-tidy--Foo-Bar-1.0.tar.gz", sample("Foo-Bar-1.0.tar.gz"))

FIXTURES = {
    "CM800": [("fail-json-only--JsonOnly-1.0.tar.gz", sample("JsonOnly-1.0.tar.gz")), PASS],
    "CM801": [("fail-yml-only--Provides-1.0.tar.gz", sample("Provides-1.0.tar.gz")), PASS],
    "CM802": [("fail-missing-module--Provides-1.0.tar.gz", sample("Provides-1.0.tar.gz")), PASS],
    "CM803": [("fail-two-documents--TwoDocs-1.0.tar.gz", sample("TwoDocs-1.0.tar.gz")), PASS],
    "CM804": [("fail-trailing-comma--JsonBroken-1.0.tar.gz", sample("JsonBroken-1.0.tar.gz")), PASS],
    "CM805": [("fail-no-provides--Foo-Bar-1.0.tar.gz", sample("Foo-Bar-1.0.tar.gz")),
              ("pass-provides--Provides-1.0.tar.gz", sample("Provides-1.0.tar.gz"))],
    "CM806": [("fail-no-abstract--Foo-Bar-1.0.tar.gz", mk("Foo-Bar-1.0", **{"META_DOT_yml": S.yml().replace(b"abstract: a foo\n", b"")})), PASS],
    "CM807": [("fail-no-version--JsonInvalid-1.0.tar.gz", sample("JsonInvalid-1.0.tar.gz")), PASS],
    "CM808": [("fail-perl-zero--JsonOnly-1.0.tar.gz", sample("JsonOnly-1.0.tar.gz")), PASS],
    "CM809": [("fail-no-repository--Provides-1.0.tar.gz", sample("Provides-1.0.tar.gz")),
              ("pass-web-repository--JsonOnly-1.0.tar.gz", sample("JsonOnly-1.0.tar.gz"))],
    "CM810": [("fail-unknown--JsonUnknown-1.0.tar.gz", sample("JsonUnknown-1.0.tar.gz")), PASS],
    "CM811": [("fail-no-license--Foo-Bar-1.0.tar.gz", tgz({**S.release("Foo-Bar-1.0", **{"META_DOT_yml": S.yml()}), "Foo-Bar-1.0/lib/Foo/Bar.pm": NO_LICENSE_PM})), PASS],
    "CM812": [("fail-pod-only--Provides-1.0.tar.gz", sample("Provides-1.0.tar.gz")), PASS],
    "CM813": [("fail-no-license-pod--Foo-Bar-1.0.tar.gz", tgz({**S.release("Foo-Bar-1.0", **{"META_DOT_yml": S.yml(), "LICENSE": b"perl\n"}), "Foo-Bar-1.0/lib/Foo/Bar.pm": NO_LICENSE_PM})), PASS],
    "CM814": [("fail-unrecognised--UnknownPod-1.0.tar.gz", sample("UnknownPod-1.0.tar.gz")), PASS],
    "CM815": [("fail-underscore--Mismatch-1.0.tar.gz", sample("Mismatch-1.0.tar.gz")), PASS],
    "CM816": [("fail-no-version--Foo-Bar.tar.gz", sample("Foo-Bar-1.0.tar.gz")), PASS],
    "CM817": [("fail-letter--Foo-Bar-1.0b.tar.gz", sample("Foo-Bar-1.0b.tar.gz")), PASS],
    "CM818": [("fail-mymeta--MymetaOnly-1.0.tar.gz", sample("MymetaOnly-1.0.tar.gz")),
              ("pass-skipped--Skipped-1.0.tar.gz", sample("Skipped-1.0.tar.gz"))],
    "CM819": [("fail-none--Foo-Bar-1.0.tar.gz", sample("Foo-Bar-1.0.tar.gz")),
              ("pass-security--Security-1.0.tar.gz", sample("Security-1.0.tar.gz"))],
    "CM820": [("fail-no-contact--NoContact-1.0.tar.gz", sample("NoContact-1.0.tar.gz")),
              ("pass-email--Security-1.0.tar.gz", sample("Security-1.0.tar.gz"))],
    "CM821": [("fail-none--Foo-Bar-1.0.tar.gz", sample("Foo-Bar-1.0.tar.gz")),
              ("pass-contributing--Copying-1.0.tar.gz", sample("Copying-1.0.tar.gz"))],
    "CM850": [("fail-dot-dot--Foo-Bar-1.0.tar.gz", custom_tar(lambda t: (good_members(t), add(t, "Foo-Bar-1.0/../../evil", b"x")))), PASS],
    "CM851": [("fail-symlink--Linked-1.0.tar.gz", tgz(*S.LINKS["Linked-1.0.tar.gz"])), PASS],
    "CM852": [("fail-zip-bomb--Foo-Bar-1.0.zip", bomb_zip()), PASS],
    "CM853": [("fail-cut--Foo-Bar-1.0.tar.gz", sample("Foo-Bar-1.0.tar.gz")[:-40]), PASS],
    "CM854": [("fail-nested--Foo-Bar-1.0.tar.gz", custom_tar(lambda t: (good_members(t), add(t, "Foo-Bar-1.0/t/data.tar.gz", b"x")))), PASS],
    "CM855": [("fail-pax--Foo-Bar-1.0.tar.gz", custom_tar(lambda t: (good_members(t), add(t, "Foo-Bar-1.0/" + "d" * 120 + ".txt", b"x")))), PASS],
    "CM856": [("fail-device--Foo-Bar-1.0.tar.gz", custom_tar(lambda t: (good_members(t), add(t, "Foo-Bar-1.0/dev", kind=tarfile.CHRTYPE)))), PASS],
    "CM880": [("fail-file-name--Foo-Bar-1.1.tar.gz", tgz({p.replace("Foo-Bar-1.0", "Foo-Bar-1.1", 1): v for p, v in GOOD.items()})), PASS],
    "CM881": [("fail-version--Provided-1.0.tar.gz", mk("Provided-1.0", **{"META_DOT_yml": S.yml("Provided", "provides:\n  Foo::Bar:\n    file: lib/Foo/Bar.pm\n    version: '1.2'\n")})), PASS],
    # CM882 compares the files after conversion to spec 2, prerequisites included: the tidy sample's
    # META.yml has a build requirement its META.json lacks.
    "CM882": [("fail-license--Foo-Bar-1.0.tar.gz", mk("Foo-Bar-1.0", **{"META_DOT_yml": S.yml(), "META_DOT_json": S.json2(license=["mit"])})),
              ("fail-prereqs--Foo-Bar-1.0.tar.gz", sample("Foo-Bar-1.0.tar.gz")),
              ("pass-agree--Foo-Bar-1.0.tar.gz", mk("Foo-Bar-1.0", **{"META_DOT_yml": S.yml(), "META_DOT_json": S.json2(prereqs={
                  "build": {"requires": {"Test::More": "0"}}, "runtime": {"requires": {"perl": "5.008001"}}})}))],
    "CM883": [("fail-perl-text-mit-meta--Foo-Bar-1.0.tar.gz", mk("Foo-Bar-1.0", **{"META_DOT_yml": S.yml().replace(b"license: perl", b"license: mit"),
              "LICENSE": b"This library is free software; you can redistribute it and/or modify it under the same terms as Perl itself.\n"})), PASS],
}


def main():
    for code, items in FIXTURES.items():
        d = os.path.join(OUT, code)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.unlink(os.path.join(d, f))
        for name, data in items:
            open(os.path.join(d, name), "wb").write(data)
    print(f"fixtures for {len(FIXTURES)} rules")


if __name__ == "__main__":
    main()
