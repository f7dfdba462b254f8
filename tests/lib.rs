//! Helpers shared by the cross-crate tests: where the shared data lives, and how to skip cleanly
//! when it does not.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// `../shared` beside the clone (or `$CPANMETA_SHARED`), if present.
pub fn shared_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CPANMETA_SHARED") {
        return Some(PathBuf::from(dir));
    }
    let dir = repo_root().parent()?.join("shared");
    dir.is_dir().then_some(dir)
}

/// The shared data directory, or a printed skip reason.
pub fn shared_or_skip(what: &str) -> Option<PathBuf> {
    let dir = shared_dir();
    if dir.is_none() {
        eprintln!("SKIPPED {what}: ../shared is not beside the clone (set CPANMETA_SHARED)");
    }
    dir
}

/// Reads a JSON-lines file.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}
