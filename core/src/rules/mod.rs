//! Every rule, one file each, grouped by family. A group's `mod.rs` lists its rules in `RULES` and
//! runs its checks in `check`; rules never do I/O.

pub mod config;
pub mod convert;
pub mod external;
pub mod json;
pub mod kwalitee;
pub mod license;
pub mod prereqs;
pub mod purl;
pub mod schema;
pub mod spec;
pub mod strict;
#[cfg(test)]
pub(crate) mod test_support;
pub mod yaml;

use crate::diagnostic::Diagnostic;
use crate::lint::LintOptions;
use crate::model::SpecChoice;
use crate::registry::RuleMeta;
use crate::source::{Format, LineIndex, Node, Object};

/// The groups, in the order their codes run.
pub(crate) static GROUPS: &[&[&RuleMeta]] = &[
    json::RULES,
    yaml::RULES,
    spec::RULES,
    strict::RULES,
    schema::RULES,
    convert::RULES,
    prereqs::RULES,
    license::RULES,
    purl::RULES,
    external::RULES,
    kwalitee::RULES,
    config::RULES,
];

/// What a check sees: the parsed document (whose root is a map) and how to look at it.
pub struct Context<'a> {
    /// The original bytes.
    pub bytes: &'a [u8],
    pub lines: &'a LineIndex,
    pub format: Format,
    pub root: &'a Node,
    pub map: &'a Object,
    pub spec: &'a SpecChoice,
    pub options: &'a LintOptions,
}

/// Runs the checks of every group that has an enabled rule on a document that parsed into a map.
/// (The Validator port always runs: `Report::valid` is its verdict whatever the selection.)
pub(crate) fn check_document(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let any = |rules: &[&RuleMeta]| rules.iter().any(|r| cx.options.enables(r));
    spec::check(cx, out);
    if any(strict::RULES) {
        strict::check(cx, out);
    }
    if any(schema::RULES) {
        schema::check(cx, out);
    }
    if any(prereqs::RULES) {
        prereqs::check(cx, out);
    }
    if any(license::RULES) {
        license::check(cx, out);
    }
    if any(purl::RULES) {
        purl::check(cx, out);
    }
    if any(external::RULES) {
        external::check(cx, out);
    }
}
