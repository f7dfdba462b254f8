//! Where to look for `cpanmeta.toml`: from the linted path's directory upwards, stopping at the
//! first one found.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};

/// The configuration file's name. Only this name: the Perl ecosystem has no TOML file a
/// `[cpanmeta]` table could live in (dist.ini and .perlcriticrc are INI, cpanfile and
/// Makefile.PL are Perl), so a file of its own is the one place a TOML parser can read.
pub const CONFIG_NAME: &str = "cpanmeta.toml";

/// Resolved directories kept at most.
const REMEMBERED_DIRS: usize = 4096;

/// Turns the directories of linted paths into the absolute, resolved directories the search
/// starts from.
///
/// Resolving `..` and symlinks (so `a/../b/META.json` searches from `b`) with `canonicalize`
/// costs one `readlink` per path component, and doing it for every file was most of a run's
/// system time on a tree of thousands of files. This resolves each directory once and remembers
/// it: a directory is its resolved parent joined with its name, after one `lstat` shows the name
/// is not a symlink. The answers are `canonicalize`'s.
///
/// The memory is bounded: past [`REMEMBERED_DIRS`] directories it starts afresh (a tree walk
/// comes back to few of the directories it left).
///
/// A file's search starts from the directory it is named in: a `META.json` that is a symlink
/// gets the configuration of the tree it is linted in, not of the tree its target lives in.
#[derive(Debug, Default)]
pub struct StartDirs {
    cwd: Option<PathBuf>,
    /// Absolute directory as reached → resolved.
    resolved: HashMap<PathBuf, PathBuf>,
}

impl StartDirs {
    /// The current directory, read once: a run never changes it.
    fn cwd(&mut self) -> Result<PathBuf> {
        if let Some(cwd) = &self.cwd {
            return Ok(cwd.clone());
        }
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        self.cwd = Some(cwd.clone());
        Ok(cwd)
    }

    /// The absolute, resolved form of `dir` (empty: the current directory).
    pub fn start_dir(&mut self, dir: &Path) -> Result<PathBuf> {
        let cwd = self.cwd()?;
        let abs = if dir.as_os_str().is_empty() {
            cwd
        } else if dir.is_absolute() {
            dir.to_path_buf()
        } else {
            cwd.join(dir)
        };
        Ok(self.resolve(&abs))
    }

    /// `abs` resolved as `canonicalize` resolves it (itself when it cannot be). Every directory
    /// on the way is remembered, up to [`REMEMBERED_DIRS`].
    fn resolve(&mut self, abs: &Path) -> PathBuf {
        if let Some(hit) = self.resolved.get(abs) {
            return hit.clone();
        }
        let last_is_name = matches!(abs.components().next_back(), Some(Component::Normal(_)));
        let plain = last_is_name
            && std::fs::symlink_metadata(abs).is_ok_and(|m| !m.file_type().is_symlink());
        let resolved = match (plain, abs.parent(), abs.file_name()) {
            (true, Some(parent), Some(name)) => self.resolve(parent).join(name),
            // A symlink, `..`, the root, or a path that does not exist: the system decides.
            _ => abs.canonicalize().unwrap_or_else(|_| abs.to_path_buf()),
        };
        if self.resolved.len() >= REMEMBERED_DIRS {
            self.resolved.clear();
        }
        self.resolved.insert(abs.to_path_buf(), resolved.clone());
        resolved
    }
}

/// The directory a path named on the command line is searched from: its parent (empty for a
/// bare file name, meaning the current directory).
pub fn parent_dir(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new(""))
}

/// A path for messages: relative to the current directory when it is below it.
pub fn display(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_dirs_agree_with_canonicalize_through_symlinks_and_dot_dots() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("real/dist")).unwrap();
        std::fs::create_dir_all(root.join("other")).unwrap();
        let mut cases = vec![
            root.join("real/dist"),
            root.join("real/dist/../../other"),
            root.join("real/./dist"),
            root.join("real/dist/.."),
            root.join("missing/dir"),
            root.clone(),
            PathBuf::from("/"),
        ];
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("real/dist"), root.join("link")).unwrap();
            std::os::unix::fs::symlink(root.join("link"), root.join("other/chain")).unwrap();
            cases.extend([
                root.join("link"),
                root.join("link/.."),
                root.join("other/chain"),
                root.join("other/chain/../dist"),
            ]);
        }
        let mut dirs = StartDirs::default();
        // Twice, so the second round answers from what the first remembered.
        for _ in 0..2 {
            for case in &cases {
                let reference = case.canonicalize().unwrap_or_else(|_| case.clone());
                assert_eq!(
                    dirs.start_dir(case).unwrap(),
                    reference,
                    "{}",
                    case.display()
                );
            }
        }
        let cwd = std::env::current_dir().unwrap().canonicalize().unwrap();
        assert_eq!(dirs.start_dir(Path::new("")).unwrap(), cwd);
        assert_eq!(
            dirs.start_dir(parent_dir(Path::new("META.json"))).unwrap(),
            cwd
        );
    }
}
