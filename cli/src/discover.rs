//! Finding the META files to lint below the paths the user gave, grouped into units of work.
//!
//! A [`Unit`] is what one worker lints at a time and what the cross-file checks see together:
//! the META files of one directory (META.json, META.yml and MYMETA.* of one distribution), one
//! release archive, one file named on the command line, or standard input. Units come in a fixed
//! order (the paths as given; inside a directory its own files by name, then its subdirectories by
//! name), so output is the same whatever the number of threads.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The file names a directory search picks up.
const META_NAMES: &[&str] = &["META.json", "META.yml", "MYMETA.json", "MYMETA.yml"];

/// Directories never searched: version control, build output and installed dependencies.
const SKIP_DIRS: &[&str] = &[
    ".git",
    ".hg",
    ".svn",
    "blib",
    "local",
    "node_modules",
    "target",
    ".build",
];

/// What to lint: a file on disk, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// One unit of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// Standard input (`-`).
    Stdin,
    /// The META files found together in one directory, sorted by name (never empty).
    Directory { dir: PathBuf, files: Vec<PathBuf> },
    /// A release archive named on the command line.
    Archive(PathBuf),
    /// A META file named on the command line.
    File(PathBuf),
    /// A directory below a given path that could not be searched (reported, the run goes on).
    Unsearchable { dir: PathBuf, error: String },
}

impl Unit {
    /// How many inputs the unit reads (an archive counts as one).
    pub fn inputs(&self) -> usize {
        match self {
            Unit::Directory { files, .. } => files.len(),
            Unit::Unsearchable { .. } => 0,
            _ => 1,
        }
    }

    /// The directory configuration is looked up from: the unit's directory, or the one the file
    /// is named in (empty for the current directory, as for standard input).
    pub fn config_dir(&self) -> &Path {
        match self {
            Unit::Stdin => Path::new(""),
            Unit::Directory { dir, .. } | Unit::Unsearchable { dir, .. } => dir,
            Unit::Archive(p) | Unit::File(p) => crate::config::parent_dir(p),
        }
    }
}

/// A release as uploaded to CPAN, linted with its META files and kwalitee indicators.
pub fn is_release_archive(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".tar.gz", ".tgz", ".tar.bz2", ".tar", ".zip"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// Expands the user's paths into units: files as given, directories searched recursively, `-` as
/// standard input. A path that does not exist is an error; a directory that cannot be searched
/// halfway is a [`Unit::Unsearchable`].
pub fn units(paths: &[PathBuf]) -> Result<Vec<Unit>> {
    Ok(Units::new(paths)?.collect())
}

/// The units flattened to single inputs (for fronts that lint file by file). A directory that
/// cannot be searched is an error here.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for u in Units::new(paths)? {
        match u {
            Unit::Stdin => out.push(Input::Stdin),
            Unit::Directory { files, .. } => out.extend(files.into_iter().map(Input::File)),
            Unit::Archive(p) | Unit::File(p) => out.push(Input::File(p)),
            Unit::Unsearchable { dir, error } => {
                anyhow::bail!("cannot search `{}`: {error}", dir.display())
            }
        }
    }
    Ok(out)
}

/// How many inputs the paths hold (for a progress bar's total): the same walk, nothing kept.
pub fn count(paths: &[PathBuf]) -> Result<usize> {
    Ok(Units::new(paths)?.map(|u| u.inputs()).sum())
}

/// The units of the user's paths, found lazily: a run over a tree of any size holds only the
/// directories still to visit, never the whole list of files.
#[derive(Debug)]
pub struct Units {
    /// The user's paths still to expand, in order.
    args: std::vec::IntoIter<Arg>,
    /// Directories still to visit below the current argument, the next one last.
    stack: Vec<PathBuf>,
}

#[derive(Debug)]
enum Arg {
    Unit(Unit),
    Dir(PathBuf),
}

