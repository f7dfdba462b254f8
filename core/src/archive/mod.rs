//! Release archives read in memory: `.tar.gz` / `.tgz`, `.tar.bz2`, `.tar` and `.zip`, as
//! uploaded to CPAN.
//!
//! Nothing is ever written anywhere: every member is decompressed into memory, within
//! [`Limits`]. Hostile members (absolute paths, `..`, links, oversized or deeply nested entries,
//! compression bombs, truncated streams) are never followed or extracted; each becomes an
//! [`ArchiveFinding`] and the rest of the archive is still read, so a release can be judged on
//! what it really contains. `Err` means the bytes are no archive at all.
//!
//! The distribution directory is found the way Module::CPANTS::Analyse finds it after
//! extraction: when the archive holds exactly one top-level name (counting only names with a
//! word character) and it is a directory, that directory is the distribution; otherwise the
//! archive root is.

mod compress;
mod path;
mod tar;
#[cfg(test)]
mod tests;
mod zip;

use serde::Serialize;

pub use path::has_word_char;

/// Bounds on the work one archive may cause.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Limits {
    /// Total decompressed bytes (the tar stream, or all zip members together).
    pub max_total_bytes: u64,
    /// Bytes of one member.
    pub max_entry_bytes: u64,
    /// Number of members.
    pub max_entries: usize,
    /// Path components of one member.
    pub max_depth: usize,
    /// Bytes of one member's path.
    pub max_path_bytes: usize,
    /// Decompressed / compressed size of one zip member beyond which it is treated as a bomb.
    pub max_ratio: u64,
}

impl Default for Limits {
    /// Generous for real CPAN releases (the largest are a few hundred megabytes unpacked), small
    /// enough that a bomb costs at most a few seconds and this much memory.
    fn default() -> Self {
        Self {
            max_total_bytes: 512 * 1024 * 1024,
            max_entry_bytes: 128 * 1024 * 1024,
            max_entries: 100_000,
            max_depth: 64,
            max_path_bytes: 4096,
            max_ratio: 1000,
        }
    }
}

/// The container format, from the content (not the file name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArchiveFormat {
    TarGz,
    TarBz2,
    Tar,
    Zip,
}

/// Why bytes could not be read as an archive at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArchiveError {
    #[error("not a release archive (expected .tar.gz, .tgz, .tar.bz2, .tar or .zip)")]
    UnknownFormat,
    #[error("corrupt {0}: {1}")]
    Corrupt(&'static str, String),
}

/// What kind of member an entry is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "target")]
pub enum EntryKind {
    File,
    Directory,
    /// A symbolic link, never followed; the target as written.
    Symlink(String),
    /// A hard link to an earlier member, never followed; the target as written.
    Hardlink(String),
}

/// One member, with its path normalised (no leading `./`, no trailing `/`).
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// The path in the archive.
    pub path: String,
    /// The path relative to the distribution directory (`""` for that directory itself, `None`
    /// outside it).
    pub rel: Option<String>,
    pub kind: EntryKind,
    pub size: u64,
    #[serde(skip)]
    pub data: Vec<u8>,
}

/// Something wrong with the archive itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingKind {
    /// A member with an absolute path or a `..` component (skipped).
    PathTraversal,
    /// A symbolic or hard link (listed, never followed).
    Link,
    /// A member larger than the limit (skipped), or too many members (the rest skipped).
    TooLarge,
    /// A path deeper or longer than the limits (skipped).
    TooDeep,
    /// A zip member whose compression ratio is beyond the limit (skipped).
    CompressionBomb,
    /// The stream ends early or a header is damaged (the members before it are kept).
    Truncated,
    /// The decompressed total exceeds the limit (the rest is not read).
    TotalLimit,
    /// An archive inside the archive (listed, never opened).
    NestedArchive,
    /// A pax extended header (CPANTS's `no_pax_headers`).
    PaxHeader,
    /// A member that is neither file, directory nor link (device, fifo), or an unsupported zip
    /// method (skipped).
    Unsupported,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ArchiveFinding {
    pub kind: FindingKind,
    /// The member concerned, as written in the archive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    pub message: String,
}

/// A release archive read into memory.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Archive {
    /// The file name it was given as (used for the distribution name and version).
    pub name: String,
    pub format: ArchiveFormat,
    /// Every member kept, in archive order.
    pub entries: Vec<Entry>,
    pub findings: Vec<ArchiveFinding>,
    /// The distribution directory (`Foo-Bar-1.0`), or `None` when it is the archive root.
    pub dist_dir: Option<String>,
    /// The top-level names (with a word character), as CPANTS lists them after extraction.
    pub top_level: Vec<String>,
    /// Whether every member was read (no limit hit, no truncation).
    pub complete: bool,
}

/// A member as a reader produced it, before normalisation.
pub(crate) struct RawEntry {
    pub name: String,
    pub kind: EntryKind,
    pub data: Vec<u8>,
    pub size: u64,
}

/// What a format reader hands back.
#[derive(Default)]
pub(crate) struct RawArchive {
    pub entries: Vec<RawEntry>,
    pub findings: Vec<ArchiveFinding>,
    pub complete: bool,
}

pub(crate) fn finding(kind: FindingKind, member: Option<&str>, message: String) -> ArchiveFinding {
    ArchiveFinding {
        kind,
        member: member.map(str::to_owned),
        message,
    }
}

