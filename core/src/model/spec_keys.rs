//! The keys CPAN::Meta::Spec defines at each place of a META document, per spec generation.
//!
//! Sources: CPAN::Meta::Spec 2 ("STRUCTURE", "Prereq Spec") for version 2, and the history
//! documents CPAN::Meta::History::Meta_1_0 … Meta_1_4 for 1.x, cross-checked against the key tables
//! of CPAN::Meta::Validator 2.150010. The 1.x documents are treated as one generation: a file
//! without `meta-spec` counts as 1.0 for the Validator, yet such files routinely carry keys added
//! in 1.1–1.4 (`author`, `abstract`, `provides` …), so telling 1.0 from 1.4 by key would only
//! produce noise.

use super::{SpecChoice, SpecVersion};

/// A spec generation: 1.x (META.yml era) or 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecFamily {
    V1,
    V2,
}

impl SpecFamily {
    pub fn of_version(version: SpecVersion) -> Self {
        if version == SpecVersion::V2 {
            SpecFamily::V2
        } else {
            SpecFamily::V1
        }
    }

    /// The generation a document is read as: the Validator's spec version, else the one
    /// CPAN::Meta::Converter infers (for `meta-spec` versions the Validator does not know, such
    /// as `2.0`, the Converter still knows what the author meant).
    pub fn of_choice(choice: &SpecChoice) -> Option<Self> {
        choice.validator.or(choice.converter).map(Self::of_version)
    }

    pub fn label(self) -> &'static str {
        match self {
            SpecFamily::V1 => "1.x",
            SpecFamily::V2 => "2",
        }
    }

    #[must_use]
    pub fn other(self) -> Self {
        match self {
            SpecFamily::V1 => SpecFamily::V2,
            SpecFamily::V2 => SpecFamily::V1,
        }
    }
}

/// A place in the document whose keys the spec enumerates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// The top-level map.
    Root,
    /// `meta-spec`.
    MetaSpec,
    /// `resources`.
    Resources,
    /// `resources/bugtracker` (a map in spec 2).
    Bugtracker,
    /// `resources/repository` (a map in spec 2).
    Repository,
    /// `no_index` (and 1.x `private`).
    NoIndex,
    /// One entry of `provides`.
    ProvidesEntry,
    /// One entry of `optional_features`.
    OptionalFeature,
    /// `prereqs` (or a feature's `prereqs`): the keys are phases.
    Prereqs,
    /// `prereqs/<phase>`: the keys are relationships.
    Phase,
}

/// The keys the spec defines at `place` in `family` (empty where the family has no such place).
pub fn known_keys(family: SpecFamily, place: Place) -> &'static [&'static str] {
    match (family, place) {
        (SpecFamily::V2, Place::Root) => &[
            "abstract",
            "author",
            "dynamic_config",
            "generated_by",
            "license",
            "meta-spec",
            "name",
            "release_status",
            "version",
            "description",
            "keywords",
            "no_index",
            "optional_features",
            "prereqs",
            "provides",
            "resources",
        ],
        (SpecFamily::V1, Place::Root) => &[
            "meta-spec",
            "name",
            "version",
            "abstract",
            "author",
            "license",
            "license_uri",
            "generated_by",
            "distribution_type",
            "dynamic_config",
            "requires",
            "recommends",
            "build_requires",
            "configure_requires",
            "conflicts",
            "optional_features",
            "provides",
            "no_index",
            "private",
            "keywords",
            "resources",
        ],
        (_, Place::MetaSpec) => &["version", "url"],
        (_, Place::Resources) => &["homepage", "license", "bugtracker", "repository"],
        (SpecFamily::V2, Place::Bugtracker) => &["web", "mailto"],
        (SpecFamily::V2, Place::Repository) => &["url", "web", "type"],
        (SpecFamily::V2, Place::NoIndex) => &["file", "directory", "package", "namespace"],
        // 1.2 named it `dir`, 1.3 switched to `directory`; the Converter accepts both.
        (SpecFamily::V1, Place::NoIndex) => &["file", "directory", "dir", "package", "namespace"],
        (_, Place::ProvidesEntry) => &["file", "version"],
        (SpecFamily::V2, Place::OptionalFeature) => &["description", "prereqs"],
        (SpecFamily::V1, Place::OptionalFeature) => &[
            "description",
            "requires",
            "recommends",
            "build_requires",
            "conflicts",
        ],
        (SpecFamily::V2, Place::Prereqs) => &["configure", "build", "test", "runtime", "develop"],
        (SpecFamily::V2, Place::Phase) => &["requires", "recommends", "suggests", "conflicts"],
        (SpecFamily::V1, Place::Bugtracker | Place::Repository | Place::Prereqs | Place::Phase) => {
            &[]
        }
    }
}