impl Units {
    /// Checks that every path exists (the only up-front work); the search happens as the
    /// iterator is driven.
    pub fn new(paths: &[PathBuf]) -> Result<Self> {
        let mut args = Vec::with_capacity(paths.len());
        for p in paths {
            if p.as_os_str() == "-" {
                args.push(Arg::Unit(Unit::Stdin));
                continue;
            }
            let meta =
                std::fs::metadata(p).with_context(|| format!("cannot read `{}`", p.display()))?;
            args.push(if meta.is_dir() {
                Arg::Dir(p.clone())
            } else if is_release_archive(&p.to_string_lossy()) {
                Arg::Unit(Unit::Archive(p.clone()))
            } else {
                Arg::Unit(Unit::File(p.clone()))
            });
        }
        Ok(Self {
            args: args.into_iter(),
            stack: Vec::new(),
        })
    }
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if let Some(dir) = self.stack.pop() {
                match visit(&dir) {
                    Ok((files, mut subdirs)) => {
                        subdirs.reverse();
                        self.stack.extend(subdirs);
                        if !files.is_empty() {
                            return Some(Unit::Directory { dir, files });
                        }
                    }
                    Err(e) => {
                        return Some(Unit::Unsearchable {
                            dir,
                            error: e.to_string(),
                        })
                    }
                }
                continue;
            }
            match self.args.next()? {
                Arg::Unit(u) => return Some(u),
                Arg::Dir(d) => self.stack.push(d),
            }
        }
    }
}

/// A directory's META files and the subdirectories to search, each sorted by name.
fn visit(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut subdirs = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if !SKIP_DIRS.contains(&name.as_ref()) && !name.starts_with('.') {
                subdirs.push(entry.path());
            }
        } else if kind.is_file() && META_NAMES.contains(&name.as_ref()) {
            files.push(entry.path());
        } else if kind.is_file() && is_cpan_meta_file(&entry.path()) {
            files.push(entry.path()); // the CPAN Metadata v3 draft's CPAN-META/ files
        }
    }
    files.sort();
    subdirs.sort();
    Ok((files, subdirs))
}

/// ext hook: a reserved file of a `CPAN-META/` directory (CPAN Metadata v3 draft).
fn is_cpan_meta_file(path: &Path) -> bool {
    cpanmeta::external::cpan_meta_dir::is_cpan_meta_path(&path.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_yield_meta_files_sorted_and_skip_vcs_dirs() {
        let dir = std::env::temp_dir().join(format!("cpanmeta-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in [
            "b/META.yml",
            "a/META.json",
            "a/README",
            ".git/META.json",
            "a/MYMETA.yml",
            "a/MN/META.yml",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let got = expand(std::slice::from_ref(&dir)).unwrap();
        let names: Vec<_> = got
            .iter()
            .map(|i| match i {
                Input::File(p) => p.strip_prefix(&dir).unwrap().display().to_string(),
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(
            names,
            ["a/META.json", "a/MYMETA.yml", "a/MN/META.yml", "b/META.yml"]
        );
        // One unit per directory: a distribution's META files are linted together.
        let units = units(std::slice::from_ref(&dir)).unwrap();
        let shape: Vec<_> = units
            .iter()
            .map(|u| {
                (
                    u.config_dir()
                        .strip_prefix(&dir)
                        .unwrap()
                        .display()
                        .to_string(),
                    u.inputs(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [("a".into(), 2), ("a/MN".into(), 1), ("b".into(), 1)]
        );
        assert!(expand(&[dir.join("missing")]).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn named_files_are_units_of_their_own() {
        let got = units(&[
            PathBuf::from("-"),
            PathBuf::from("../tests/fixtures/archives/sample/Foo-Bar-1.0.tar.gz"),
            PathBuf::from("Cargo.toml"),
        ])
        .unwrap();
        assert!(matches!(got[0], Unit::Stdin));
        assert!(matches!(got[1], Unit::Archive(_)));
        assert!(matches!(got[2], Unit::File(_)));
    }
}
