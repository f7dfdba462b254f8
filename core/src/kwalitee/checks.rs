//! Checks across a release's files that CPANTS lacks: the file name's version against META's,
//! `provides` against the packages and literal `$VERSION`s of the files, META.json against
//! META.yml, and the LICENSE file against the declared license.

use std::sync::LazyLock;

use regex::Regex;

use super::{pod_license, DistnameInfo};
use crate::archive::Archive;
use crate::registry::RuleMeta;
use crate::rules::kwalitee as rules;
use crate::source::{self, pointer_of, Format, Node, Value};
use crate::version::Version;

/// One finding of a cross-file check, located in a META file where it concerns one.
#[derive(Clone, Debug)]
pub struct CheckFinding {
    pub rule: &'static RuleMeta,
    /// The file (relative to the distribution) the pointer is in.
    pub file: Option<String>,
    pub pointer: Option<String>,
    pub message: String,
}

/// A META file read as Parse::CPAN::Meta reads it.
struct Meta {
    file: &'static str,
    root: Node,
}

fn read_meta(archive: &Archive, file: &'static str) -> Option<Meta> {
    let format = if file.ends_with(".json") {
        Format::Json
    } else {
        Format::Yaml
    };
    let read = source::read(archive.content(file)?, format);
    if read.perl_error.is_some() {
        return None;
    }
    let root = read.root.filter(|r| matches!(r.value, Value::Object(_)))?;
    Some(Meta { file, root })
}

fn str_at<'a>(root: &'a Node, key: &str) -> Option<&'a str> {
    root.value.as_object()?.get(key)?.value.perl_str()
}

/// Equal as strings or as version.pm numbers.
fn same_version(a: &str, b: &str) -> bool {
    a == b || matches!((Version::parse(a), Version::parse(b)), (Ok(x), Ok(y)) if x == y)
}

pub(crate) fn run(archive: &Archive, info: &DistnameInfo) -> Vec<CheckFinding> {
    let json = read_meta(archive, "META.json");
    let yml = read_meta(archive, "META.yml");
    let mut out = Vec::new();
    let primary = json.as_ref().or(yml.as_ref());
    if let Some(meta) = primary {
        version_vs_file_name(meta, info, &mut out);
        provides(archive, meta, &mut out);
        license_file(archive, meta, &mut out);
    }
    disagreement(archive, &mut out);
    out
}

fn version_vs_file_name(meta: &Meta, info: &DistnameInfo, out: &mut Vec<CheckFinding>) {
    let (Some(file_version), Some(meta_version)) =
        (info.version.as_deref(), str_at(&meta.root, "version"))
    else {
        return;
    };
    let file_version = file_version.strip_suffix("-TRIAL").unwrap_or(file_version);
    if !same_version(file_version, meta_version) {
        out.push(CheckFinding {
            rule: &rules::release_version_mismatch::RULE,
            file: Some(meta.file.to_owned()),
            pointer: Some("/version".to_owned()),
            message: format!(
                "{} says version `{meta_version}`, the release's file name `{file_version}`",
                meta.file
            ),
        });
    }
}

/// The literal a file assigns to `$VERSION` (or declares with `package NAME VERSION`).
fn literal_version(text: &str, package: &str) -> Option<String> {
    static ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?m)^\s*(?:our\s+)?\$(?:[\w:]*::)?VERSION\s*=\s*(?:'([^'\n]*)'|"([^"\n$@]*)"|([0-9][0-9._]*))\s*;"#)
            .expect("valid regex")
    });
    let block = Regex::new(&format!(
        r"(?m)^\s*package\s+{}\s+(v?[0-9][0-9._]*)\s*[;{{]",
        regex::escape(package)
    ))
    .ok()?;
    if let Some(c) = block.captures(text) {
        return Some(c[1].to_owned());
    }
    let c = ASSIGN.captures(text)?;
    c.get(1)
        .or(c.get(2))
        .or(c.get(3))
        .map(|m| m.as_str().to_owned())
}

