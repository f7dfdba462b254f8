//! The CPAN → SPDX mapping table, kept as data in `core/data/license-map.json` and embedded.
//!
//! The table is the one place where each CPAN license string's meaning is decided; the rules,
//! [`super::license_expression`] and the generated `docs/licenses.md` all read it.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// Which license vocabulary a string belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vocabulary {
    /// CPAN::Meta::Spec 1.0–1.4 (a single string; what the Validator accepts for 1.x).
    V1,
    /// CPAN::Meta::Spec 2 (a list of strings).
    V2,
}

impl Vocabulary {
    pub fn as_str(self) -> &'static str {
        match self {
            Vocabulary::V1 => "1.x",
            Vocabulary::V2 => "2",
        }
    }

    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Vocabulary::V1 => Vocabulary::V2,
            Vocabulary::V2 => Vocabulary::V1,
        }
    }
}

/// What the metadata says when a string names no specific license.
pub const NOASSERTION: &str = "NOASSERTION";

/// One CPAN license string and what it means in SPDX terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entry {
    pub vocabulary: Vocabulary,
    pub string: String,
    /// The spec's description of the string.
    pub title: String,
    /// The SPDX expression the string stands for, or `NOASSERTION`.
    pub spdx: String,
    /// Further SPDX ids an `x_spdx_expression` may use without contradicting the string
    /// (`X*` is a prefix, `@osi` any OSI-approved id, `*` anything).
    pub consistent: Vec<String>,
    /// What CPAN::Meta::Converter turns the string into in the other spec version.
    pub converter: String,
    /// Valid, but does not say which version of a license applies.
    #[serde(default)]
    pub warn: bool,
    /// Why the mapping is what it is.
    pub reason: String,
}

impl Entry {
    /// Whether the string names a specific license (its expression is not NOASSERTION).
    pub fn is_specific(&self) -> bool {
        self.spdx != NOASSERTION
    }
}

/// A spelling other tools write, with the v2 string it evidently means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Alias {
    /// The normalised spelling: lower case, letters and digits only.
    pub alias: String,
    /// The v2 string it means.
    pub means: String,
    /// Whether CPAN::Meta::Converter itself maps it (so CPAN clients understand it).
    #[serde(default)]
    pub converter_reads: bool,
    pub source: String,
}

/// The whole table.
#[derive(Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Table {
    pub about: String,
    pub spdx_license_list: String,
    pub entries: Vec<Entry>,
    pub aliases_about: String,
    pub aliases: Vec<Alias>,
}

/// The embedded table's source text.
pub const SOURCE: &str = include_str!("../../data/license-map.json");

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    // The data is part of the crate; a test proves it parses, so this cannot fail at run time.
    serde_json::from_str(SOURCE).expect("core/data/license-map.json is valid")
});

/// The mapping table.
pub fn table() -> &'static Table {
    &TABLE
}

/// The entry for `string` (exact spelling) in `vocabulary`.
pub fn lookup(vocabulary: Vocabulary, string: &str) -> Option<&'static Entry> {
    TABLE
        .entries
        .iter()
        .find(|e| e.vocabulary == vocabulary && e.string == string)
}

/// The entry whose string equals `string` ignoring ASCII case, preferring `vocabulary`.
pub fn lookup_ignore_case(vocabulary: Vocabulary, string: &str) -> Option<&'static Entry> {
    let find = |v: Vocabulary| {
        TABLE
            .entries
            .iter()
            .find(|e| e.vocabulary == v && e.string.eq_ignore_ascii_case(string))
    };
    find(vocabulary).or_else(|| find(vocabulary.other()))
}

/// The entry of `vocabulary` that means what `entry` means: itself, or the Converter's
/// translation into the other spec version.
pub fn translate(entry: &'static Entry, vocabulary: Vocabulary) -> Option<&'static Entry> {
    if entry.vocabulary == vocabulary {
        Some(entry)
    } else {
        lookup(vocabulary, &entry.converter)
    }
}

/// The alias for a spelling, after normalising it (lower case, letters and digits only).
pub fn alias(string: &str) -> Option<&'static Alias> {
    let key = normalise(string);
    TABLE.aliases.iter().find(|a| a.alias == key)
}

