//! Reading and writing the user's files, bounded and atomic: one place for every command and for
//! the Python package (`cpanmeta_cli::files`).

use std::io::{Read, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};

/// META files are kilobytes; anything past this is not one, and reading it would only waste memory.
pub const MAX_META_BYTES: u64 = 64 * 1024 * 1024;

/// The largest release on CPAN is well under this; a bigger file is not worth reading.
pub const MAX_ARCHIVE_BYTES: u64 = 1024 * 1024 * 1024;

/// Reads at most `limit` bytes; more is an error (`what` names the input in messages).
pub fn read_bounded(reader: impl Read, limit: u64, what: &str) -> Result<Vec<u8>> {
    read_bounded_into(Vec::new(), reader, limit, what)
}

/// [`read_bounded`] into `bytes`, whose capacity may already fit the input: with room for it,
/// the whole file arrives in one `read` and a second one sees the end, where growing from empty
/// takes one call per doubling.
fn read_bounded_into(
    mut bytes: Vec<u8>,
    reader: impl Read,
    limit: u64,
    what: &str,
) -> Result<Vec<u8>> {
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {what}"))?;
    if bytes.len() as u64 > limit {
        bail!("{what} is larger than {limit} bytes; not a META file or a CPAN release");
    }
    Ok(bytes)
}

/// Reads the file at `path`, at most `limit` bytes.
pub fn read_path(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let what = format!("`{}`", path.display());
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {what}"))?;
    // The size now is only a hint (the file may change while it is read); the bound is still
    // enforced on what is actually read.
    let hint = file.metadata().map_or(0, |m| m.len().min(limit));
    let capacity = usize::try_from(hint).unwrap_or(0).saturating_add(1);
    read_bounded_into(Vec::with_capacity(capacity), file, limit, &what)
}

/// Reads standard input, at most a META file's bound.
pub fn read_stdin() -> Result<Vec<u8>> {
    read_bounded(std::io::stdin(), MAX_META_BYTES, "standard input")
}

/// Writes `bytes` to `path` through a temporary file beside it, renamed over it: a reader never
/// sees half a file. An existing file keeps its permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.display();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let permissions = std::fs::metadata(path).ok().map(|m| m.permissions());
    let mut tmp = tempfile::Builder::new()
        .prefix(".cpanmeta-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file beside `{name}`"))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write `{name}`"))?;
    if let Some(permissions) = permissions {
        std::fs::set_permissions(tmp.path(), permissions)
            .with_context(|| format!("cannot set the permissions of `{name}`"))?;
    }
    tmp.persist(path)
        .with_context(|| format!("cannot replace `{name}`"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_keeps_permissions_and_creates_new_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("META.yml");
        std::fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        let fresh = dir.path().join("META.json");
        write_atomically(&fresh, b"{}").unwrap();
        assert_eq!(std::fs::read(&fresh).unwrap(), b"{}");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no temporary file left"
        );
    }

    #[test]
    fn reading_stops_past_the_bound() {
        assert_eq!(read_bounded(&b"abc"[..], 3, "x").unwrap(), b"abc");
        let err = read_bounded(&b"abcd"[..], 3, "`x`")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`x` is larger than 3 bytes"), "{err}");
    }
}
