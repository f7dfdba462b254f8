//! gzip and bzip2 streams, decompressed into memory up to the total limit. Both decoders are
//! pure Rust (miniz_oxide, libbz2-rs-sys), so this builds for wasm32.

use std::io::Read;

use super::{ArchiveError, ArchiveFormat, FindingKind, Limits};

/// Why decompression stopped early: the kind of finding and its message.
pub(crate) type Stop = (FindingKind, String);

/// Decompresses the whole stream, or as much as the limit allows. A stream that fails before
/// yielding any byte is not an archive; one that fails later is truncated, and what came before
/// is kept.
pub(crate) fn decompress(
    bytes: &[u8],
    format: ArchiveFormat,
    limits: &Limits,
) -> Result<(Vec<u8>, Option<Stop>), ArchiveError> {
    let (what, reader): (&'static str, Box<dyn Read + '_>) = match format {
        ArchiveFormat::TarGz => (
            "gzip stream",
            Box::new(flate2::read::MultiGzDecoder::new(bytes)),
        ),
        ArchiveFormat::TarBz2 => (
            "bzip2 stream",
            Box::new(bzip2::read::MultiBzDecoder::new(bytes)),
        ),
        ArchiveFormat::Tar | ArchiveFormat::Zip => return Ok((bytes.to_vec(), None)),
    };
    let mut out = Vec::new();
    let cap = limits.max_total_bytes;
    match reader.take(cap.saturating_add(1)).read_to_end(&mut out) {
        Ok(_) if out.len() as u64 > cap => {
            out.truncate(usize::try_from(cap).unwrap_or(usize::MAX));
            Ok((
                out,
                Some((
                    FindingKind::TotalLimit,
                    format!(
                        "the archive decompresses to more than {cap} bytes; the rest is not read"
                    ),
                )),
            ))
        }
        Ok(_) => Ok((out, None)),
        Err(e) if out.is_empty() => Err(ArchiveError::Corrupt(what, e.to_string())),
        Err(e) => Ok((
            out,
            Some((
                FindingKind::Truncated,
                format!("the {what} ends early or is damaged: {e}"),
            )),
        )),
    }
}