/// `$Foo::Bar::VERSION = '1.0';` or `package Foo::Bar 1.0;` for exactly this package.
fn qualified_version(text: &str, package: &str) -> Option<String> {
    let p = regex::escape(package);
    let re = Regex::new(&format!(
        r#"(?m)^\s*(?:package\s+{p}\s+(v?[0-9][0-9._]*)\s*[;{{]|(?:our\s+)?\${p}::VERSION\s*=\s*(?:'([^'\n]*)'|"([^"\n$@]*)"|([0-9][0-9._]*))\s*;)"#
    ))
    .ok()?;
    let c = re.captures(text)?;
    (1..=4)
        .find_map(|i| c.get(i))
        .map(|m| m.as_str().to_owned())
}

fn provides(archive: &Archive, meta: &Meta, out: &mut Vec<CheckFinding>) {
    let Some(map) = meta
        .root
        .value
        .as_object()
        .and_then(|o| o.get("provides"))
        .and_then(|p| p.value.as_object())
    else {
        return;
    };
    for entry in map.iter() {
        let package = &entry.key;
        let Some(data) = entry.value.value.as_object() else {
            continue;
        };
        let Some(file) = data.get("file").and_then(|f| f.value.perl_str()) else {
            continue;
        };
        let Some(bytes) = archive.content(file) else {
            continue; // a missing file is CPANTS's no_missing_files_in_provides
        };
        let text = String::from_utf8_lossy(bytes);
        // Only a `.pm` file is expected to declare its package (a `.pod` entry documents one).
        if std::path::Path::new(file)
            .extension()
            .is_none_or(|e| e != "pm")
        {
            continue;
        }
        let declared = Regex::new(&format!(r"(?m)^\s*package\s+{}\b", regex::escape(package)))
            .is_ok_and(|re| re.is_match(&text));
        if !declared {
            out.push(CheckFinding {
                rule: &rules::provides_version_mismatch::RULE,
                file: Some(meta.file.to_owned()),
                pointer: Some(pointer_of(["provides", package, "file"])),
                message: format!("`{file}` does not declare `package {package}`"),
            });
            continue;
        }
        let Some(meta_version) = data.get("version").and_then(|v| v.value.perl_str()) else {
            continue;
        };
        // With several packages in the file, an unqualified `$VERSION` may belong to another.
        let packages = text
            .lines()
            .filter(|l| l.trim_start().starts_with("package "))
            .count();
        let literal = if packages <= 1 {
            literal_version(&text, package)
        } else {
            qualified_version(&text, package)
        };
        if let Some(code_version) = literal {
            if !same_version(meta_version, &code_version) {
                out.push(CheckFinding {
                    rule: &rules::provides_version_mismatch::RULE,
                    file: Some(meta.file.to_owned()),
                    pointer: Some(pointer_of(["provides", package, "version"])),
                    message: format!("provides says {package} is version `{meta_version}`, `{file}` sets `$VERSION` to `{code_version}`"),
                });
            }
        }
    }
}

/// CM882 through [`crate::crossfile`]: the release's META files compared after conversion to
/// spec 2, each disagreement reported on both files.
fn disagreement(archive: &Archive, out: &mut Vec<CheckFinding>) {
    let names = crate::crossfile::PREFERENCE;
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .filter_map(|n| archive.content(n).map(|b| (*n, b)))
        .collect();
    for d in crate::crossfile::disagreements(&files) {
        out.push(CheckFinding {
            rule: &rules::meta_files_disagree::RULE,
            file: Some(files[d.file].0.to_owned()),
            pointer: Some(d.location.pointer),
            message: d.message,
        });
    }
}

/// Software::License class names (as `guess_license_from_pod` returns them) to META 2 license
/// strings.
fn meta2_name(class: &str) -> &str {
    match class {
        "Perl_5" => "perl_5",
        "Artistic_1_0" => "artistic_1",
        "Artistic_2_0" => "artistic_2",
        "Apache_1_1" => "apache_1_1",
        "Apache_2_0" => "apache_2_0",
        "GPL_1" => "gpl_1",
        "GPL_2" => "gpl_2",
        "GPL_3" => "gpl_3",
        "LGPL_2_1" => "lgpl_2_1",
        "LGPL_3_0" => "lgpl_3_0",
        "AGPL_3" => "agpl_3",
        "BSD" => "bsd",
        "FreeBSD" => "freebsd",
        "MIT" => "mit",
        "Mozilla_1_0" => "mozilla_1_0",
        "Mozilla_1_1" => "mozilla_1_1",
        "GFDL_1_2" => "gfdl_1_2",
        "GFDL_1_3" => "gfdl_1_3",
        "QPL_1_0" => "qpl_1_0",
        "Zlib" => "zlib",
        "OpenSSL" => "openssl",
        "SSLeay" => "ssleay",
        "Sun" => "sun",
        other => other,
    }
}

