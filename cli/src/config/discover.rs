//! Where to look for `cpanmeta.toml`: from the linted path's directory upwards, stopping at the
//! first one found.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The configuration file's name. Only this name: the Perl ecosystem has no TOML file a
/// `[cpanmeta]` table could live in (dist.ini and .perlcriticrc are INI, cpanfile and
/// Makefile.PL are Perl), so a file of its own is the one place a TOML parser can read.
pub const CONFIG_NAME: &str = "cpanmeta.toml";

/// The absolute directory to start from: the path itself if it is a directory, else its parent;
/// standard input (`-`) starts from the current directory.
pub fn start_dir(path: &Path) -> Result<PathBuf> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    if path.as_os_str() == "-" {
        return Ok(cwd);
    }
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    // `..` and symlinks resolved, so `a/../b/META.json` searches from `b`.
    let abs = abs.canonicalize().unwrap_or(abs);
    Ok(if abs.is_dir() {
        abs
    } else {
        abs.parent().map_or(abs.clone(), Path::to_path_buf)
    })
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
