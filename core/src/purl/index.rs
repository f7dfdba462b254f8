//! Module → distribution, offline: a CPAN package index in the `02packages.details.txt` format,
//! supplied by the user as text (never fetched), maps each module to the release that provides it,
//! and so to the distribution's purl.
//!
//! The format: a header of `Key: value` lines, a blank line, then one line per module:
//! `Module::Name  version  A/AU/AUTHOR/Dist-Name-1.23.tar.gz` (version `undef` when none).

use std::collections::HashMap;

use super::{cpan, Purl};
use crate::source::Object;

/// One module's line.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct IndexEntry {
    pub module: String,
    /// The module's version, `None` for `undef`.
    pub version: Option<String>,
    /// The archive path below `authors/id/` (`D/DR/DROLSKY/DateTime-1.55.tar.gz`).
    pub path: String,
    pub author: String,
    /// The distribution name and version read from the archive name (as CPAN::DistnameInfo does).
    pub dist: String,
    pub dist_version: Option<String>,
    pub ext: String,
}

impl IndexEntry {
    /// The distribution's purl: `pkg:cpan/Dist@version?author=ID` (`ext` when not `tar.gz`).
    pub fn purl(&self) -> Option<Purl> {
        let mut b =
            Purl::builder("cpan", self.dist.clone()).qualifier("author", self.author.clone());
        if let Some(v) = &self.dist_version {
            b = b.version(v.clone());
        }
        if self.ext != cpan::default_ext() {
            b = b.qualifier("ext", self.ext.clone());
        }
        b.build().ok()
    }
}

/// A line that could not be read, with its 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct IndexProblem {
    pub line: usize,
    pub message: String,
}

/// A parsed package index.
#[derive(Clone, Debug, Default)]
pub struct ModuleIndex {
    entries: Vec<IndexEntry>,
    by_module: HashMap<String, usize>,
    /// Lines that were skipped, so callers can warn.
    pub problems: Vec<IndexProblem>,
}

const EXTENSIONS: &[&str] = &["tar.gz", "tar.bz2", "tar.xz", "tgz", "zip", "tar"];

/// Splits an archive file name into distribution, version and extension
/// (`Dist-Name-1.23.tar.gz` → `Dist-Name`, `1.23`, `tar.gz`): the version starts at the last `-`
/// followed by a digit or by `v` and a digit.
pub fn split_archive(file: &str) -> Option<(String, Option<String>, String)> {
    let ext = EXTENSIONS
        .iter()
        .find(|e| file.len() > e.len() + 1 && file.ends_with(&format!(".{e}")))?;
    let stem = &file[..file.len() - ext.len() - 1];
    let bytes = stem.as_bytes();
    let split = stem.match_indices('-').map(|(i, _)| i).rfind(|&i| {
        let next = bytes.get(i + 1).copied();
        let after = bytes.get(i + 2).copied();
        next.is_some_and(|b| b.is_ascii_digit())
            || (next == Some(b'v') && after.is_some_and(|b| b.is_ascii_digit()))
    });
    Some(match split {
        Some(i) => (
            stem[..i].to_owned(),
            Some(stem[i + 1..].to_owned()),
            (*ext).to_owned(),
        ),
        None => (stem.to_owned(), None, (*ext).to_owned()),
    })
}

