//! The purl text every report carries (`purl::meta::dist_purl_text`, which writes the canonical
//! form directly) against the purl built, formatted and parsed back by `purl::dist_purl`, on every
//! corpus file and fixture, with and without an author from the caller.

use cpanmeta::purl::dist_purl;
use cpanmeta::purl::meta::dist_purl_text;
use cpanmeta::source::{read, Format, Value};
use cpanmeta_tests::{repo_root, shared_or_skip};

fn meta_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            meta_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json" || x == "yml") {
            out.push(p);
        }
    }
}

#[test]
fn the_report_purl_is_the_built_purls_canonical_text() {
    let mut files = Vec::new();
    meta_files(&repo_root().join("tests/fixtures/rules"), &mut files);
    if let Some(shared) = shared_or_skip("purl text on the corpus") {
        meta_files(&shared.join("corpus/files"), &mut files);
    }
    let (mut total, mut with_purl, mut same) = (0, 0, 0);
    let mut first_bad = None;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let name = path.to_string_lossy();
        let format = Format::from_filename(&name).unwrap_or(Format::Yaml);
        let Some(root) = read(&bytes, format).root else {
            continue;
        };
        let Value::Object(map) = &root.value else {
            continue;
        };
        for author in [None, Some("ether")] {
            total += 1;
            let built = dist_purl(map, author).ok().map(|d| d.purl.to_string());
            with_purl += usize::from(built.is_some());
            if dist_purl_text(map, author) == built {
                same += 1;
            } else if first_bad.is_none() {
                first_bad = Some(format!("{name} ({author:?}): built {built:?}"));
            }
        }
    }
    println!("purl text parity: {same}/{total} cases identical ({with_purl} with a purl)");
    assert_eq!(same, total, "first difference: {first_bad:?}");
    assert!(with_purl > 0);
}