/// The family of licenses a META license string belongs to. License texts quote each other
/// (Perl 5's terms are the Artistic License or the GPL; the LGPL refers to the GPL; Artistic 2.0
/// mentions 1.0), so the LICENSE file is only held against META across families. `None` for a
/// string outside the META vocabulary.
fn family(license: &str) -> Option<&'static str> {
    Some(match license {
        "perl" | "perl_5" | "artistic" | "artistic_1" | "artistic_2" | "artistic2" => {
            "perl-artistic"
        }
        "gpl" | "gpl_1" | "gpl_2" | "gpl_3" | "lgpl" | "lgpl_2_1" | "lgpl_3_0" | "agpl_3" => "gpl",
        "apache" | "apache_1_1" | "apache_2_0" => "apache",
        "bsd" | "freebsd" => "bsd",
        "mit" => "mit",
        "mozilla" | "mozilla_1_0" | "mozilla_1_1" => "mozilla",
        "gfdl_1_2" | "gfdl_1_3" => "gfdl",
        "qpl_1_0" => "qpl",
        "zlib" => "zlib",
        "openssl" | "ssleay" => "openssl",
        "sun" => "sun",
        _ => return None,
    })
}

fn license_file(archive: &Archive, meta: &Meta, out: &mut Vec<CheckFinding>) {
    let Some((file, text)) = ["LICENSE", "LICENCE", "COPYING"]
        .iter()
        .find_map(|f| archive.content(f).map(|t| (*f, t)))
    else {
        return;
    };
    let mut pod = b"=head1 LICENSE\n\n".to_vec();
    pod.extend_from_slice(text);
    let guessed: Vec<String> = pod_license::guess(&pod)
        .iter()
        .map(|c| meta2_name(c).to_owned())
        .collect();
    if guessed.is_empty() {
        return;
    }
    let Some(map) = meta.root.value.as_object() else {
        return;
    };
    let declared: Vec<String> = crate::license::license_strings(map)
        .into_iter()
        .map(|(_, _, s)| s.to_ascii_lowercase())
        .collect();
    // Only licenses both sides name precisely are compared (not `unknown`, `open_source`, …).
    let Some(declared_families) = declared
        .iter()
        .map(|d| family(d))
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    if declared_families.is_empty() {
        return;
    }
    let mut declared_families = declared_families;
    if declared.iter().any(|d| d == "perl" || d == "perl_5") {
        // Perl 5's terms: the Artistic License 1.0 or the GNU GPL.
        declared_families.push("gpl");
    }
    let shares = guessed
        .iter()
        .any(|g| family(g).is_none_or(|f| declared_families.contains(&f)));
    if !shares {
        out.push(CheckFinding {
            rule: &rules::license_file_mismatch::RULE,
            file: Some(meta.file.to_owned()),
            pointer: Some("/license".to_owned()),
            message: format!(
                "{file} reads as {}, {} declares {}",
                guessed.join(" or "),
                meta.file,
                declared.join(", ")
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_versions_are_read_from_assignments_and_package_blocks() {
        assert_eq!(
            literal_version("our $VERSION = '1.02';\n", "Foo").as_deref(),
            Some("1.02")
        );
        assert_eq!(
            literal_version("$Foo::VERSION = \"0.5\";\n", "Foo").as_deref(),
            Some("0.5")
        );
        assert_eq!(
            literal_version("  $VERSION = 2.001_002;\n", "Foo").as_deref(),
            Some("2.001_002")
        );
        assert_eq!(
            literal_version("package Foo v1.2.3;\n", "Foo").as_deref(),
            Some("v1.2.3")
        );
        assert_eq!(
            literal_version("our $VERSION = $Other::VERSION;\n", "Foo"),
            None
        );
    }

    #[test]
    fn versions_compare_as_version_pm_numbers() {
        assert!(same_version("1.10", "1.10"));
        assert!(same_version("1.1", "1.10"));
        assert!(!same_version("1.01", "1.1"));
        assert!(same_version("v1.2.3", "1.002003"));
    }
}
