//! Rules of the `prereqs` group (CM400–CM499): prerequisite versions read as version.pm and
//! CPAN::Meta::Requirements read them, the `perl` prerequisite, ranges that admit nothing, and
//! names and keys that are not what the spec allows.
//!
//! Where CPAN::Meta::Validator already reports a thing (an illegal module name, an unknown phase),
//! the rule here runs in strict mode only and adds what the Validator cannot say (what the name
//! looks like, which phase was meant). Where the Validator is silent (its version regex is not
//! anchored at the end, so `2.08a` passes), the rule runs in both modes.

mod contradictory;
mod dev_version;
mod invalid_version;
mod module_name;
mod no_perl;
mod not_strict;
mod perl_dotted;
mod perl_misread;
mod perl_range;
mod unknown_phase;
mod unknown_relationship;
mod unsatisfiable;
mod within_conflicts;

#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use regex::Regex;

use super::Context;
use crate::diagnostic::{Diagnostic, Location};
use crate::registry::RuleMeta;
use crate::source::{pointer_of, Entry, Node, Span};
use crate::version::{prereq_maps, PrereqMap, Range, RangeError, Version};

pub static RULES: &[&RuleMeta] = &[
    &invalid_version::INVALID_PREREQ_VERSION,
    &not_strict::PREREQ_VERSION_NOT_STRICT,
    &dev_version::DEV_VERSION_MINIMUM,
    &perl_misread::PERL_VERSION_MISREAD,
    &perl_range::PERL_VERSION_OUT_OF_RANGE,
    &perl_dotted::PERL_VERSION_DOTTED_FORM,
    &unsatisfiable::UNSATISFIABLE_RANGE,
    &contradictory::CONTRADICTORY_PREREQS,
    &within_conflicts::REQUIRES_WITHIN_CONFLICTS,
    &module_name::PREREQ_NOT_A_MODULE_NAME,
    &unknown_phase::UNKNOWN_PREREQ_PHASE,
    &unknown_relationship::UNKNOWN_PREREQ_RELATIONSHIP,
    &no_perl::NO_MINIMUM_PERL,
];

/// The newest released perl: 5.42.0 (July 2025). Update on each perl release.
pub const LATEST_PERL: &str = "v5.42.0";

/// The oldest perl the CPAN toolchain still supports: 5.6.0 (`5.006`).
pub const OLDEST_SUPPORTED_PERL: &str = "5.006";

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let maps = prereq_maps(cx.map);
    let entries = entries(&maps);
    invalid_version::check(&entries, cx, out);
    not_strict::check(&entries, cx, out);
    dev_version::check(&entries, cx, out);
    perl_misread::check(&entries, cx, out);
    perl_range::check(&entries, cx, out);
    perl_dotted::check(&entries, cx, out);
    unsatisfiable::check(&entries, cx, out);
    contradictory::check(&entries, cx, out);
    within_conflicts::check(&entries, cx, out);
    module_name::check(&entries, out);
    unknown_phase::check(cx, out);
    unknown_relationship::check(cx, out);
    no_perl::check(cx, out);
}

/// One `module => version` pair of a prerequisite map.
pub(crate) struct PrereqEntry<'a> {
    pub map: &'a PrereqMap<'a>,
    pub entry: &'a Entry,
    /// The requirement string CPAN::Meta::Requirements receives (`None` for a list or map).
    pub text: Option<String>,
    /// The parsed range (`None` when `text` is `None`).
    pub range: Option<Result<Range, RangeError>>,
}

impl PrereqEntry<'_> {
    pub fn module(&self) -> &str {
        &self.entry.key
    }

    pub fn pointer(&self) -> String {
        let mut p = self.map.pointer.clone();
        p.push_str(&pointer_of([self.entry.key.as_str()]));
        p
    }

    /// The location of the value.
    pub fn value_location(&self) -> Location {
        Location::new(self.pointer(), Some(self.entry.value.span))
    }

    /// The location of the module name.
    pub fn key_location(&self) -> Location {
        Location::new(self.pointer(), Some(self.entry.key_span))
    }

    /// The location of bytes `start..end` of the requirement string, when the value is written
    /// without escapes (so string offsets are file offsets); else the whole value.
    pub fn sub_location(&self, cx: &Context<'_>, (start, end): (usize, usize)) -> Location {
        let span = self
            .sub_span(cx, (start, end))
            .unwrap_or(self.entry.value.span);
        Location::new(self.pointer(), Some(span))
    }

    pub fn sub_span(&self, cx: &Context<'_>, (start, end): (usize, usize)) -> Option<Span> {
        let node = &self.entry.value;
        let text = self.text.as_deref()?;
        let (s, e) = (node.span.start as usize, node.span.end as usize);
        let raw = cx.bytes.get(s..e)?;
        let base = if raw == text.as_bytes() {
            s
        } else if raw.len() == text.len() + 2 && &raw[1..=text.len()] == text.as_bytes() {
            s + 1
        } else {
            return None;
        };
        Some(Span::new(base + start, base + end))
    }

    pub fn is_relationship(&self, rel: &str) -> bool {
        self.map.relationship == rel
    }
}

fn entries<'a>(maps: &'a [PrereqMap<'a>]) -> Vec<PrereqEntry<'a>> {
    let mut out = Vec::new();
    for map in maps {
        let Some(obj) = map.node.value.as_object() else {
            continue;
        };
        for entry in obj.iter() {
            let text = crate::version::requirement_string_of(&entry.value);
            let range = text.as_deref().map(Range::parse);
            out.push(PrereqEntry {
                map,
                entry,
                text,
                range,
            });
        }
    }
    out
}

/// CPAN::Meta::Validator's `exversion` check: each comma-separated part must start like a
/// version (its regex is not anchored at the end).
pub(crate) fn validator_accepts_version(node: &Node) -> bool {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*((<|<=|>=|>|!=|==)\s*)?v?\d+").expect("validator version regex")
    });
    let Some(value) = node.value.perl_str() else {
        return false;
    };
    // `return 0 unless $value || $value =~ /0/`: only the empty string fails here
    if value.is_empty() {
        return false;
    }
    value.split(',').all(|part| START.is_match(part))
}

/// The closest of `candidates` to `word` (edit distance at most 2, or a case-insensitive match).
pub(crate) fn did_you_mean<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = word.to_ascii_lowercase();
    candidates
        .iter()
        .map(|c| (edit_distance(&lower, c), *c))
        .filter(|(d, c)| *d <= 2.min(c.len() / 2) || lower == *c)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over chars, bounded input (keys are short; longer ones are cut).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The perl version a `perl` prerequisite asks for at least, if it parses.
pub(crate) fn latest_perl() -> Version {
    Version::parse(LATEST_PERL).expect("LATEST_PERL parses")
}
