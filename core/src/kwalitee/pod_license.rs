//! `Software::LicenseUtils->guess_license_from_pod` (Software::License 0.104002): the licenses a
//! POD text names, as CPANTS's `has_known_license_in_source_file` recognises them.
//!
//! The first `=head` line naming a license, copyright or legal section starts the text; it ends
//! at the first `=cut` (the reference means to stop at `=head\d` too, but its pattern is
//! `=head\\d`, a literal backslash, so only `=cut` ends it). The installed Software::License
//! classes' names are tried first ([`LICENSE_NAMES`]), then a fixed list of phrases; the
//! first phrase found decides, and a phrase that stands for no license (`perl 6`, an LGPL
//! version other than 2 or 3) means no guess at all.
//!
//! Perl reads the files as bytes: `\s`, `\d`, `\b` and `/i` are ASCII-only, as here.

use std::sync::LazyLock;

use regex::bytes::Regex;

use super::license_names::LICENSE_NAMES;

/// What a phrase stands for.
enum Outcome {
    Fixed(&'static [&'static str]),
    /// `GPL_$1`.
    Gpl,
    /// `Artistic_$1_0`.
    Artistic,
    /// `LGPL_2_1` for 2, `LGPL_3_0` for 3, nothing otherwise.
    Lgpl,
}

/// `$_v` after `s{\s+}{\\s+}g`: `(?:v(?:er(?:sion|\.))?(?: |\.)?)`.
const V: &str = r"(?:v(?:er(?:sion|\.))?(?:\s+|\.)?)";

fn builtin() -> Vec<(String, Outcome)> {
    use Outcome::{Artistic, Fixed, Gpl, Lgpl};
    vec![
        (format!(r"under\s+the\s+same\s+(?:terms|license)\s+as\s+perl\s+{V}?6"), Fixed(&[])),
        (r"under\s+the\s+same\s+(?:terms|license)\s+as\s+(?:the\s+)?perl".into(), Fixed(&["Perl_5"])),
        (r"affero\s+g".into(), Fixed(&["AGPL_3"])),
        (format!(r"GNU\s+(?:general\s+)?public\s+license,?\s+{V}?([123])"), Gpl),
        (r"GNU\s+(?:general\s+)?public\s+license".into(), Fixed(&["GPL_1", "GPL_2", "GPL_3"])),
        (format!(r"GNU\s+(?:lesser|library)\s+(?:general\s+)?public\s+license,?\s+{V}?([23])\D"), Lgpl),
        (r"GNU\s+(?:lesser|library)\s+(?:general\s+)?public\s+license".into(), Fixed(&["LGPL_2_1", "LGPL_3_0"])),
        (r"(?:the\s+)?2[-\s]clause\s+(?:Free)?BSD".into(), Fixed(&["FreeBSD"])),
        (r"BSD\s+license".into(), Fixed(&["BSD"])),
        (r"FreeBSD\s+license".into(), Fixed(&["FreeBSD"])),
        (format!(r"Artistic\s+license\s+{V}?(\d)"), Artistic),
        (r"Artistic\s+license".into(), Fixed(&["Artistic_1_0", "Artistic_2_0"])),
        (format!(r"LGPL,?\s+{V}?(\d)"), Lgpl),
        ("LGPL".into(), Fixed(&["LGPL_2_1", "LGPL_3_0"])),
        (format!(r"GPL,?\s+{V}?(\d)"), Gpl),
        ("GPL".into(), Fixed(&["GPL_1", "GPL_2", "GPL_3"])),
        ("FreeBSD".into(), Fixed(&["FreeBSD"])),
        ("BSD".into(), Fixed(&["BSD"])),
        ("Artistic".into(), Fixed(&["Artistic_1_0", "Artistic_2_0"])),
        ("MIT".into(), Fixed(&["MIT"])),
        (r"has\s+dedicated\s+the\s+work\s+to\s+the\s+Commons".into(), Fixed(&["CC0_1_0"])),
        (
            r"waiving\s+all\s+of\s+his\s+or\s+her\s+rights\s+to\s+the\s+work\s+worldwide\s+under\s+copyright\s+law".into(),
            Fixed(&["CC0_1_0"]),
        ),
        (
            r"has\s+waived\s+all\s+copyright\s+and\s+related\s+or\s+neighboring\s+rights\s+to".into(),
            Fixed(&["CC0_1_0"]),
        ),
        (r"apache(?:\s+|-)1.1".into(), Fixed(&["Apache_1_1"])),
        (r"Apache\s+Software\s+License(\s)+Version\s+1.1".into(), Fixed(&["Apache_1_1"])),
        (r"apache(?:\s+|-)2.0".into(), Fixed(&["Apache_2_0"])),
        (r"Apache\s+License(\s)+Version\s+2.0".into(), Fixed(&["Apache_2_0"])),
        (r"No\s+license\s+is\s+granted\s+to\s+other\s+entities".into(), Fixed(&["None"])),
    ]
}

