//! Archives built byte by byte, benign and hostile: each hostile case must give its finding and
//! bounded work, never a panic, a write or a hang.

use std::io::Write;

use super::*;

/// A ustar header block for `name` with `typeflag`, `size` and `link`.
fn header(name: &str, typeflag: u8, size: usize, link: &str) -> Vec<u8> {
    let mut h = vec![0u8; 512];
    h[..name.len().min(100)].copy_from_slice(&name.as_bytes()[..name.len().min(100)]);
    h[100..108].copy_from_slice(b"0000644\0");
    h[108..116].copy_from_slice(b"0000000\0");
    h[116..124].copy_from_slice(b"0000000\0");
    h[124..136].copy_from_slice(format!("{size:011o}\0").as_bytes());
    h[136..148].copy_from_slice(b"00000000000\0");
    h[156] = typeflag;
    h[157..157 + link.len()].copy_from_slice(link.as_bytes());
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[148..156].copy_from_slice(b"        ");
    let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
    h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    h
}

/// A tar stream of (name, typeflag, data, link) members with its end blocks.
fn tar(members: &[(&str, u8, &[u8], &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, t, data, link) in members {
        out.extend(header(name, *t, data.len(), link));
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out.extend([0u8; 1024]);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn bzip2(bytes: &[u8]) -> Vec<u8> {
    let mut e = ::bzip2::write::BzEncoder::new(Vec::new(), ::bzip2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// A zip of (name, data, deflate?, unix mode) members.
fn zip(members: &[(&str, &[u8], bool, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate, mode) in members {
        let stored = if *deflate {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        } else {
            data.to_vec()
        };
        let offset = out.len() as u32;
        let method: u16 = if *deflate { 8 } else { 0 };
        out.extend(b"PK\x03\x04");
        out.extend(20u16.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(method.to_le_bytes());
        out.extend([0u8; 8]); // time, date, crc (not checked)
        out.extend((stored.len() as u32).to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(name.as_bytes());
        out.extend(&stored);
        central.extend(b"PK\x01\x02");
        central.extend((0x0314u16).to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(0u16.to_le_bytes());
        central.extend(method.to_le_bytes());
        central.extend([0u8; 8]);
        central.extend((stored.len() as u32).to_le_bytes());
        central.extend((data.len() as u32).to_le_bytes());
        central.extend((name.len() as u16).to_le_bytes());
        central.extend([0u8; 8]); // extra len, comment len, disk, internal attrs
        central.extend((mode << 16).to_le_bytes());
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(b"PK\x05\x06");
    out.extend([0u8; 4]);
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn kinds(a: &Archive) -> Vec<FindingKind> {
    a.findings.iter().map(|f| f.kind).collect()
}

const META: &[u8] = br#"{"name":"Foo-Bar"}"#;

#[test]
fn a_tar_gz_release_has_its_top_directory_as_the_distribution() {
    let t = tar(&[
        ("Foo-Bar-1.0/", b'5', b"", ""),
        ("Foo-Bar-1.0/META.json", b'0', META, ""),
        (
            "Foo-Bar-1.0/lib/Foo/Bar.pm",
            b'0',
            b"package Foo::Bar;\n1;\n",
            "",
        ),
    ]);
    let a = Archive::read(&gzip(&t), "Foo-Bar-1.0.tar.gz").unwrap();
    assert_eq!(a.format, ArchiveFormat::TarGz);
    assert_eq!(a.dist_dir.as_deref(), Some("Foo-Bar-1.0"));
    assert!(a.complete);
    assert!(a.findings.is_empty(), "{:?}", a.findings);
    assert_eq!(a.content("META.json"), Some(META));
    let files: Vec<_> = a.files().map(|e| e.rel.clone().unwrap()).collect();
    assert_eq!(files, ["META.json", "lib/Foo/Bar.pm"]);
    assert_eq!(a.dirs(), ["lib", "lib/Foo"]);
    assert_eq!(
        a.display_path("META.json"),
        "Foo-Bar-1.0.tar.gz!/Foo-Bar-1.0/META.json"
    );
}

#[test]
fn bzip2_plain_tar_and_zip_read_alike() {
    let t = tar(&[("Foo-1/META.json", b'0', META, "")]);
    for (bytes, format) in [
        (bzip2(&t), ArchiveFormat::TarBz2),
        (t.clone(), ArchiveFormat::Tar),
        (
            zip(&[("Foo-1/META.json", META, true, 0o100_644)]),
            ArchiveFormat::Zip,
        ),
        (
            zip(&[("Foo-1/META.json", META, false, 0o100_644)]),
            ArchiveFormat::Zip,
        ),
    ] {
        let a = Archive::read(&bytes, "Foo-1.x").unwrap();
        assert_eq!(a.format, format);
        assert_eq!(a.dist_dir.as_deref(), Some("Foo-1"));
        assert_eq!(a.content("META.json"), Some(META), "{format:?}");
    }
}

#[test]
fn leading_dot_slash_is_not_a_separate_top_level_name() {
    let t = tar(&[("./Foo-1/META.json", b'0', META, ""), ("./", b'5', b"", "")]);
    let a = Archive::read(&t, "Foo-1.tar").unwrap();
    assert_eq!(a.dist_dir.as_deref(), Some("Foo-1"));
}

#[test]
fn several_top_level_names_make_the_root_the_distribution() {
    let t = tar(&[
        ("META.json", b'0', META, ""),
        ("lib/Foo.pm", b'0', b"1;", ""),
    ]);
    let a = Archive::read(&t, "Foo-1.tar").unwrap();
    assert_eq!(a.dist_dir, None);
    assert_eq!(a.content("META.json"), Some(META));
    // A name without a word character is not counted, as CPANTS's `grep {/\w/} readdir`.
    let t = tar(&[("Foo-1/META.json", b'0', META, ""), ("-/x", b'0', b"", "")]);
    assert_eq!(
        Archive::read(&t, "Foo-1.tar").unwrap().dist_dir.as_deref(),
        Some("Foo-1")
    );
}

#[test]
fn pax_and_gnu_long_names_name_the_next_member() {
    let long = format!("Foo-1/{}/Deep.pm", "d".repeat(120));
    let pax_record = format!("path={long}\n");
    let pax = format!(
        "{} {pax_record}",
        pax_record.len() + 1 + (pax_record.len() + 4).to_string().len()
    );
    let t = tar(&[
        ("Foo-1/PaxHeader/x", b'x', pax.as_bytes(), ""),
        ("Foo-1/truncated-name", b'0', b"1;", ""),
        ("././@LongLink", b'L', format!("{long}2\0").as_bytes(), ""),
        ("Foo-1/other-truncated", b'0', b"2;", ""),
    ]);
    let a = Archive::read(&t, "Foo-1.tar").unwrap();
    let paths: Vec<_> = a.entries.iter().map(|e| e.path.clone()).collect();
    assert_eq!(paths, [long.clone(), format!("{long}2")]);
    assert_eq!(kinds(&a), [FindingKind::PaxHeader]);
}

#[test]
fn path_traversal_and_absolute_members_are_skipped_and_reported() {
    let t = tar(&[
        ("Foo-1/META.json", b'0', META, ""),
        ("Foo-1/../../etc/passwd", b'0', b"x", ""),
        ("/etc/shadow", b'0', b"x", ""),
    ]);
    let a = Archive::read(&gzip(&t), "Foo-1.tar.gz").unwrap();
    assert_eq!(
        kinds(&a),
        [FindingKind::PathTraversal, FindingKind::PathTraversal]
    );
    assert_eq!(a.entries.len(), 1);
    let z = zip(&[
        ("../evil", b"x", false, 0o100_644),
        ("C:\\evil", b"x", false, 0o100_644),
    ]);
    let a = Archive::read(&z, "Foo-1.zip").unwrap();
    assert_eq!(
        kinds(&a),
        [FindingKind::PathTraversal, FindingKind::PathTraversal]
    );
    assert!(a.entries.is_empty());
}

#[test]
fn links_are_listed_with_their_target_and_never_followed() {
    let t = tar(&[
        ("Foo-1/META.json", b'0', META, ""),
        ("Foo-1/LICENSE", b'2', b"", "/etc/passwd"),
        ("Foo-1/COPYING", b'1', b"", "Foo-1/META.json"),
    ]);
    let a = Archive::read(&t, "Foo-1.tar").unwrap();
    assert_eq!(kinds(&a), [FindingKind::Link, FindingKind::Link]);
    assert_eq!(
        a.file("LICENSE").unwrap().kind,
        EntryKind::Symlink("/etc/passwd".into())
    );
    assert_eq!(a.content("LICENSE"), None);
    assert_eq!(a.content("COPYING"), None);
    let z = zip(&[("Foo-1/LICENSE", b"../../etc/passwd", false, 0o120_777)]);
    let a = Archive::read(&z, "Foo-1.zip").unwrap();
    assert_eq!(
        a.file("LICENSE").unwrap().kind,
        EntryKind::Symlink("../../etc/passwd".into())
    );
}

#[test]
fn a_truncated_stream_keeps_the_members_before_the_cut() {
    let big = vec![b'a'; 4000];
    let t = tar(&[
        ("Foo-1/META.json", b'0', META, ""),
        ("Foo-1/big", b'0', &big, ""),
    ]);
    // Cut inside the second member's data.
    let a = Archive::read(&t[..2000], "Foo-1.tar").unwrap();
    assert!(!a.complete);
    assert_eq!(kinds(&a), [FindingKind::Truncated]);
    assert_eq!(a.content("META.json"), Some(META));
    // A cut gzip stream: a finding, once.
    let gz = gzip(&t);
    let a = Archive::read(&gz[..gz.len() - 30], "Foo-1.tar.gz").unwrap();
    assert!(!a.complete);
    assert_eq!(kinds(&a), [FindingKind::Truncated]);
    // A cut zip has no central directory: it cannot be read at all.
    let z = zip(&[("Foo-1/META.json", META, true, 0o100_644)]);
    assert!(matches!(
        Archive::read(&z[..z.len() - 30], "Foo-1.zip"),
        Err(ArchiveError::Corrupt(..))
    ));
}

#[test]
fn garbage_is_no_archive() {
    assert_eq!(
        Archive::read(b"", "x").unwrap_err(),
        ArchiveError::UnknownFormat
    );
    assert_eq!(
        Archive::read(b"hello world", "x.tar.gz").unwrap_err(),
        ArchiveError::UnknownFormat
    );
    assert!(matches!(
        Archive::read(&[0x1f, 0x8b, 0, 0, 0], "x.tar.gz"),
        Err(ArchiveError::Corrupt(..))
    ));
    assert!(matches!(
        Archive::read(&gzip(b"not a tar"), "x.tar.gz"),
        Err(ArchiveError::Corrupt(..))
    ));
}

#[test]
fn a_gzip_bomb_stops_at_the_total_limit() {
    // 8 MiB of zeros compresses to ~8 KiB; the limit is 1 MiB.
    let limits = Limits {
        max_total_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let mut t = header("Foo-1/zeros", b'0', 8 * 1024 * 1024, "");
    t.resize(8 * 1024 * 1024 + 512, 0);
    let a = Archive::read_with_limits(&gzip(&t), "Foo-1.tar.gz", &limits).unwrap();
    assert!(!a.complete);
    assert!(
        kinds(&a).contains(&FindingKind::TotalLimit),
        "{:?}",
        a.findings
    );
    assert!(a.entries.is_empty());
}

#[test]
fn a_zip_bomb_is_skipped_by_its_ratio_or_its_real_size() {
    let zeros = vec![0u8; 8 * 1024 * 1024];
    let z = zip(&[
        ("Foo-1/zeros", &zeros, true, 0o100_644),
        ("Foo-1/META.json", META, true, 0o100_644),
    ]);
    let a = Archive::read(&z, "Foo-1.zip").unwrap();
    assert_eq!(kinds(&a), [FindingKind::CompressionBomb]);
    assert_eq!(a.content("META.json"), Some(META));
    // A member that lies about its size is cut at the declared size.
    let mut z = zip(&[("Foo-1/zeros", &zeros[..100_000], true, 0o100_644)]);
    let at = z.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    z[at + 24..at + 28].copy_from_slice(&1000u32.to_le_bytes());
    let a = Archive::read(&z, "Foo-1.zip").unwrap();
    assert_eq!(kinds(&a), [FindingKind::CompressionBomb]);
}

#[test]
fn oversized_deep_and_numerous_members_are_bounded() {
    let limits = Limits {
        max_entry_bytes: 10,
        max_depth: 3,
        max_entries: 3,
        ..Limits::default()
    };
    let t = tar(&[
        ("Foo-1/big", b'0', &[b'x'; 11], ""),
        ("Foo-1/a/b/c/d", b'0', b"x", ""),
        ("Foo-1/ok", b'0', b"x", ""),
        ("Foo-1/one-too-many", b'0', b"x", ""),
    ]);
    let a = Archive::read_with_limits(&t, "Foo-1.tar", &limits).unwrap();
    assert_eq!(
        kinds(&a),
        [
            FindingKind::TooLarge,
            FindingKind::TooLarge,
            FindingKind::TooDeep
        ]
    );
    assert_eq!(a.entries.len(), 1);
    assert!(!a.complete);
}

#[test]
fn nested_archives_and_devices_are_reported() {
    let t = tar(&[
        ("Foo-1/t/data.tar.gz", b'0', b"x", ""),
        ("Foo-1/dev", b'3', b"", ""),
    ]);
    let a = Archive::read(&t, "Foo-1.tar").unwrap();
    assert_eq!(
        kinds(&a),
        [FindingKind::Unsupported, FindingKind::NestedArchive]
    );
}

#[test]
fn a_damaged_header_after_the_first_stops_reading() {
    let mut t = tar(&[
        ("Foo-1/META.json", b'0', META, ""),
        ("Foo-1/x", b'0', b"x", ""),
    ]);
    t[1024 + 10] ^= 0xff;
    let a = Archive::read(&t, "Foo-1.tar").unwrap();
    assert_eq!(kinds(&a), [FindingKind::Truncated]);
    assert_eq!(a.entries.len(), 1);
}
