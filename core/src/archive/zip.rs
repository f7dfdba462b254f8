//! A bounded zip reader: the central directory, stored and deflated members. Encrypted members,
//! other methods and ZIP64 are reported and skipped. Each member's declared and real sizes are
//! held to the limits while it is inflated, so a bomb stops at the limit.

use std::io::Read;

use super::{finding, ArchiveError, EntryKind, FindingKind, Limits, RawArchive, RawEntry};

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn corrupt(message: &str) -> ArchiveError {
    ArchiveError::Corrupt("zip archive", message.to_owned())
}

/// The end-of-central-directory record: entry count, directory offset.
fn end_record(bytes: &[u8]) -> Option<(usize, usize)> {
    let floor = bytes.len().saturating_sub(22 + 65_535);
    let at = (floor..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))?;
    let count = usize::from(u16_at(bytes, at + 10)?);
    let offset = u32_at(bytes, at + 16)? as usize;
    Some((count, offset))
}

pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<RawArchive, ArchiveError> {
    let (count, mut pos) = end_record(bytes).ok_or_else(|| {
        corrupt("no end of central directory record (the archive is truncated or not a zip)")
    })?;
    let mut out = RawArchive {
        complete: true,
        ..RawArchive::default()
    };
    let mut total: u64 = 0;
    for _ in 0..count {
        if out.entries.len() >= limits.max_entries {
            out.complete = false;
            out.findings.push(finding(
                FindingKind::TooLarge,
                None,
                format!(
                    "more than {} members; the rest is not read",
                    limits.max_entries
                ),
            ));
            break;
        }
        let header = bytes.get(pos..).filter(|h| h.starts_with(b"PK\x01\x02"));
        let Some(h) = header else {
            out.complete = false;
            out.findings.push(finding(
                FindingKind::Truncated,
                None,
                "the zip central directory is damaged; the rest is not read".to_owned(),
            ));
            break;
        };
        let field = |at| u16_at(h, at).map(usize::from);
        let (
            Some(made_by),
            Some(flags),
            Some(method),
            Some(csize),
            Some(usize_),
            Some(nlen),
            Some(xlen),
            Some(clen),
            Some(attrs),
            Some(local),
        ) = (
            u16_at(h, 4),
            u16_at(h, 8),
            u16_at(h, 10),
            u32_at(h, 20),
            u32_at(h, 24),
            field(28),
            field(30),
            field(32),
            u32_at(h, 38),
            u32_at(h, 42),
        )
        else {
            out.complete = false;
            out.findings.push(finding(
                FindingKind::Truncated,
                None,
                "a zip directory entry is cut short".to_owned(),
            ));
            break;
        };
        let Some(name_bytes) = h.get(46..46 + nlen) else {
            out.complete = false;
            out.findings.push(finding(
                FindingKind::Truncated,
                None,
                "a zip directory entry is cut short".to_owned(),
            ));
            break;
        };
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        pos += 46 + nlen + xlen + clen;
        let unix_mode = if made_by >> 8 == 3 { attrs >> 16 } else { 0 };
        let is_link = unix_mode & 0o170_000 == 0o120_000;
        if name.ends_with('/') {
            out.entries.push(RawEntry {
                name,
                kind: EntryKind::Directory,
                data: Vec::new(),
                size: 0,
            });
            continue;
        }
        let skip = |out: &mut RawArchive, kind, message: String| {
            out.findings.push(finding(kind, Some(&name), message));
        };
        if flags & 1 != 0 || csize == u32::MAX || usize_ == u32::MAX {
            skip(
                &mut out,
                FindingKind::Unsupported,
                format!("`{name}` is encrypted or ZIP64; skipped"),
            );
            continue;
        }
        if u64::from(usize_) > limits.max_entry_bytes {
            skip(
                &mut out,
                FindingKind::TooLarge,
                format!(
                    "`{name}` has {usize_} bytes, more than {}; skipped",
                    limits.max_entry_bytes
                ),
            );
            continue;
        }
        if u64::from(usize_) > 1024 * 1024
            && u64::from(usize_) > u64::from(csize).saturating_mul(limits.max_ratio)
        {
            skip(
                &mut out,
                FindingKind::CompressionBomb,
                format!(
                    "`{name}` inflates {csize} bytes to {usize_}, a ratio beyond {}; skipped",
                    limits.max_ratio
                ),
            );
            continue;
        }
        let local = local as usize;
        let data_at = match (u16_at(bytes, local + 26), u16_at(bytes, local + 28)) {
            (Some(n), Some(x))
                if bytes
                    .get(local..)
                    .is_some_and(|b| b.starts_with(b"PK\x03\x04")) =>
            {
                local + 30 + usize::from(n) + usize::from(x)
            }
            _ => {
                skip(
                    &mut out,
                    FindingKind::Truncated,
                    format!("the local header of `{name}` is missing or damaged; skipped"),
                );
                out.complete = false;
                continue;
            }
        };
        let Some(compressed) = bytes.get(data_at..data_at + csize as usize) else {
            skip(
                &mut out,
                FindingKind::Truncated,
                format!("the data of `{name}` is cut short; skipped"),
            );
            out.complete = false;
            continue;
        };
        // Never trust the declared size alone: inflate at most one byte past it and the limits.
        let cap = u64::from(usize_)
            .min(limits.max_entry_bytes)
            .min(limits.max_total_bytes.saturating_sub(total));
        let data = match method {
            0 => compressed
                .get(..usize::try_from(cap + 1).unwrap_or(usize::MAX))
                .unwrap_or(compressed)
                .to_vec(),
            8 => {
                let mut data = Vec::new();
                let read = flate2::read::DeflateDecoder::new(compressed)
                    .take(cap + 1)
                    .read_to_end(&mut data);
                if let Err(e) = read {
                    skip(
                        &mut out,
                        FindingKind::Truncated,
                        format!("`{name}` does not inflate: {e}; skipped"),
                    );
                    out.complete = false;
                    continue;
                }
                data
            }
            m => {
                skip(
                    &mut out,
                    FindingKind::Unsupported,
                    format!("`{name}` uses compression method {m}; skipped"),
                );
                continue;
            }
        };
        if data.len() as u64 > cap {
            if cap < u64::from(usize_) {
                out.complete = false;
                skip(&mut out, FindingKind::TotalLimit, format!("`{name}` would take the archive past {} decompressed bytes; the rest is not read", limits.max_total_bytes));
                break;
            }
            skip(
                &mut out,
                FindingKind::CompressionBomb,
                format!("`{name}` inflates to more than its declared {usize_} bytes; skipped"),
            );
            continue;
        }
        total += data.len() as u64;
        let kind = if is_link {
            EntryKind::Symlink(String::from_utf8_lossy(&data).into_owned())
        } else {
            EntryKind::File
        };
        let size = data.len() as u64;
        let data = if is_link { Vec::new() } else { data };
        out.entries.push(RawEntry {
            name,
            kind,
            data,
            size,
        });
    }
    Ok(out)
}
