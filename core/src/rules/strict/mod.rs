//! Rules of the `strict` group: CPAN::Meta::Spec as written, where CPAN::Meta::Validator is lax.
//!
//! Every rule here runs only in strict mode and reports something the Validator lets through (or,
//! for the key-name rules, explains a Validator error it only reports as a symptom). Each finding
//! cites the spec section it relies on.

#[cfg(test)]
mod corpus_tests;
mod custom_key_prefix;
mod empty_required_list;
mod keyword_whitespace;
mod meta_spec_url;
mod misspelled_key;
mod optional_feature_configure;
mod optional_feature_description;
mod optional_feature_prereqs;
mod other_spec_version_key;
mod repository_type;
mod trial_version_stable;
mod unix_relative_path;
mod version_as_number;
mod version_format;

use crate::diagnostic::{Diagnostic, Location};
use crate::model::spec_keys::SpecFamily;
use crate::registry::RuleMeta;
use crate::source::{pointer_of, Entry, Node, Object};

use super::Context;

pub static RULES: &[&RuleMeta] = &[
    &version_format::VERSION_FORMAT,
    &version_as_number::VERSION_AS_NUMBER,
    &empty_required_list::EMPTY_REQUIRED_LIST,
    &keyword_whitespace::KEYWORD_WHITESPACE,
    &optional_feature_configure::OPTIONAL_FEATURE_CONFIGURE,
    &optional_feature_prereqs::OPTIONAL_FEATURE_PREREQS,
    &optional_feature_description::OPTIONAL_FEATURE_DESCRIPTION,
    &trial_version_stable::TRIAL_VERSION_STABLE,
    &meta_spec_url::META_SPEC_URL,
    &misspelled_key::MISSPELLED_KEY,
    &other_spec_version_key::OTHER_SPEC_VERSION_KEY,
    &custom_key_prefix::CUSTOM_KEY_PREFIX,
    &unix_relative_path::UNIX_RELATIVE_PATH,
    &repository_type::REPOSITORY_TYPE,
];

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    version_format::check(cx, out);
    version_as_number::check(cx, out);
    empty_required_list::check(cx, out);
    keyword_whitespace::check(cx, out);
    optional_feature_configure::check(cx, out);
    optional_feature_prereqs::check(cx, out);
    optional_feature_description::check(cx, out);
    trial_version_stable::check(cx, out);
    meta_spec_url::check(cx, out);
    misspelled_key::check(cx, out);
    other_spec_version_key::check(cx, out);
    custom_key_prefix::check(cx, out);
    unix_relative_path::check(cx, out);
    repository_type::check(cx, out);
}

/// The spec generation the document is read as, if any.
fn family(cx: &Context<'_>) -> Option<SpecFamily> {
    SpecFamily::of_choice(cx.spec)
}

/// The entries of the map at `key` of the root, if it is a map.
fn root_map<'a>(cx: &Context<'a>, key: &str) -> Option<&'a Object> {
    cx.map.get(key).and_then(|n| n.value.as_object())
}

/// The optional features of a v2 document that are maps, each with its entry (key and span);
/// nothing for 1.x documents, whose features have another shape, or when the value is not a map
/// (the Validator reports that).
fn v2_features<'a>(cx: &Context<'a>) -> impl Iterator<Item = (&'a Entry, &'a Object)> {
    let v2 = family(cx) == Some(SpecFamily::V2);
    root_map(cx, "optional_features")
        .filter(|_| v2)
        .map(Object::iter)
        .into_iter()
        .flatten()
        .filter_map(|feature| Some((feature, feature.value.value.as_object()?)))
}

/// A feature lacks `member`, which spec 2 requires of it: reported at the feature's key.
fn missing_feature_member(
    rule: &'static RuleMeta,
    feature: &Entry,
    member: &str,
    help: &str,
) -> Diagnostic {
    Diagnostic::new(
        rule,
        format!("optional feature `{}` has no `{member}`", feature.key),
        Location::new(
            pointer_of(["optional_features", &feature.key, member]),
            Some(feature.key_span),
        ),
    )
    .with_help(help)
    .with_spec("CPAN::Meta::Spec 2, \"optional_features\"")
}

