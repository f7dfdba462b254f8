//! Member paths: normalisation, the hostile ones, and the distribution directory.

use super::{finding, ArchiveFinding, Entry, EntryKind, FindingKind, Limits};

/// Normalises a member's name (`./Foo-1.0//lib/` is `Foo-1.0/lib`), or reports and refuses it:
/// absolute paths, `..` components, and paths beyond the depth or length limits.
pub(crate) fn normalise(
    name: &str,
    limits: &Limits,
    findings: &mut Vec<ArchiveFinding>,
) -> Option<String> {
    if name.len() > limits.max_path_bytes {
        findings.push(finding(
            FindingKind::TooDeep,
            Some(name),
            format!(
                "a member's path has {} bytes, more than {}; skipped",
                name.len(),
                limits.max_path_bytes
            ),
        ));
        return None;
    }
    let absolute = name.starts_with('/')
        || name.starts_with('\\')
        || name.get(1..3) == Some(":\\")
        || name.get(1..3) == Some(":/");
    let parts: Vec<&str> = name
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if absolute || parts.contains(&"..") {
        findings.push(finding(
            FindingKind::PathTraversal,
            Some(name),
            format!("`{name}` points outside the archive (absolute or `..`); skipped"),
        ));
        return None;
    }
    if parts.len() > limits.max_depth {
        findings.push(finding(
            FindingKind::TooDeep,
            Some(name),
            format!(
                "`{name}` is nested {} levels deep, more than {}; skipped",
                parts.len(),
                limits.max_depth
            ),
        ));
        return None;
    }
    if parts.is_empty() {
        return None;
    }
    Some(parts.join("/"))
}

/// Perl's `/\w/` on a file name read as bytes: an ASCII letter, digit or underscore.
pub fn has_word_char(name: &str) -> bool {
    name.bytes().any(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The distinct first components, keeping only those `grep {/\w/} readdir` keeps, sorted.
pub(crate) fn top_level(entries: &[Entry]) -> Vec<String> {
    let mut out: Vec<String> = entries
        .iter()
        .map(|e| e.path.split('/').next().unwrap_or_default().to_owned())
        .filter(|t| has_word_char(t))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether `top` is a directory after extraction: an explicit directory member, or the parent of
/// another member.
pub(crate) fn is_directory(entries: &[Entry], top: &str) -> bool {
    entries.iter().any(|e| {
        (e.path == top && e.kind == EntryKind::Directory)
            || e.path.strip_prefix(top).is_some_and(|r| r.starts_with('/'))
    })
}

/// Archives inside the release (listed as files, never opened).
pub(crate) fn is_nested_archive(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [
        ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".zip", ".tar", ".jar", ".7z",
        ".rar",
    ]
    .iter()
    .any(|ext| lower.ends_with(ext))
}
