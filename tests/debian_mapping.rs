//! Measures the Debian name rule (`cpanmeta::purl::ecosystems::debian_name`) against the real
//! Debian source packages of the corpus: `../shared/corpus/manifest.tsv` gives each file's Debian
//! source package, `tests/oracle/parsed-corpus.jsonl` the META `name` Perl read from it (joined on
//! `path`). A source package counts as right when one of its META names maps to it. At least 97%
//! must be right, and every miss must be one of those listed and explained below.

use std::collections::{BTreeMap, BTreeSet};

use cpanmeta::purl::ecosystems::debian_name;
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};

/// The misses, by Debian source package, with why the naming rule cannot predict them.
const MISSES: &[(&str, &str)] = &[
    (
        "ack",
        "application: Debian packages programs under the program's name",
    ),
    ("alice", "application (App-Alice)"),
    ("appconfig", "historic Debian name without lib/-perl"),
    ("cpan-listchanges", "application"),
    (
        "cpanoutdated",
        "application (cpan-outdated, the hyphen dropped)",
    ),
    ("file-mmagic", "historic Debian name without lib/-perl"),
    (
        "frozen-bubble",
        "game: Debian uses the game's name, not Games-FrozenBubble",
    ),
    ("inotify-hookable", "application (App-Inotify-Hookable)"),
    (
        "libace-perl",
        "upstream name AcePerl does not split into words",
    ),
    (
        "libasterisk-agi-perl",
        "Debian names the package after its main module Asterisk::AGI",
    ),
    (
        "libcrypt-hcesha-perl",
        "Debian drops the underscore of Crypt-HCE_SHA instead of turning it into `-`",
    ),
    (
        "libdbd-sqlite3-perl",
        "Debian keeps the SQLite major version in the name",
    ),
    (
        "libgo-perl",
        "Debian drops the redundant `-perl` of go-perl (while File-Find-Rule-Perl keeps it)",
    ),
    (
        "libgearman-client-perl",
        "Debian names the package after its main module Gearman::Client",
    ),
    (
        "libgraph-maker-perl",
        "source package bundles another distribution's META (Module-Starter)",
    ),
    (
        "libio-pty-perl",
        "Debian names IO-Tty after its main module IO::Pty",
    ),
    (
        "libnet-ldap-perl",
        "upstream perl-ldap is named after its main module Net::LDAP",
    ),
    (
        "libtemplate-perl",
        "Debian names Template-Toolkit after its main module Template",
    ),
    (
        "libtemplate-plugin-dbi-perl",
        "Debian names Template-DBI after its module Template::Plugin::DBI",
    ),
    (
        "libtemplate-plugin-xml-perl",
        "Debian names Template-XML after its module Template::Plugin::XML",
    ),
    (
        "libterm-readkey-perl",
        "upstream name TermReadKey does not split into words",
    ),
    ("mtpolicyd", "application (Mail-MtPolicyd)"),
    (
        "ocsinventory-agent",
        "application (Ocsinventory-Unix-Agent)",
    ),
    ("openguides", "application"),
    ("openpgp-applet", "application (OpenPGP_Applet)"),
    ("perlindex", "application"),
    ("pinto", "application"),
    ("pmtools", "application (a set of tools)"),
    ("pmuninstall", "application (App-pmuninstall)"),
    ("pod2pdf", "application"),
    ("prt", "application (App-PRT)"),
];

#[test]
fn debian_names_match_the_corpus() {
    let Some(shared) = shared_or_skip("debian mapping") else {
        return;
    };
    let manifest =
        std::fs::read_to_string(shared.join("corpus/manifest.tsv")).expect("manifest.tsv");
    let mut lines = manifest.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (path_col, source_col) = (col("path"), col("debian_source"));
    let source_of: BTreeMap<&str, &str> = lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((*f.get(path_col)?, *f.get(source_col)?))
        })
        .collect();
    let parsed = read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl"));
    let mut names: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for entry in &parsed {
        let (Some(path), Some(name)) = (entry["path"].as_str(), entry["data"]["name"].as_str())
        else {
            continue;
        };
        if let Some(source) = source_of.get(path) {
            names.entry(source).or_default().insert(name.to_owned());
        }
    }
    let mut misses = Vec::new();
    for (source, metas) in &names {
        if !metas.iter().any(|n| debian_name(n) == *source) {
            misses.push((
                *source,
                metas.iter().cloned().collect::<Vec<_>>().join(", "),
            ));
        }
    }
    let total = names.len();
    let right = total - misses.len();
    let tenths = right * 1000 / total;
    println!(
        "debian mapping: {right}/{total} source packages right ({}.{}%)",
        tenths / 10,
        tenths % 10
    );
    for (source, metas) in &misses {
        let why = MISSES
            .iter()
            .find(|(s, _)| s == source)
            .map_or("UNEXPLAINED", |(_, w)| w);
        println!("  miss {source} <- {metas}: {why}");
    }
    assert!(
        total > 1500,
        "the corpus join found only {total} source packages"
    );
    assert!(
        right * 100 >= total * 97,
        "debian mapping accuracy {right}/{total} is below 97%"
    );
    let got: BTreeSet<&str> = misses.iter().map(|(s, _)| *s).collect();
    let listed: BTreeSet<&str> = MISSES.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        got, listed,
        "the misses changed: update MISSES with the reason for each"
    );
}