/// `/version` and every `/provides/<package>/version`, with their pointers: the versions of the
/// distribution and of its packages (prerequisite versions belong to the `prereqs` group).
fn own_versions<'a>(cx: &Context<'a>) -> Vec<(String, &'a Node)> {
    own_versions_where(cx, |_| true)
}

/// [`own_versions`], only the values `keep` accepts (pointers are built for those alone).
fn own_versions_where<'a>(
    cx: &Context<'a>,
    keep: impl Fn(&Node) -> bool,
) -> Vec<(String, &'a Node)> {
    let mut out = Vec::new();
    if let Some(v) = cx.map.get("version").filter(|v| keep(v)) {
        out.push(("/version".to_owned(), v));
    }
    for e in root_map(cx, "provides")
        .map(Object::iter)
        .into_iter()
        .flatten()
    {
        if let Some(v) = e.value.value.as_object().and_then(|m| m.get("version")) {
            if keep(v) {
                out.push((
                    crate::source::pointer_of(["provides", e.key.as_str(), "version"]),
                    v,
                ));
            }
        }
    }
    out
}

/// The distribution's own versions and every prerequisite's version range that `keep` accepts:
/// the places the spec says hold a version string. Most values are fine, so a pointer is built
/// only for a value `keep` picks.
fn version_strings_where<'a>(
    cx: &Context<'a>,
    keep: impl Fn(&Node) -> bool,
) -> Vec<(String, &'a Node)> {
    let mut out = own_versions_where(cx, &keep);
    // Prerequisite version ranges are strings too ("Version Ranges").
    for prereqs in crate::version::prereq_maps(cx.map) {
        for e in prereqs
            .node
            .value
            .as_object()
            .map(Object::iter)
            .into_iter()
            .flatten()
            .filter(|e| keep(&e.value))
        {
            out.push((
                format!(
                    "{}/{}",
                    prereqs.pointer,
                    crate::source::escape_pointer_token(&e.key)
                ),
                &e.value,
            ));
        }
    }
    out
}

/// Wraps `text` as a key or string in the document's own syntax (JSON quotes; YAML plain when
/// that reads back the same, else single quotes).
fn quoted(cx: &Context<'_>, text: &str) -> String {
    match cx.format {
        crate::source::Format::Json => serde_json::Value::String(text.to_owned()).to_string(),
        crate::source::Format::Yaml | crate::source::Format::Toml => {
            if text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_-./".contains(&b))
                && !text.starts_with(['-', '.'])
            {
                text.to_owned()
            } else {
                format!("'{}'", text.replace('\'', "''"))
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Runs one rule's check on a document built from JSON, as a parsed META file would be seen.

    use crate::diagnostic::Diagnostic;
    pub(crate) use crate::rules::test_support::Check;
    use crate::rules::test_support::{self as shared, check_on};
    use crate::source::{Format, Node};

    /// The findings of `check` on `doc`, validated as meta-spec `declared`.
    pub(crate) fn run(check: Check, declared: &str, doc: &serde_json::Value) -> Vec<Diagnostic> {
        let root = Node::from_json(doc);
        check_on(
            check,
            &root,
            b"",
            Format::Json,
            &shared::spec(declared),
            &shared::strict(),
        )
    }

    /// The findings of `check` on `doc`, with the spec version chosen from the document itself
    /// as the Validator chooses it.
    pub(crate) fn run_with(
        check: Check,
        doc: &serde_json::Value,
        format: Format,
    ) -> Vec<Diagnostic> {
        let root = Node::from_json(doc);
        let spec = super::corpus_tests::choice(&root);
        check_on(check, &root, b"", format, &spec, &shared::strict())
    }

    /// The pointers of the findings, for compact assertions.
    pub(crate) fn pointers(found: &[Diagnostic]) -> Vec<&str> {
        found.iter().map(|d| d.location.pointer.as_str()).collect()
    }
}
