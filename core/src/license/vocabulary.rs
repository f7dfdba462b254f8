//! Reading one `license` string against the vocabulary of the document's spec version.
//!
//! CPAN::Meta::Validator accepts only the exact strings of the spec version it validates with;
//! CPAN::Meta::Converter (which every CPAN client runs) is more forgiving: it lower-cases, and it
//! accepts strings of either version. This module says which of those a string is, and what the
//! author evidently meant.

use super::table::{self, Entry, Vocabulary};
use super::urls;
use crate::model::{SpecChoice, SpecVersion};

/// How a string relates to the vocabulary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Reading {
    /// A valid string of this vocabulary.
    Exact(&'static Entry),
    /// A valid string of the *other* spec version (`perl` in a v2 document, `perl_5` in a 1.4 one).
    OtherVersion {
        written: &'static Entry,
        /// Its equivalent in this version, as the Converter translates it.
        equivalent: Option<&'static Entry>,
    },
    /// A known string in the wrong case (`Perl`, `MIT`); `meant` is the string of this version.
    WrongCase {
        matched: &'static Entry,
        meant: Option<&'static Entry>,
    },
    /// A spelling from another tool (`artistic2`, `gpl2`, `Artistic-2.0`).
    Foreign {
        alias: &'static table::Alias,
        /// The v2 string it means.
        means: &'static Entry,
        /// Its equivalent in this version.
        meant: Option<&'static Entry>,
    },
    /// A URL instead of a string.
    Url {
        /// The string of this version the URL's license corresponds to, when recognised.
        meant: Option<&'static Entry>,
    },
    /// Nothing recognisable.
    Unknown,
}

impl Reading {
    /// The table entry CPAN::Meta (its Converter) reads the string as, if any: exact strings of
    /// either version, any case, and the aliases the Converter knows. Everything else it reads as
    /// `unknown`.
    pub fn as_read_by_cpan_meta(&self) -> Option<&'static Entry> {
        match self {
            Reading::Exact(e) => Some(e),
            Reading::OtherVersion { written, .. } => Some(written),
            Reading::WrongCase { matched, .. } => Some(matched),
            Reading::Foreign { alias, means, .. } if alias.converter_reads => Some(means),
            Reading::Foreign { .. } | Reading::Url { .. } | Reading::Unknown => None,
        }
    }

    /// The string of the document's vocabulary the author evidently meant.
    pub fn suggestion(&self) -> Option<&'static Entry> {
        match self {
            Reading::Exact(e) => Some(e),
            Reading::OtherVersion { equivalent, .. } => *equivalent,
            Reading::WrongCase { meant, .. }
            | Reading::Foreign { meant, .. }
            | Reading::Url { meant } => *meant,
            Reading::Unknown => None,
        }
    }
}

/// The vocabulary of a spec version.
pub fn of_version(version: SpecVersion) -> Vocabulary {
    if version == SpecVersion::V2 {
        Vocabulary::V2
    } else {
        Vocabulary::V1
    }
}

/// The vocabulary the Validator judges a document by (its own spec choice, else the one the
/// Converter infers); `None` when neither knows the version.
pub fn of_spec(spec: &SpecChoice) -> Option<Vocabulary> {
    spec.validator.or(spec.converter).map(of_version)
}

/// Reads `string` against `vocabulary`.
pub fn read(string: &str, vocabulary: Vocabulary) -> Reading {
    if let Some(e) = table::lookup(vocabulary, string) {
        return Reading::Exact(e);
    }
    if let Some(e) = table::lookup(vocabulary.other(), string) {
        return Reading::OtherVersion {
            written: e,
            equivalent: table::translate(e, vocabulary),
        };
    }
    if let Some(e) = table::lookup_ignore_case(vocabulary, string) {
        return Reading::WrongCase {
            matched: e,
            meant: table::translate(e, vocabulary),
        };
    }
    if urls::is_url(string) {
        let meant = urls::recognise(string).and_then(|u| urls::best_string(&u, vocabulary));
        return Reading::Url { meant };
    }
    if let Some(alias) = table::alias(string) {
        if let Some(means) = table::lookup(Vocabulary::V2, &alias.means) {
            return Reading::Foreign {
                alias,
                means,
                meant: table::translate(means, vocabulary),
            };
        }
    }
    Reading::Unknown
}

/// Whether a suggested replacement says less than what it replaces (`gpl_2` → v1 `gpl`).
pub fn loses_precision(from: &Entry, to: &Entry) -> bool {
    from.is_specific() && !to.is_specific()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(r: &Reading) -> Option<&str> {
        r.suggestion().map(|e| e.string.as_str())
    }

    #[test]
    fn exact_strings_of_the_version_are_exact() {
        assert!(matches!(read("perl_5", Vocabulary::V2), Reading::Exact(_)));
        assert!(matches!(read("perl", Vocabulary::V1), Reading::Exact(_)));
        // The Validator accepts artistic_2 and unknown for 1.x although the 1.x texts omit them.
        assert!(matches!(
            read("artistic_2", Vocabulary::V1),
            Reading::Exact(_)
        ));
        assert!(matches!(read("unknown", Vocabulary::V1), Reading::Exact(_)));
    }

    #[test]
    fn strings_of_the_other_version_translate_as_the_converter_does() {
        let r = read("perl", Vocabulary::V2);
        assert!(matches!(r, Reading::OtherVersion { .. }));
        assert_eq!(s(&r), Some("perl_5"));
        assert_eq!(s(&read("perl_5", Vocabulary::V1)), Some("perl"));
        assert_eq!(s(&read("restrictive", Vocabulary::V2)), Some("restricted"));
        assert_eq!(s(&read("gpl_2", Vocabulary::V1)), Some("gpl"));
    }

    #[test]
    fn case_mistakes_suggest_the_string_of_this_version() {
        assert_eq!(s(&read("MIT", Vocabulary::V1)), Some("mit"));
        assert_eq!(s(&read("Perl", Vocabulary::V2)), Some("perl_5"));
        assert_eq!(s(&read("Perl", Vocabulary::V1)), Some("perl"));
        assert!(matches!(
            read("Perl", Vocabulary::V1),
            Reading::WrongCase { .. }
        ));
        // CPAN::Meta lower-cases, so it understands them.
        assert!(read("MIT", Vocabulary::V2).as_read_by_cpan_meta().is_some());
    }

    #[test]
    fn other_tools_spellings_are_recognised() {
        assert_eq!(s(&read("artistic2", Vocabulary::V2)), Some("artistic_2"));
        assert_eq!(s(&read("artistic-2.0", Vocabulary::V1)), Some("artistic_2"));
        assert_eq!(s(&read("gpl2", Vocabulary::V2)), Some("gpl_2"));
        assert_eq!(s(&read("GPL-2.0-or-later", Vocabulary::V2)), Some("gpl_2"));
        // The Converter reads artistic2 but not gpl2.
        assert!(read("artistic2", Vocabulary::V2)
            .as_read_by_cpan_meta()
            .is_some());
        assert!(read("gpl2", Vocabulary::V2)
            .as_read_by_cpan_meta()
            .is_none());
    }

    #[test]
    fn urls_are_recognised() {
        let r = read("http://dev.perl.org/licenses/", Vocabulary::V1);
        assert!(matches!(r, Reading::Url { .. }));
        assert_eq!(s(&r), Some("perl"));
        assert_eq!(read("nil", Vocabulary::V1), Reading::Unknown);
    }
}
