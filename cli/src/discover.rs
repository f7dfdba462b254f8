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
}

impl Unit {
    /// How many inputs the unit reads (an archive counts as one).
    pub fn inputs(&self) -> usize {
        match self {
            Unit::Directory { files, .. } => files.len(),
            _ => 1,
        }
    }

    /// The path configuration is looked up for: the directory, or the file itself (standard
    /// input: the current directory).
    pub fn config_path(&self) -> &Path {
        match self {
            Unit::Stdin => Path::new("."),
            Unit::Directory { dir, .. } => dir,
            Unit::Archive(p) | Unit::File(p) => p,
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
/// standard input. A path that does not exist is an error.
pub fn units(paths: &[PathBuf]) -> Result<Vec<Unit>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Unit::Stdin);
            continue;
        }
        let meta =
            std::fs::metadata(p).with_context(|| format!("cannot read `{}`", p.display()))?;
        if meta.is_dir() {
            walk(p, &mut out).with_context(|| format!("cannot search `{}`", p.display()))?;
        } else if is_release_archive(&p.to_string_lossy()) {
            out.push(Unit::Archive(p.clone()));
        } else {
            out.push(Unit::File(p.clone()));
        }
    }
    Ok(out)
}

/// The units flattened to single inputs (for fronts that lint file by file).
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>> {
    Ok(units(paths)?
        .into_iter()
        .flat_map(|u| match u {
            Unit::Stdin => vec![Input::Stdin],
            Unit::Directory { files, .. } => files.into_iter().map(Input::File).collect(),
            Unit::Archive(p) | Unit::File(p) => vec![Input::File(p)],
        })
        .collect())
}

fn walk(dir: &Path, out: &mut Vec<Unit>) -> std::io::Result<()> {
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
        }
    }
    if !files.is_empty() {
        files.sort();
        out.push(Unit::Directory {
            dir: dir.to_path_buf(),
            files,
        });
    }
    subdirs.sort();
    for sub in subdirs {
        walk(&sub, out)?;
    }
    Ok(())
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
                    u.config_path()
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
