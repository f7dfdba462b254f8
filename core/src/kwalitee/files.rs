//! Module::CPANTS::Kwalitee::Files: the release's files as CPANTS lists them after extraction.
//!
//! * paths matched by MANIFEST.SKIP are left out entirely ([`maniskip`]);
//! * `files_hash` holds every other file; `files_array` leaves out the META file's `no_index`
//!   files and directories, files in dot directories and links that point nowhere;
//! * a `Makefile.PL` below the root makes its directory a base directory, where the special
//!   files (META.yml, LICENSE …) are looked for too.

use std::collections::{BTreeMap, BTreeSet};

use fancy_regex::Regex;
use serde_json::Value as J;

use super::{maniskip, perl};
use crate::archive::{Archive, EntryKind};

#[derive(Debug, Default, Clone)]
pub(crate) struct FileMeta {
    pub no_index: bool,
    pub symlink: bool,
}

#[derive(Debug, Default)]
pub(crate) struct FileStash {
    /// `files_hash`: every file not skipped by MANIFEST.SKIP.
    pub files: BTreeMap<String, FileMeta>,
    /// `files_array`: the files the content checks read.
    pub files_array: Vec<String>,
    pub base_dirs: Vec<String>,
    /// `file_meta_yml`, `file_mymeta_json` …: the special files found (paths).
    pub special: BTreeMap<&'static str, Vec<String>>,
    /// MANIFEST.SKIP could not be used (CPANTS's `no_maniskip_error`).
    pub maniskip_error: Option<String>,
}

const SPECIAL_FILES: &[(&str, &str)] = &[
    ("Build.PL", "file_build_pl"),
    ("LICENCE", "file_licence"),
    ("LICENSE", "file_license"),
    ("MANIFEST", "file_manifest"),
    ("MANIFEST.SKIP", "file_manifest_skip"),
    ("META.json", "file_meta_json"),
    ("META.yml", "file_meta_yml"),
    ("MYMETA.json", "file_mymeta_json"),
    ("MYMETA.yml", "file_mymeta_yml"),
    ("Makefile.PL", "file_makefile_pl"),
    ("SIGNATURE", "file_signature"),
    ("cpanfile", "file_cpanfile"),
    ("dist.ini", "file_dist_ini"),
    ("test.pl", "file_test_pl"),
];

/// `_make_no_index_regex`: `^ENTRY\z` per `no_index.file`, `^ENTRY/` per `no_index.directory`,
/// each entry a regex as written (backslashes doubled).
fn no_index_regex(meta: Option<&J>) -> Option<Regex> {
    let no_index = perl::get(meta, "no_index")
        .filter(|v| perl::truthy(Some(v)))
        .or_else(|| perl::get(meta, "private"))?;
    if !no_index.is_object() {
        return None;
    }
    let mut parts = Vec::new();
    for (kind, rest) in [("file", r"\z"), ("directory", "/")] {
        let Some(v) = no_index.get(kind).filter(|v| perl::truthy(Some(v))) else {
            continue;
        };
        let entries: Vec<&J> = match v {
            J::Array(list) => list.iter().collect(),
            other => vec![other],
        };
        for e in entries {
            let text = perl::string(Some(e)).unwrap_or_default();
            parts.push(format!("^{}{rest}", text.replace('\\', r"\\")));
        }
    }
    if parts.is_empty() {
        return None;
    }
    Regex::new(&format!("(?:{})", parts.join("|"))).ok()
}

/// Where a link points, resolved lexically inside the distribution; `None` when it leaves it.
fn resolve_link(from: &str, target: &str) -> Option<String> {
    if target.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for p in target.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

pub(crate) fn analyse(archive: &Archive, meta_yml: Option<&J>) -> FileStash {
    let mut st = FileStash::default();
    let skip = match archive
        .content("MANIFEST.SKIP")
        .map(maniskip::Maniskip::parse)
    {
        Some(Ok(m)) => Some(m),
        Some(Err(e)) => {
            st.maniskip_error = Some(e);
            None
        }
        None => None,
    };
    let skipped = |p: &str| skip.as_ref().is_some_and(|m| m.matches(p));
    let no_index = no_index_regex(meta_yml);
    let dirs: BTreeSet<String> = archive.dirs().into_iter().collect();
    let real_files: BTreeSet<&str> = archive
        .files()
        .filter(|e| e.kind == EntryKind::File)
        .filter_map(|e| e.rel.as_deref())
        .collect();
    for e in archive.files() {
        let Some(path) = e.rel.as_deref() else {
            continue;
        };
        if skipped(path) || dirs.contains(path) {
            continue;
        }
        let mut meta = FileMeta::default();
        let mut dangling = false;
        if let EntryKind::Symlink(target) | EntryKind::Hardlink(target) = &e.kind {
            let resolved = if matches!(e.kind, EntryKind::Symlink(_)) {
                resolve_link(path, target)
            } else {
                // A hard link names its target from the archive root.
                Some(match &archive.dist_dir {
                    Some(d) => target
                        .strip_prefix(&format!("{d}/"))
                        .unwrap_or(target)
                        .to_owned(),
                    None => target.clone(),
                })
            };
            match resolved {
                Some(r) if dirs.contains(&r) => continue, // a link to a directory is a directory
                Some(r) if real_files.contains(r.as_str()) => {}
                _ => dangling = true,
            }
            meta.symlink = matches!(e.kind, EntryKind::Symlink(_));
        }
        if dangling {
            st.files.insert(path.to_owned(), meta);
            continue;
        }
        if no_index
            .as_ref()
            .is_some_and(|re| re.is_match(path).unwrap_or(false))
        {
            meta.no_index = true;
            st.files.insert(path.to_owned(), meta);
            continue;
        }
        st.files.insert(path.to_owned(), meta);
        if in_dot_dir(path) {
            continue;
        }
        st.files_array.push(path.to_owned());
        if let Some(dir) = path.strip_suffix("/Makefile.PL") {
            if !is_test_path(path) {
                st.base_dirs.push(dir.to_owned());
            }
        }
    }
    st.base_dirs.sort();
    let mut bases = vec![String::new()];
    bases.extend(st.base_dirs.iter().map(|b| format!("{b}/")));
    for base in &bases {
        for (name, key) in SPECIAL_FILES {
            let file = format!("{base}{name}");
            if st.files.contains_key(&file) {
                st.special.entry(key).or_default().push(file);
            }
        }
    }
    st
}

/// `m!(?:^|/)\.[^/]+/!`: inside a directory whose name starts with a dot.
fn in_dot_dir(path: &str) -> bool {
    let mut parts: Vec<&str> = path.split('/').collect();
    parts.pop();
    parts.iter().any(|p| p.starts_with('.') && p.len() > 1)
}

/// `m!(^|/)x?t/!`.
fn is_test_path(path: &str) -> bool {
    path.split('/').rev().skip(1).any(|p| p == "t" || p == "xt")
}

impl FileStash {
    pub(crate) fn has(&self, key: &str) -> bool {
        self.special.contains_key(key)
    }
}