/// Whether `key` is a custom key as spec 2 defines them: `qr{\Ax_}i`.
pub fn is_custom_key(key: &str) -> bool {
    key.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("x_"))
}

/// Where a key of the other spec generation belongs in this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moved {
    pub key: &'static str,
    /// What to do instead, an imperative for messages ("move its content to `prereqs/…`").
    pub instead: &'static str,
}

/// Keys that are valid at `place` in the other generation but not in `family`, with where their
/// content goes (CPAN::Meta::Spec 2 "DEPRECATED FIELDS" and CPAN::Meta::Converter's mapping).
///
/// For 1.x documents only the spec 2 keys whose content the Converter loses are listed: it
/// upgrades a 1.x `prereqs` (top level or in a feature) to an empty map, while it keeps a 1.x
/// `description` and `release_status` as they are.
pub fn moved_key(family: SpecFamily, place: Place, key: &str) -> Option<Moved> {
    let table: &[(&str, &str)] = match (family, place) {
        (SpecFamily::V2, Place::Root) => &[
            ("requires", "move its content to `prereqs/runtime/requires`"),
            (
                "recommends",
                "move its content to `prereqs/runtime/recommends`",
            ),
            (
                "build_requires",
                "move its content to `prereqs/build/requires` (or `prereqs/test/requires`)",
            ),
            (
                "configure_requires",
                "move its content to `prereqs/configure/requires`",
            ),
            (
                "conflicts",
                "move its content to `prereqs/runtime/conflicts`",
            ),
            (
                "license_uri",
                "move it to `resources/license` (a list of URLs)",
            ),
            ("private", "rename it to `no_index`"),
            ("distribution_type", "delete it: spec 2 has no equivalent"),
        ],
        (SpecFamily::V2, Place::NoIndex) => &[("dir", "rename it to `directory`")],
        (SpecFamily::V2, Place::OptionalFeature) => &[
            (
                "requires",
                "move its content to the feature's `prereqs/runtime/requires`",
            ),
            (
                "recommends",
                "move its content to the feature's `prereqs/runtime/recommends`",
            ),
            (
                "build_requires",
                "move its content to the feature's `prereqs/build/requires`",
            ),
            (
                "conflicts",
                "move its content to the feature's `prereqs/runtime/conflicts`",
            ),
        ],
        (SpecFamily::V1, Place::Root) => &[(
            "prereqs",
            "list the prerequisites in `requires`, `build_requires`, `configure_requires`, \
             `recommends` and `conflicts`, or declare `meta-spec` version 2",
        )],
        (SpecFamily::V1, Place::OptionalFeature) => &[(
            "prereqs",
            "list the feature's prerequisites in `requires`, `build_requires`, `recommends` and \
             `conflicts`, or declare `meta-spec` version 2",
        )],
        _ => &[],
    };
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|&(key, instead)| Moved { key, instead })
}

/// Misspellings too far from the right key for an edit-distance guess, seen in real META files
/// or named in the spec's own history ("previous editions of the spec had `dir`").
fn known_misspelling(family: SpecFamily, place: Place, key: &str) -> Option<&'static str> {
    let table: &[(&str, &str)] = match (family, place) {
        (SpecFamily::V1, Place::Root) => &[
            ("test_requires", "build_requires"),
            ("licence", "license"),
            ("authors", "author"),
            ("keyword", "keywords"),
            ("homepage", "resources/homepage"),
            ("repository", "resources/repository"),
            ("bugtracker", "resources/bugtracker"),
        ],
        (SpecFamily::V2, Place::Root) => &[
            ("test_requires", "prereqs"),
            ("licence", "license"),
            ("licenses", "license"),
            ("authors", "author"),
            ("keyword", "keywords"),
            ("homepage", "resources/homepage"),
            ("repository", "resources/repository"),
            ("bugtracker", "resources/bugtracker"),
            ("meta_spec", "meta-spec"),
            ("metaspec", "meta-spec"),
        ],
        (_, Place::Resources) => &[
            ("home_page", "homepage"),
            ("home", "homepage"),
            ("website", "homepage"),
            ("repo", "repository"),
            ("source", "repository"),
            ("bugs", "bugtracker"),
            ("bug_tracker", "bugtracker"),
            ("issues", "bugtracker"),
            ("licence", "license"),
        ],
        (SpecFamily::V2, Place::Bugtracker) => &[("url", "web"), ("email", "mailto")],
        (SpecFamily::V2, Place::Repository) => &[("vcs", "type")],
        (_, Place::NoIndex) => &[
            ("dirs", "directory"),
            ("files", "file"),
            ("packages", "package"),
        ],
        (SpecFamily::V2, Place::Phase) => &[("require", "requires"), ("recommend", "recommends")],
        _ => &[],
    };
    table.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
}

