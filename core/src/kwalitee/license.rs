//! Module::CPANTS::Kwalitee::License: a license in META, a LICENSE file, and license sections in
//! the POD of the release's `.pm`, `.pod`, `.pl` and `.PL` files.

use std::collections::BTreeMap;

use serde_json::Value as J;

use super::files::FileStash;
use super::{perl, pod_license};
use crate::archive::Archive;

#[derive(Debug, Default)]
pub(crate) struct LicenseStash {
    /// `external_license_file`: the first `LICENSE*` / `LICENCE*` / `COPYING*` file.
    pub external_license_file: Option<String>,
    /// `license_in_pod`: some file has a license heading.
    pub license_in_pod: bool,
    /// The first file with a license heading.
    pub pod_file: Option<String>,
    /// Per file, the licenses its POD names (`files_hash.{file}.license`).
    pub licenses: BTreeMap<String, Vec<String>>,
}

/// `uc($line) =~ /(?:LICEN[CS]E|LICEN[CS]ING|COPYRIGHT|LEGAL)/` on a `=hea…` line.
fn is_license_heading(line: &[u8]) -> bool {
    let up = line.to_ascii_uppercase();
    let has = |w: &[u8]| up.windows(w.len()).any(|x| x == w);
    has(b"LICENSE") || has(b"LICENCE") || has(b"COPYRIGHT") || has(b"LEGAL")
}

/// The licenses the POD sections with a license heading name, section by section.
fn scan(content: &[u8]) -> (bool, Vec<String>) {
    let mut found = false;
    let mut guesses = Vec::new();
    let mut in_pod = false;
    let mut pod: Vec<u8> = Vec::new();
    let guess = |pod: &[u8], guesses: &mut Vec<String>| {
        let mut text = b"=head1 LICENSE\n".to_vec();
        text.extend_from_slice(pod);
        text.extend_from_slice(b"\n\n=cut\n");
        guesses.extend(pod_license::guess(&text));
    };
    for line in content.split_inclusive(|&b| b == b'\n') {
        let first_four = &line[..line.len().min(4)];
        if first_four == b"=hea" && is_license_heading(line) {
            found = true;
            if in_pod {
                guess(&pod, &mut guesses);
            }
            in_pod = true;
            pod.clear();
        } else if first_four == b"=hea" || first_four == b"=cut" {
            if in_pod {
                guess(&pod, &mut guesses);
            }
            in_pod = false;
            pod.clear();
        } else if in_pod {
            pod.extend_from_slice(line);
        }
    }
    // `if ($pod)`: Perl's truth of the remaining text ("0" is false).
    if !pod.is_empty() && pod != b"0" {
        guess(&pod, &mut guesses);
    }
    (found, guesses)
}

fn is_source(path: &str) -> bool {
    let ext_ok = [".pm", ".pod", ".pl", ".PL"]
        .iter()
        .any(|e| path.ends_with(e));
    ext_ok && !path.ends_with("Makefile.PL") && !path.ends_with("Build.PL")
}

/// `^(?:LICEN[CS]E|COPYING)\b`.
fn is_license_file(path: &str) -> bool {
    ["LICENSE", "LICENCE", "COPYING"].iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
    })
}

pub(crate) fn analyse(archive: &Archive, files: &FileStash, _meta: Option<&J>) -> LicenseStash {
    let mut st = LicenseStash {
        external_license_file: files
            .files_array
            .iter()
            .find(|f| is_license_file(f))
            .cloned(),
        ..LicenseStash::default()
    };
    let mut sources: Vec<&String> = files.files_array.iter().filter(|f| is_source(f)).collect();
    sources.sort();
    for file in sources {
        let Some(content) = archive.content(file) else {
            continue;
        };
        let (found, mut guesses) = scan(content);
        if found {
            st.license_in_pod = true;
            st.pod_file.get_or_insert_with(|| file.clone());
        }
        if !guesses.is_empty() {
            guesses.dedup();
            st.licenses.insert(file.clone(), guesses);
        }
    }
    st
}

/// `$yaml->{license} and $yaml->{license} ne 'unknown'`.
pub(crate) fn meta_has_license(meta: Option<&J>) -> bool {
    let license = perl::get(meta, "license");
    perl::truthy(license) && perl::string(license).is_none_or(|s| s != "unknown")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn license_headings_are_found_and_their_sections_guessed() {
        let pm = b"package Foo;\n1;\n__END__\n=head1 NAME\n\nFoo\n\n=head1 COPYRIGHT AND LICENSE\n\nThis library is free software; you can redistribute it and/or modify\nit under the same terms as Perl itself.\n\n=cut\n";
        assert_eq!(scan(pm), (true, vec!["Perl_5".to_owned()]));
        assert_eq!(
            scan(b"=head1 LICENSE\n\nSee the file LICENSE.\n"),
            (true, vec![])
        );
        assert_eq!(scan(b"=head1 NAME\n\nFoo\n=cut\n"), (false, vec![]));
    }

    #[test]
    fn license_files_are_named_license_licence_or_copying() {
        for f in [
            "LICENSE",
            "LICENCE",
            "COPYING",
            "LICENSE.txt",
            "COPYING.LIB",
            "LICENSE-MIT",
        ] {
            assert!(is_license_file(f), "{f}");
        }
        for f in ["LICENSES", "license", "lib/LICENSE", "COPYING_x"] {
            assert!(!is_license_file(f), "{f}");
        }
    }
}