/// Every phrase as `/\b$pattern\b/i`, in the order they are tried.
static PHRASES: LazyLock<Vec<(Regex, Outcome)>> = LazyLock::new(|| {
    let names = LICENSE_NAMES.iter().map(|(name, class)| {
        (
            regex::escape(name),
            Outcome::Fixed(std::slice::from_ref(class)),
        )
    });
    names
        .chain(builtin())
        .map(|(p, o)| {
            let re = Regex::new(&format!(r"(?i-u)\b{p}\b")).expect("valid phrase regex");
            (re, o)
        })
        .collect()
});

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)=head\d\s+(?:licen[cs]e|licensing|copyright|legal)\b").expect("valid regex")
});

static END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i-u)=head\\d|=cut").expect("valid regex"));

/// The Software::License classes (without the `Software::License::` prefix, sorted) the POD
/// text names; empty when it names none.
pub fn guess(pod: &[u8]) -> Vec<String> {
    let Some(header) = HEADER.find(pod) else {
        return Vec::new();
    };
    let rest = &pod[header.end()..];
    let body = END.find(rest).map_or(rest, |m| &rest[..m.start()]);
    let mut text = header.as_bytes().to_vec();
    text.extend_from_slice(body);
    for (re, outcome) in PHRASES.iter() {
        let Some(c) = re.captures(&text) else {
            continue;
        };
        let group = c
            .get(1)
            .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
            .unwrap_or_default();
        let mut result: Vec<String> = match outcome {
            Outcome::Fixed(list) => list.iter().map(|s| (*s).to_owned()).collect(),
            Outcome::Gpl => vec![format!("GPL_{group}")],
            Outcome::Artistic => vec![format!("Artistic_{group}_0")],
            Outcome::Lgpl => match group.as_str() {
                "2" => vec!["LGPL_2_1".to_owned()],
                "3" => vec!["LGPL_3_0".to_owned()],
                _ => Vec::new(),
            },
        };
        result.sort();
        return result;
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::guess;

    fn g(text: &str) -> Vec<String> {
        guess(format!("=head1 LICENSE\n{text}\n\n=cut\n").as_bytes())
    }

    /// Expected values from `Software::LicenseUtils->guess_license_from_pod` 0.104002 on the
    /// same text (perl 5.36): `perl -MSoftware::LicenseUtils -E 'say for
    /// Software::LicenseUtils->guess_license_from_pod("=head1 LICENSE\n$ARGV[0]\n\n=cut\n")'`.
    #[test]
    fn phrases_name_licenses_as_software_license_guesses_them() {
        assert_eq!(g("This library is free software; you can redistribute it and/or modify it under the same terms as Perl itself."), ["Perl_5"]);
        assert_eq!(g("under the same terms as perl v6"), Vec::<String>::new());
        assert_eq!(
            g("Licensed under the GNU General Public License, version 2"),
            ["GPL_2"]
        );
        assert_eq!(
            g("the GNU Lesser General Public License version 2.1 or later"),
            ["LGPL_2_1"]
        );
        assert_eq!(g("released under the LGPL 1"), Vec::<String>::new());
        assert_eq!(g("This is free software, licensed under:\n\n  The Artistic License 2.0 (GPL Compatible)"), ["Artistic_2_0"]);
        assert_eq!(g("MIT"), ["MIT"]);
        // The comma keeps both Apache phrases from matching.
        assert_eq!(g("Apache License, Version 2.0"), Vec::<String>::new());
        assert_eq!(g("Apache License Version 2.0"), ["Apache_2_0"]);
        assert_eq!(g("All rights reserved."), Vec::<String>::new());
        assert_eq!(g("released under the GPL"), ["GPL_1", "GPL_2", "GPL_3"]);
    }

    #[test]
    fn the_text_starts_at_a_license_heading_and_ends_at_cut() {
        assert!(guess(b"=head1 NAME\n\nMIT\n\n=cut\n").is_empty());
        assert_eq!(
            guess(b"=head1 COPYRIGHT\n\nfoo\n\n=cut\n\nMIT\n"),
            Vec::<String>::new()
        );
        assert_eq!(guess(b"=head2 Copyright and License\n\nBSD\n"), ["BSD"]);
    }
}