/// Lower case, letters and digits only (`Artistic-2.0` → `artistic20`).
pub fn normalise(string: &str) -> String {
    string
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The table as Markdown: the body of `docs/licenses.md`.
pub fn markdown() -> String {
    use std::fmt::Write as _;
    let t = table();
    let mut out = String::new();
    out.push_str("<!-- GENERATED from core/data/license-map.json by `cpanmeta::license::table::markdown()`; do not edit. Regenerate: CPANMETA_BLESS=1 cargo test -p cpanmeta --lib license::table -->\n");
    out.push_str("# CPAN license strings and SPDX\n\n");
    let _ = writeln!(out, "{}\n", t.about);
    let _ = writeln!(
        out,
        "SPDX License List: {}. Several strings in one v2 `license` list are not joined with AND or OR: \
         CPAN::Meta::Spec says only that they \"apply to some or all of the files\", so the expression \
         is NOASSERTION unless `x_spdx_expression` says how they combine.\n",
        t.spdx_license_list
    );
    for (vocabulary, heading) in [
        (Vocabulary::V2, "CPAN::Meta::Spec 2"),
        (Vocabulary::V1, "CPAN::Meta::Spec 1.x"),
    ] {
        let _ = writeln!(out, "## {heading}\n");
        out.push_str("| string | spec title | SPDX | also consistent | Converter | why |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        for e in t.entries.iter().filter(|e| e.vocabulary == vocabulary) {
            let consistent = e
                .consistent
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                out,
                "| `{}` | {} | `{}`{} | {} | `{}` | {} |",
                e.string,
                e.title,
                e.spdx,
                if e.warn { " (warning)" } else { "" },
                consistent,
                e.converter,
                e.reason.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    out.push_str("## Spellings from other tools\n\n");
    let _ = writeln!(out, "{}\n", t.aliases_about);
    out.push_str(
        "| normalised spelling | means | read by the Converter | source |\n|---|---|---|---|\n",
    );
    for a in &t.aliases {
        let _ = writeln!(
            out,
            "| `{}` | `{}` | {} | {} |",
            a.alias,
            a.means,
            if a.converter_reads { "yes" } else { "no" },
            a.source
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CPAN::Meta::Validator 2.150010's `%v2_licenses` and `%v1_licenses` keys.
    const V2: [&str; 27] = [
        "agpl_3",
        "apache_1_1",
        "apache_2_0",
        "artistic_1",
        "artistic_2",
        "bsd",
        "freebsd",
        "gfdl_1_2",
        "gfdl_1_3",
        "gpl_1",
        "gpl_2",
        "gpl_3",
        "lgpl_2_1",
        "lgpl_3_0",
        "mit",
        "mozilla_1_0",
        "mozilla_1_1",
        "openssl",
        "perl_5",
        "qpl_1_0",
        "ssleay",
        "sun",
        "zlib",
        "open_source",
        "restricted",
        "unrestricted",
        "unknown",
    ];
    const V1: [&str; 13] = [
        "perl",
        "gpl",
        "apache",
        "artistic",
        "artistic_2",
        "lgpl",
        "bsd",
        "mit",
        "mozilla",
        "open_source",
        "unrestricted",
        "restrictive",
        "unknown",
    ];

    #[test]
    fn the_table_covers_exactly_the_strings_the_validator_accepts() {
        let t = table();
        for s in V2 {
            assert!(lookup(Vocabulary::V2, s).is_some(), "v2 {s}");
        }
        for s in V1 {
            assert!(lookup(Vocabulary::V1, s).is_some(), "v1 {s}");
        }
        assert_eq!(t.entries.len(), V1.len() + V2.len());
    }

    #[test]
    fn every_spdx_expression_and_consistent_id_is_current_spdx() {
        for e in &table().entries {
            if e.is_specific() {
                let parsed = spdx::Expression::parse(&e.spdx);
                assert!(parsed.is_ok(), "{}: {} {parsed:?}", e.string, e.spdx);
            }
            for c in &e.consistent {
                if c == "*" || c == "@osi" {
                    continue;
                }
                let id = c.trim_end_matches('*');
                let known = spdx::identifiers::LICENSES
                    .iter()
                    .any(|l| l.name.starts_with(id));
                assert!(known, "{}: {c} names no SPDX id", e.string);
            }
        }
    }

    #[test]
    fn converter_translations_exist_in_the_other_vocabulary() {
        for e in &table().entries {
            assert!(
                lookup(e.vocabulary.other(), &e.converter).is_some(),
                "{} -> {}",
                e.string,
                e.converter
            );
        }
    }

    #[test]
    fn aliases_are_normalised_and_mean_v2_strings() {
        for a in &table().aliases {
            assert_eq!(normalise(&a.alias), a.alias);
            assert!(lookup(Vocabulary::V2, &a.means).is_some(), "{}", a.means);
        }
        assert_eq!(
            alias("Artistic-2.0").map(|a| a.means.as_str()),
            Some("artistic_2")
        );
    }

    #[test]
    fn the_spec_mandated_decisions_hold() {
        let spdx_of = |v, s| lookup(v, s).map(|e| e.spdx.as_str());
        assert_eq!(
            spdx_of(Vocabulary::V2, "perl_5"),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
        assert_eq!(spdx_of(Vocabulary::V2, "lgpl_2_1"), Some("LGPL-2.1-only"));
        for s in ["unknown", "open_source", "restricted", "unrestricted"] {
            assert_eq!(spdx_of(Vocabulary::V2, s), Some(NOASSERTION));
        }
        for s in ["gpl", "lgpl", "mozilla"] {
            let e = lookup(Vocabulary::V1, s).unwrap();
            assert!(e.warn && !e.is_specific(), "{s}");
        }
    }

    #[test]
    fn the_stated_spdx_list_version_is_the_one_compiled_in() {
        assert!(table()
            .spdx_license_list
            .starts_with(spdx::identifiers::VERSION));
    }

    /// docs/licenses.md is generated from the table; it must not drift.
    #[test]
    fn docs_licenses_md_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/licenses.md");
        let want = markdown();
        if std::env::var_os("CPANMETA_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "docs/licenses.md is stale: run CPANMETA_BLESS=1 cargo test -p cpanmeta --lib license::table"
        );
    }
}