/// The key the author most likely meant by `key` at `place`, if `key` is not itself valid there:
/// a known misspelling, a case-insensitive match, or the unique closest key within a small edit
/// distance (1 for keys up to 4 characters, 2 beyond).
pub fn did_you_mean(family: SpecFamily, place: Place, key: &str) -> Option<&'static str> {
    let known = known_keys(family, place);
    if known.contains(&key) || key.len() > 64 {
        return None;
    }
    if let Some(k) = known_misspelling(family, place, key) {
        return Some(k);
    }
    if let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(key)) {
        return Some(k);
    }
    let limit = if key.chars().count() <= 4 { 1 } else { 2 };
    let mut best: Option<(&'static str, usize)> = None;
    let mut tie = false;
    for &k in known {
        let d = edit_distance(&key.to_ascii_lowercase(), k);
        if d > limit {
            continue;
        }
        match best {
            Some((_, b)) if d > b => {}
            Some((_, b)) if d == b => tie = true,
            _ => {
                best = Some((k, d));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(k, _)| k)
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), in characters.
/// Linear memory; callers bound the input length.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_keys_start_with_x_underscore_in_either_case() {
        assert!(is_custom_key("x_foo"));
        assert!(is_custom_key("X_Foo"));
        assert!(!is_custom_key("ax_foo"));
        assert!(!is_custom_key("x"));
        assert!(!is_custom_key("xfoo"));
    }

    #[test]
    fn edit_distance_counts_edits_and_transpositions() {
        assert_eq!(edit_distance("licence", "license"), 1);
        assert_eq!(edit_distance("build_require", "build_requires"), 1);
        assert_eq!(edit_distance("runtmie", "runtime"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn suggestions_follow_the_spec_generation() {
        use Place::*;
        use SpecFamily::*;
        assert_eq!(did_you_mean(V2, Root, "licence"), Some("license"));
        assert_eq!(
            did_you_mean(V1, Root, "build_require"),
            Some("build_requires")
        );
        assert_eq!(
            did_you_mean(V1, Root, "test_requires"),
            Some("build_requires")
        );
        assert_eq!(did_you_mean(V2, Root, "Name"), Some("name"));
        assert_eq!(did_you_mean(V2, Prereqs, "runtme"), Some("runtime"));
        assert_eq!(did_you_mean(V2, Phase, "suggest"), Some("suggests"));
        assert_eq!(
            did_you_mean(V1, Resources, "Repository"),
            Some("repository")
        );
        assert_eq!(did_you_mean(V2, NoIndex, "directories"), None);
        // valid keys and unrelated keys get no suggestion
        assert_eq!(did_you_mean(V2, Root, "license"), None);
        assert_eq!(did_you_mean(V1, Root, "installdirs"), None);
        assert_eq!(did_you_mean(V1, Root, "version_from"), None);
        assert_eq!(did_you_mean(V1, Resources, "IRC"), None);
    }

    #[test]
    fn keys_of_the_other_generation_say_where_they_went() {
        assert!(moved_key(SpecFamily::V2, Place::Root, "requires").is_some());
        assert!(moved_key(SpecFamily::V1, Place::Root, "prereqs").is_some());
        assert!(moved_key(SpecFamily::V2, Place::NoIndex, "dir").is_some());
        assert!(moved_key(SpecFamily::V1, Place::Root, "requires").is_none());
        assert!(moved_key(SpecFamily::V2, Place::Root, "prereqs").is_none());
    }
}
