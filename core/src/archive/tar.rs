//! A bounded tar reader over bytes already in memory: ustar, GNU (long names `L` / `K`, base-256
//! sizes) and pax (`x` headers' `path`, `linkpath` and `size`; `g` headers are ignored).
//! Members are never written anywhere; links keep their target as text.

use super::{finding, ArchiveError, EntryKind, FindingKind, Limits, RawArchive, RawEntry};

const BLOCK: usize = 512;

/// Whether a 512-byte block is a tar header with a valid checksum.
pub(crate) fn looks_like_header(block: &[u8]) -> bool {
    block.len() == BLOCK && checksum_ok(block)
}

fn checksum_ok(block: &[u8]) -> bool {
    let Some(stored) = octal(&block[148..156]) else {
        return false;
    };
    let mut unsigned: u64 = 0;
    let mut signed: i64 = 0;
    for (i, &b) in block.iter().enumerate() {
        let b = if (148..156).contains(&i) { b' ' } else { b };
        unsigned += u64::from(b);
        signed += i64::from(i8::from_ne_bytes([b]));
    }
    stored == unsigned || i64::try_from(stored).is_ok_and(|s| s == signed)
}

/// An octal field (NUL / space padded), or GNU base-256 when the high bit is set.
fn octal(field: &[u8]) -> Option<u64> {
    if field.first().is_some_and(|b| b & 0x80 != 0) {
        let mut n: u64 = u64::from(field[0] & 0x7f);
        for &b in &field[1..] {
            n = n.checked_mul(256)?.checked_add(u64::from(b))?;
        }
        return Some(n);
    }
    let text: Vec<u8> = field
        .iter()
        .copied()
        .take_while(|&b| b != 0)
        .filter(|b| *b != b' ')
        .collect();
    if text.is_empty() {
        return Some(0);
    }
    let mut n: u64 = 0;
    for b in text {
        if !(b'0'..=b'7').contains(&b) {
            return None;
        }
        n = n.checked_mul(8)?.checked_add(u64::from(b - b'0'))?;
    }
    Some(n)
}

fn cstr(field: &[u8]) -> String {
    let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
    String::from_utf8_lossy(&field[..end]).into_owned()
}

/// The `path`, `linkpath` and `size` records of a pax extended header.
#[derive(Default)]
struct Pax {
    path: Option<String>,
    linkpath: Option<String>,
    size: Option<u64>,
}

fn parse_pax(data: &[u8]) -> Pax {
    let mut pax = Pax::default();
    let mut rest = data;
    while !rest.is_empty() {
        let Some(sp) = rest.iter().position(|&b| b == b' ') else {
            break;
        };
        let Some(len) = std::str::from_utf8(&rest[..sp])
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
        else {
            break;
        };
        if len <= sp + 1 || len > rest.len() {
            break;
        }
        let record = &rest[sp + 1..len];
        let record = record.strip_suffix(b"\n").unwrap_or(record);
        if let Some(eq) = record.iter().position(|&b| b == b'=') {
            let value = String::from_utf8_lossy(&record[eq + 1..]).into_owned();
            match &record[..eq] {
                b"path" => pax.path = Some(value),
                b"linkpath" => pax.linkpath = Some(value),
                b"size" => pax.size = value.parse().ok(),
                _ => {}
            }
        }
        rest = &rest[len..];
    }
    pax
}

