//! CPAN::Meta::Validator 2.150010's `%definitions`: what each spec version allows, as data.
//!
//! The Perl tables are nested hashes whose entries name a check (`value => \&string`), a nested
//! map (`map => {...}`) or a list (`list => { value => \&string }`), mark some keys `mandatory`,
//! and give every map a catch-all `':key'` entry with a check on the key's name. Here the same
//! tables are `static` values: [`v2`] for spec 2, [`v1`] for 1.0–1.4, and [`shared`] for the
//! sub-tables the Perl code shares between versions (`$module_map1`, `$no_index_1_3`, ...).
//!
//! Every map in the Perl tables has a `':key'` entry and every list entry has a `value` check, so
//! the Validator's "Unknown key, '...', found in map structure", "Missing entries from mandatory
//! list" and "Missing validation action in specification" messages can never be produced; the
//! types below make those states unrepresentable instead of porting dead branches.

pub mod known;
pub mod shared;
pub mod v1;
pub mod v2;

use crate::model::SpecVersion;

/// A check on a value: the Validator's `value => \&sub`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueCheck {
    /// `\&anything`: always passes.
    Anything,
    /// `\&string`: defined, and true or `"0"`.
    String,
    /// `\&file`: defined.
    File,
    /// `\&url`: has a scheme and a non-empty authority.
    Url,
    /// `\&urlspec`: the known URL of the document's spec version.
    UrlSpec,
    /// `\&version`: a version, matched by an unanchored regex.
    Version,
    /// `\&exversion`: comma-separated versions (a prereq's version range).
    ExVersion,
    /// `\&boolean`: `0` or `1`.
    Boolean,
    /// `\&license`: a license string known to the spec version.
    License,
    /// `\&release_status`: stable / testing / unstable, and not stable for a `_` version.
    ReleaseStatus,
}

/// A check on the name of a key matched by a map's catch-all (`':key' => { name => \&sub }`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyCheck {
    /// `\&string`, applied to the key: anything but the empty key.
    String,
    /// `\&custom_1`: a CamelCase custom resource (spec 1.x).
    Custom1,
    /// `\&custom_2`: begins with `x_` or `X_` (spec 2).
    Custom2,
    /// `\&module`: a Perl package name.
    Module,
    /// `\&phase`: a prereq phase, or anything containing `x_`.
    Phase,
    /// `\&relation`: a prereq relationship, or anything containing `x_`.
    Relation,
}

/// What to do with a value.
#[derive(Clone, Copy, Debug)]
pub enum Action {
    /// `value => \&sub`.
    Value(ValueCheck),
    /// `map => {...}`.
    Map(&'static MapSpec),
    /// `list => { value => \&sub }`.
    List(ValueCheck),
}

/// A named entry of a map.
#[derive(Debug)]
pub struct Field {
    pub key: &'static str,
    pub mandatory: bool,
    pub action: Action,
}

/// The catch-all `':key'` entry of a map.
#[derive(Debug)]
pub struct OtherKeys {
    pub name: KeyCheck,
    pub action: Action,
}

/// A map: its named entries and its catch-all.
#[derive(Debug)]
pub struct MapSpec {
    pub fields: &'static [Field],
    pub other: OtherKeys,
}

impl MapSpec {
    /// The entry for a key of the data, as `$spec->{$key}` finds it. A data key spelled `:key`
    /// finds the catch-all itself (and so skips the name check), as in Perl.
    pub fn lookup(&self, key: &str) -> Option<&Action> {
        if key == ":key" {
            return Some(&self.other.action);
        }
        self.fields.iter().find(|f| f.key == key).map(|f| &f.action)
    }
}

/// A mandatory entry.
pub(crate) const fn required(key: &'static str, action: Action) -> Field {
    Field {
        key,
        mandatory: true,
        action,
    }
}

/// An optional entry.
pub(crate) const fn optional(key: &'static str, action: Action) -> Field {
    Field {
        key,
        mandatory: false,
        action,
    }
}

/// `':key' => { name => ..., ... }`.
pub(crate) const fn other(name: KeyCheck, action: Action) -> OtherKeys {
    OtherKeys { name, action }
}

/// The top-level table of a spec version (`$definitions{$version}`).
pub fn definition(spec: SpecVersion) -> &'static MapSpec {
    match spec {
        SpecVersion::V2 => &v2::SPEC,
        SpecVersion::V1_4 => &v1::SPEC_1_4,
        SpecVersion::V1_3 => &v1::SPEC_1_3,
        SpecVersion::V1_2 => &v1::SPEC_1_2,
        SpecVersion::V1_1 => &v1::SPEC_1_1,
        SpecVersion::V1_0 => &v1::SPEC_1_0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mandatory(spec: SpecVersion) -> Vec<&'static str> {
        let mut keys: Vec<_> = definition(spec)
            .fields
            .iter()
            .filter(|f| f.mandatory)
            .map(|f| f.key)
            .collect();
        keys.sort_unstable();
        keys
    }

    #[test]
    fn mandatory_top_level_fields_follow_the_validator() {
        let v2 = [
            "abstract",
            "author",
            "dynamic_config",
            "generated_by",
            "license",
            "meta-spec",
            "name",
            "release_status",
            "version",
        ];
        assert_eq!(mandatory(SpecVersion::V2), v2);
        let v1 = [
            "abstract",
            "author",
            "generated_by",
            "license",
            "meta-spec",
            "name",
            "version",
        ];
        for spec in [SpecVersion::V1_2, SpecVersion::V1_3, SpecVersion::V1_4] {
            assert_eq!(mandatory(spec), v1, "{spec:?}");
        }
        assert_eq!(mandatory(SpecVersion::V1_1), ["version"]);
        assert_eq!(mandatory(SpecVersion::V1_0), ["version"]);
    }

    #[test]
    fn spec_1_2_knows_no_index_only_by_its_typo() {
        let spec = definition(SpecVersion::V1_2);
        assert!(spec.lookup("no_index").is_none());
        assert!(matches!(spec.lookup("$no_index"), Some(Action::Map(_))));
        assert!(matches!(
            definition(SpecVersion::V1_3).lookup("no_index"),
            Some(Action::Map(_))
        ));
    }

    #[test]
    fn configure_requires_arrives_in_1_4() {
        assert!(definition(SpecVersion::V1_3)
            .lookup("configure_requires")
            .is_none());
        assert!(definition(SpecVersion::V1_4)
            .lookup("configure_requires")
            .is_some());
    }

    #[test]
    fn a_key_spelled_colon_key_finds_the_catch_all() {
        let spec = definition(SpecVersion::V2);
        assert!(matches!(
            spec.lookup(":key"),
            Some(Action::Value(ValueCheck::Anything))
        ));
    }
}
