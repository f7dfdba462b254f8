//! Finding the META files to lint below the paths the user gave.

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

/// Expands the user's paths: files as given, directories searched recursively (sorted, so output
/// is stable), `-` as standard input. A path that does not exist is an error.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta =
            std::fs::metadata(p).with_context(|| format!("cannot read `{}`", p.display()))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found).with_context(|| format!("cannot search `{}`", p.display()))?;
            found.sort();
            out.extend(found.into_iter().map(Input::File));
        } else {
            out.push(Input::File(p.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if !SKIP_DIRS.contains(&name.as_ref()) && !name.starts_with('.') {
                walk(&entry.path(), found)?;
            }
        } else if kind.is_file() && META_NAMES.contains(&name.as_ref()) {
            found.push(entry.path());
        } else if kind.is_file() && is_cpan_meta_file(&entry.path()) {
            found.push(entry.path()); // ext hook: the CPAN Metadata v3 draft's CPAN-META/ files
        }
    }
    Ok(())
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
        assert_eq!(names, ["a/META.json", "a/MYMETA.yml", "b/META.yml"]);
        assert!(expand(&[dir.join("missing")]).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