/// Reads every member. `stream_complete` is false when the decompressor already reported that
/// the stream ends early (so the end of the bytes is not reported twice).
pub(crate) fn read(
    bytes: &[u8],
    limits: &Limits,
    stream_complete: bool,
) -> Result<RawArchive, ArchiveError> {
    let mut out = RawArchive {
        complete: true,
        ..RawArchive::default()
    };
    let mut pos = 0usize;
    let mut long_name: Option<String> = None;
    let mut long_link: Option<String> = None;
    let mut pax = Pax::default();
    let mut members = 0usize;
    let truncated = |out: &mut RawArchive, message: String| {
        out.complete = false;
        if stream_complete {
            out.findings
                .push(finding(FindingKind::Truncated, None, message));
        }
    };
    loop {
        let Some(block) = bytes.get(pos..pos + BLOCK) else {
            if pos == 0 {
                return Err(ArchiveError::Corrupt(
                    "tar archive",
                    "shorter than one header".to_owned(),
                ));
            }
            if pos < bytes.len() {
                truncated(&mut out, "the tar stream ends inside a header".to_owned());
            }
            break;
        };
        if block.iter().all(|&b| b == 0) {
            break;
        }
        if !checksum_ok(block) {
            if pos == 0 {
                return Err(ArchiveError::Corrupt(
                    "tar archive",
                    "the first header's checksum does not match".to_owned(),
                ));
            }
            truncated(
                &mut out,
                format!("the tar header at byte {pos} is damaged; the rest is not read"),
            );
            break;
        }
        members += 1;
        if members > limits.max_entries {
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
        let typeflag = block[156];
        let header_size = octal(&block[124..136]);
        let size = pax.size.or(header_size).unwrap_or(0);
        let ustar = &block[257..263] == b"ustar\0";
        let mut name = cstr(&block[0..100]);
        if ustar {
            let prefix = cstr(&block[345..500]);
            if !prefix.is_empty() {
                name = format!("{prefix}/{name}");
            }
        }
        let data_start = pos + BLOCK;
        let padded =
            usize::try_from(size.div_ceil(BLOCK as u64) * BLOCK as u64).unwrap_or(usize::MAX);
        let data_end = data_start.saturating_add(usize::try_from(size).unwrap_or(usize::MAX));
        let next = data_start.saturating_add(padded);
        if header_size.is_none() {
            truncated(&mut out, format!("the size of `{name}` is not a number"));
            break;
        }
        if data_end > bytes.len() {
            truncated(&mut out, format!("the tar stream ends inside `{name}`"));
            break;
        }
        let data = &bytes[data_start..data_end];
        pos = next;
        match typeflag {
            b'L' => {
                long_name = Some(cstr(data));
                continue;
            }
            b'K' => {
                long_link = Some(cstr(data));
                continue;
            }
            b'x' | b'g' => {
                out.findings.push(finding(
                    FindingKind::PaxHeader,
                    Some(&name),
                    format!("pax header `{name}`"),
                ));
                if typeflag == b'x' {
                    pax = parse_pax(data);
                }
                continue;
            }
            _ => {}
        }
        let name = long_name.take().or(pax.path.take()).unwrap_or(name);
        let link = long_link
            .take()
            .or(pax.linkpath.take())
            .unwrap_or_else(|| cstr(&block[157..257]));
        pax = Pax::default();
        let kind = match typeflag {
            b'0' | 0 | b'7' => {
                if name.ends_with('/') {
                    EntryKind::Directory
                } else {
                    EntryKind::File
                }
            }
            b'5' | b'D' => EntryKind::Directory,
            b'1' => EntryKind::Hardlink(link),
            b'2' => EntryKind::Symlink(link),
            other => {
                out.findings.push(finding(
                    FindingKind::Unsupported,
                    Some(&name),
                    format!(
                        "`{name}` is of tar type `{}`, not a file, directory or link; skipped",
                        char::from(other)
                    ),
                ));
                continue;
            }
        };
        if kind == EntryKind::File && size > limits.max_entry_bytes {
            out.findings.push(finding(
                FindingKind::TooLarge,
                Some(&name),
                format!(
                    "`{name}` has {size} bytes, more than {}; skipped",
                    limits.max_entry_bytes
                ),
            ));
            continue;
        }
        let data = if kind == EntryKind::File {
            data.to_vec()
        } else {
            Vec::new()
        };
        out.entries.push(RawEntry {
            name,
            kind,
            data,
            size,
        });
    }
    Ok(out)
}