impl ModuleIndex {
    /// Reads an index. Bad lines are recorded in [`ModuleIndex::problems`] and skipped; the header
    /// is optional (a file of module lines only is accepted).
    pub fn parse(text: &str) -> ModuleIndex {
        let mut index = ModuleIndex::default();
        let has_header = text.lines().next().is_some_and(|l| {
            l.split_once(':')
                .is_some_and(|(k, _)| !k.contains(' ') && !k.contains("::") && !k.is_empty())
        });
        let mut in_header = has_header;
        for (n, line) in text.lines().enumerate() {
            if in_header {
                if line.trim().is_empty() {
                    in_header = false;
                }
                continue;
            }
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [module, version, path] = fields[..] else {
                index.problems.push(IndexProblem {
                    line: n + 1,
                    message: format!("expected 3 fields, found {}", fields.len()),
                });
                continue;
            };
            let parts: Vec<&str> = path.split('/').collect();
            let (Some(author), Some(file)) = (parts.get(2), parts.last()) else {
                index.problems.push(IndexProblem {
                    line: n + 1,
                    message: format!("path `{path}` is not A/AU/AUTHOR/file"),
                });
                continue;
            };
            let Some((dist, dist_version, ext)) = split_archive(file) else {
                index.problems.push(IndexProblem {
                    line: n + 1,
                    message: format!("`{file}` is not a distribution archive"),
                });
                continue;
            };
            let entry = IndexEntry {
                module: module.to_owned(),
                version: (version != "undef").then(|| version.to_owned()),
                path: path.to_owned(),
                author: (*author).to_ascii_uppercase(),
                dist,
                dist_version,
                ext,
            };
            index
                .by_module
                .insert(entry.module.clone(), index.entries.len());
            index.entries.push(entry);
        }
        index
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry of a module.
    pub fn lookup(&self, module: &str) -> Option<&IndexEntry> {
        self.by_module.get(module).map(|&i| &self.entries[i])
    }

    /// The purl of the distribution providing `module`; `perl` maps to `pkg:cpan/perl`.
    pub fn purl_for(&self, module: &str) -> Option<Purl> {
        if module == "perl" {
            return Purl::builder("cpan", "perl").build().ok();
        }
        self.lookup(module).and_then(IndexEntry::purl)
    }

    /// Every prerequisite module of a META document (v2 `prereqs` and v1 `requires`,
    /// `build_requires`, `configure_requires`, `recommends`), each with the distribution purl the
    /// index gives (or `None`), sorted and without duplicates.
    pub fn prerequisite_purls(&self, meta: &Object) -> Vec<(String, Option<Purl>)> {
        let mut modules = std::collections::BTreeSet::new();
        let mut add = |o: &Object| {
            for e in o.iter() {
                modules.insert(e.key.clone());
            }
        };
        if let Some(prereqs) = meta.get("prereqs").and_then(|n| n.value.as_object()) {
            for phase in prereqs.iter().filter_map(|e| e.value.value.as_object()) {
                for rel in phase.iter().filter_map(|e| e.value.value.as_object()) {
                    add(rel);
                }
            }
        }
        for key in [
            "requires",
            "build_requires",
            "configure_requires",
            "test_requires",
            "recommends",
        ] {
            if let Some(o) = meta.get(key).and_then(|n| n.value.as_object()) {
                add(o);
            }
        }
        modules
            .into_iter()
            .map(|m| {
                let p = self.purl_for(&m);
                (m, p)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "File:         02packages.details.txt\nLine-Count:   3\n\nDateTime   1.55  D/DR/DROLSKY/DateTime-1.55.tar.gz\nLWP::UserAgent  6.76  O/OA/OALDERS/libwww-perl-6.76.tar.gz\nFoo::Bar  undef  A/AB/ABC/Foo-Bar-v1.2.3.zip\nbroken line\n";

    #[test]
    fn maps_modules_to_distribution_purls() {
        let index = ModuleIndex::parse(SAMPLE);
        assert_eq!(index.len(), 3);
        assert_eq!(
            index.purl_for("LWP::UserAgent").unwrap().to_string(),
            "pkg:cpan/libwww-perl@6.76?author=OALDERS"
        );
        assert_eq!(
            index.purl_for("Foo::Bar").unwrap().to_string(),
            "pkg:cpan/Foo-Bar@v1.2.3?author=ABC&ext=zip"
        );
        assert_eq!(index.lookup("Foo::Bar").unwrap().version, None);
        assert_eq!(index.purl_for("perl").unwrap().to_string(), "pkg:cpan/perl");
        assert!(index.purl_for("No::Such").is_none());
        assert_eq!(index.problems.len(), 1);
        assert_eq!(index.problems[0].line, 7);
    }

    #[test]
    fn archive_names_split_at_the_version() {
        assert_eq!(
            split_archive("libwww-perl-6.76.tar.gz"),
            Some(("libwww-perl".into(), Some("6.76".into()), "tar.gz".into()))
        );
        assert_eq!(
            split_archive("ack-v3.6.0.tar.gz"),
            Some(("ack".into(), Some("v3.6.0".into()), "tar.gz".into()))
        );
        assert_eq!(
            split_archive("Acme-1337-0.01.tgz"),
            Some(("Acme-1337".into(), Some("0.01".into()), "tgz".into()))
        );
        assert_eq!(split_archive("README"), None);
    }
}