impl Archive {
    /// Reads an archive from its bytes with the default [`Limits`]. `name` is the file name
    /// (`Foo-Bar-1.0.tar.gz`); the format is taken from the content.
    pub fn read(bytes: &[u8], name: &str) -> Result<Archive, ArchiveError> {
        Self::read_with_limits(bytes, name, &Limits::default())
    }

    pub fn read_with_limits(
        bytes: &[u8],
        name: &str,
        limits: &Limits,
    ) -> Result<Archive, ArchiveError> {
        let format = sniff(bytes).ok_or(ArchiveError::UnknownFormat)?;
        let raw = match format {
            ArchiveFormat::Zip => zip::read(bytes, limits)?,
            ArchiveFormat::Tar => tar::read(bytes, limits, true)?,
            ArchiveFormat::TarGz | ArchiveFormat::TarBz2 => {
                let (tar_bytes, stop) = compress::decompress(bytes, format, limits)?;
                let mut raw = tar::read(&tar_bytes, limits, stop.is_none())?;
                if let Some((kind, message)) = stop {
                    raw.complete = false;
                    raw.findings.push(finding(kind, None, message));
                }
                raw
            }
        };
        Ok(Self::assemble(name, format, raw, limits))
    }

    fn assemble(name: &str, format: ArchiveFormat, raw: RawArchive, limits: &Limits) -> Archive {
        let mut findings = raw.findings;
        let mut entries: Vec<Entry> = Vec::with_capacity(raw.entries.len());
        let mut seen = std::collections::HashSet::new();
        for e in raw.entries {
            let Some(path) = path::normalise(&e.name, limits, &mut findings) else {
                continue;
            };
            if matches!(e.kind, EntryKind::Symlink(_) | EntryKind::Hardlink(_)) {
                findings.push(finding(
                    FindingKind::Link,
                    Some(&e.name),
                    format!(
                        "`{}` is a link; links are listed but never followed",
                        e.name
                    ),
                ));
            }
            if e.kind == EntryKind::File && path::is_nested_archive(&path) {
                findings.push(finding(
                    FindingKind::NestedArchive,
                    Some(&e.name),
                    format!(
                        "`{}` is an archive inside the archive; it is not opened",
                        e.name
                    ),
                ));
            }
            // A later member of the same path replaces the earlier one, as extraction does.
            if !seen.insert(path.clone()) {
                entries.retain(|x| x.path != path);
            }
            entries.push(Entry {
                path,
                rel: None,
                kind: e.kind,
                size: e.size,
                data: e.data,
            });
        }
        let top_level = path::top_level(&entries);
        let dist_dir = match top_level.as_slice() {
            [only] if path::is_directory(&entries, only) => Some(only.clone()),
            _ => None,
        };
        for e in &mut entries {
            e.rel = match &dist_dir {
                None => Some(e.path.clone()),
                Some(d) if e.path == *d => Some(String::new()),
                Some(d) => e
                    .path
                    .strip_prefix(d.as_str())
                    .and_then(|r| r.strip_prefix('/'))
                    .map(str::to_owned),
            };
        }
        Archive {
            name: name.to_owned(),
            format,
            entries,
            findings,
            dist_dir,
            top_level,
            complete: raw.complete,
        }
    }

    /// Every member inside the distribution directory that is not a directory (files and
    /// links), with paths relative to it, in archive order.
    pub fn files(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| {
            e.kind != EntryKind::Directory && e.rel.as_deref().is_some_and(|r| !r.is_empty())
        })
    }

    /// Every directory inside the distribution directory (explicit members, and the parents
    /// that members imply), relative to it, sorted.
    pub fn dirs(&self) -> Vec<String> {
        let mut out = std::collections::BTreeSet::new();
        for e in &self.entries {
            let Some(rel) = e.rel.as_deref().filter(|r| !r.is_empty()) else {
                continue;
            };
            if e.kind == EntryKind::Directory {
                out.insert(rel.to_owned());
            }
            let mut p = rel;
            while let Some(i) = p.rfind('/') {
                p = &p[..i];
                out.insert(p.to_owned());
            }
        }
        out.into_iter().collect()
    }

    /// The member at `rel` (relative to the distribution directory).
    pub fn file(&self, rel: &str) -> Option<&Entry> {
        self.files().find(|e| e.rel.as_deref() == Some(rel))
    }

    /// The content of the regular file at `rel`; `None` for a link or a missing file.
    pub fn content(&self, rel: &str) -> Option<&[u8]> {
        self.file(rel)
            .filter(|e| e.kind == EntryKind::File)
            .map(|e| e.data.as_slice())
    }

    /// The path to show for a member (`Foo-1.0.tar.gz!/Foo-1.0/META.json`).
    pub fn display_path(&self, rel: &str) -> String {
        match &self.dist_dir {
            Some(d) => format!("{}!/{d}/{rel}", self.name),
            None => format!("{}!/{rel}", self.name),
        }
    }
}

/// The format from the first bytes.
fn sniff(bytes: &[u8]) -> Option<ArchiveFormat> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        Some(ArchiveFormat::TarGz)
    } else if bytes.starts_with(b"BZh") {
        Some(ArchiveFormat::TarBz2)
    } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Some(ArchiveFormat::Zip)
    } else if bytes.len() >= 512 && tar::looks_like_header(&bytes[..512]) {
        Some(ArchiveFormat::Tar)
    } else {
        None
    }
}
