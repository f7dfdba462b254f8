//! Release archives (`.tar.gz`, `.tgz`, `.tar.bz2`, `.tar`, `.zip`) read in memory: the same
//! calls the CLI makes for `cpanmeta lint RELEASE` and `cpanmeta kwalitee RELEASE`, so the
//! results are the CLI's JSON entries. The core bounds the work a hostile archive can cause
//! (`cpanmeta::archive::Limits`); its problems are findings, never errors.

use std::collections::BTreeMap;

use cpanmeta::archive::Archive;
use cpanmeta::render::FileReport;
use serde::Serialize;
use serde_json::Value;

use crate::api::{envelope, parse_options, ApiError, ErrorCode, MAX_SOURCE_BYTES};

/// What `lintRelease` answers: the CLI's `files` entries for the release, and the text of each
/// META file they point into (by `path`), so a page can show the findings on their lines.
#[derive(Serialize)]
struct ReleaseLint {
    /// The archive's file name, as given.
    release: String,
    files: Vec<Value>,
    /// Each META file's text (invalid UTF-8 replaced), keyed by its report's `path`; the report
    /// for release-wide findings of a release without META has none.
    sources: BTreeMap<String, String>,
}

/// The CLI names a release by its file name without the directory; so does this.
fn base_name(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

fn read(bytes: &[u8], name: &str) -> Result<Archive, ApiError> {
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(ApiError {
            code: ErrorCode::UnsupportedInput,
            message: format!(
                "`{name}` is {} bytes, more than {MAX_SOURCE_BYTES}; too large to read here",
                bytes.len()
            ),
        });
    }
    Archive::read(bytes, base_name(name)).map_err(|e| ApiError {
        code: ErrorCode::UnsupportedInput,
        message: format!("`{name}`: {e}"),
    })
}

/// Lints every META file of a release and adds its kwalitee findings, as `cpanmeta lint
/// RELEASE --format json` does. `options` as for `lint`, without `filename`.
pub fn lint_release(bytes: &[u8], name: &str, options: &str) -> String {
    envelope(lint_release_inner(bytes, name, options))
}

fn lint_release_inner(bytes: &[u8], name: &str, options: &str) -> Result<ReleaseLint, ApiError> {
    let options = parse_options(options)?;
    if options.filename.is_some() {
        return Err(ApiError {
            code: ErrorCode::InvalidOption,
            message:
                "`filename` is not an option of lintRelease: the name argument names the release"
                    .to_owned(),
        });
    }
    let archive = read(bytes, name)?;
    let mut files = Vec::new();
    let mut sources = BTreeMap::new();
    for f in cpanmeta::kwalitee::lint_release(&archive, &options) {
        let entry = serde_json::to_value(FileReport {
            path: &f.path,
            report: &f.report,
        })
        .map_err(|e| ApiError {
            code: ErrorCode::UnsupportedInput,
            message: e.to_string(),
        })?;
        files.push(entry);
        if f.path != archive.name {
            sources.insert(f.path, String::from_utf8_lossy(&f.bytes).into_owned());
        }
    }
    Ok(ReleaseLint {
        release: name.to_owned(),
        files,
        sources,
    })
}

/// The CPANTS kwalitee report of a release: one entry of `cpanmeta kwalitee RELEASE --format
/// json`'s `releases`.
pub fn kwalitee(bytes: &[u8], name: &str) -> String {
    envelope(read(bytes, name).map(|archive| cpanmeta::kwalitee::analyse(&archive)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("envelope is JSON")
    }

    #[test]
    fn bytes_that_are_no_archive_are_unsupported_input() {
        for answer in [
            lint_release(b"not an archive", "Foo-1.0.tar.gz", "{}"),
            kwalitee(b"not an archive", "Foo-1.0.tar.gz"),
        ] {
            let v = parse(&answer);
            assert_eq!(v["error"]["code"], "UNSUPPORTED_INPUT", "{v}");
            assert!(v["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("not a release archive")));
        }
    }

    #[test]
    fn filename_is_refused_as_a_release_option() {
        let v = parse(&lint_release(b"", "Foo-1.0.tar.gz", r#"{"filename":"x"}"#));
        assert_eq!(v["error"]["code"], "INVALID_OPTION");
    }

    // `cpanmeta lint tests/fixtures/archives/sample/Foo-Bar-1.0.tar.gz --format json` lists
    // these two files; the JS tests compare whole reports with the CLI.
    #[test]
    fn a_release_gives_a_report_and_the_text_of_each_meta_file() {
        let bytes = include_bytes!("../../tests/fixtures/archives/sample/Foo-Bar-1.0.tar.gz");
        let v = parse(&lint_release(bytes, "some/dir/Foo-Bar-1.0.tar.gz", "{}"));
        let paths: Vec<&str> = v["ok"]["files"]
            .as_array()
            .expect("files")
            .iter()
            .filter_map(|f| f["path"].as_str())
            .collect();
        assert_eq!(
            paths,
            [
                "Foo-Bar-1.0.tar.gz!/Foo-Bar-1.0/META.json",
                "Foo-Bar-1.0.tar.gz!/Foo-Bar-1.0/META.yml"
            ]
        );
        for p in paths {
            assert!(v["ok"]["sources"][p]
                .as_str()
                .is_some_and(|s| s.contains("Foo-Bar")));
        }
        let k = parse(&kwalitee(bytes, "Foo-Bar-1.0.tar.gz"));
        assert_eq!(k["ok"]["release"], "Foo-Bar-1.0.tar.gz");
        assert_eq!(k["ok"]["meta_file"], "META.yml");
    }

    #[test]
    fn the_release_is_named_by_its_file_name() {
        assert_eq!(base_name("dir/sub/Foo-1.0.tar.gz"), "Foo-1.0.tar.gz");
        assert_eq!(base_name("Foo-1.0.tar.gz"), "Foo-1.0.tar.gz");
    }
}
