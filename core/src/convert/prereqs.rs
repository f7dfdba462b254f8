//! `_version_map`: one `module => version` map through CPAN::Meta::Requirements with the
//! Converter's bad-version hook, as every prerequisite map goes on its way to spec 2. What it
//! drops or rewrites is recorded as a [`Loss`](super::Loss).

use std::collections::BTreeMap;

use serde_json::{Map, Value as J};

use super::perl::{self, is_module_name};
use super::Cx;
use crate::rules::convert as rules;
use crate::source::escape_pointer_token;
use crate::version::{is_lax, Range, Version};

/// `_bad_version_hook`: trim, strip trailing lowercase letters, and read what is left as a
/// version; `0` when that fails too.
fn bad_version_hook(text: &str) -> String {
    let t = text.trim();
    let t = t.trim_end_matches(|c: char| c.is_ascii_lowercase());
    match Version::parse(t) {
        Ok(v) => v.stringify().to_owned(),
        Err(_) => "0".to_owned(),
    }
}

/// `add_string_requirement` with the hook: each version CPAN::Meta::Requirements cannot read is
/// replaced by what the hook makes of it. Returns the range and, when the hook changed the
/// text, the text actually read.
fn parse_with_hook(s: &str) -> Result<(Range, Option<String>), String> {
    let mut text = s.to_owned();
    let mut changed = false;
    // Each round replaces one part's version; a string has at most as many parts as commas + 1.
    for _ in 0..=s.matches(',').count() + 1 {
        match Range::parse(&text) {
            Ok(r) => return Ok((r, changed.then_some(text))),
            Err(e) => {
                let (a, b) = e.span;
                if a > b || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b)
                {
                    return Err(e.message);
                }
                let replacement = bad_version_hook(&text[a..b]);
                if text[a..b] == replacement {
                    return Err(e.message);
                }
                text.replace_range(a..b, &replacement);
                changed = true;
            }
        }
    }
    Err(format!("Can't convert '{s}'"))
}

/// CPAN::Meta::Requirements' entries of one map, in the order modules were added.
#[derive(Default)]
struct Requirements {
    entries: BTreeMap<String, Range>,
}

impl Requirements {
    /// `add_minimum($module => 0)`: a no-op on an existing entry.
    fn add_zero(&mut self, module: &str) {
        self.entries
            .entry(module.to_owned())
            .or_insert_with(Range::any);
    }

    fn add(&mut self, module: &str, range: &Range) -> Result<(), String> {
        let merged = match self.entries.get(module) {
            Some(old) => old.intersect(range),
            None => range.clone(),
        };
        if let Some(reason) = merged.empty_reason() {
            return Err(format!("illegal requirements for {module}: {reason}"));
        }
        if merged.constraint().is_some() {
            self.entries.insert(module.to_owned(), merged);
        }
        Ok(())
    }
}

/// `_version_map($element)` at `at` (a pointer into the document being converted).
pub(super) fn version_map(cx: &mut Cx, v: Option<&J>, at: &str) -> Result<Option<J>, String> {
    match v {
        None | Some(J::Null) => Ok(None),
        Some(J::Object(map)) => hash(cx, map, at).map(Some),
        Some(J::Array(list)) => {
            let map: Map<String, J> = list
                .iter()
                .map(|e| (perl::string(Some(e)).unwrap_or_default(), J::from(0)))
                .collect();
            hash(cx, &map, at).map(Some)
        }
        Some(other) => {
            let s = perl::string(Some(other)).unwrap_or_default();
            if s.is_empty() {
                return Ok(None);
            }
            Ok(Some(J::Object(Map::from_iter([(s, J::from(0))]))))
        }
    }
}

fn hash(cx: &mut Cx, map: &Map<String, J>, at: &str) -> Result<J, String> {
    let mut reqs = Requirements::default();
    for (module, value) in map {
        let here = format!("{at}/{}", escape_pointer_token(module));
        if !is_module_name(module) {
            cx.loss(
                &rules::convert_prereq_dropped::RULE,
                &here,
                format!("`{module}` is not a module name: the Converter drops this prerequisite"),
            );
            continue;
        }
        let text = match value {
            J::Array(_) | J::Object(_) => {
                cx.loss(
                    &rules::convert_version_changed::RULE,
                    &here,
                    format!(
                        "the version of `{module}` is a {}, not a version: the Converter makes it `0`",
                        if value.is_array() { "list" } else { "map" }
                    ),
                );
                "0".to_owned()
            }
            _ => match perl::scalar(Some(value)) {
                None => "0".to_owned(),
                Some(s) if s.is_empty() || s == "undef" || s == "<undef>" => "0".to_owned(),
                Some(s) => s,
            },
        };
        if is_module_name(&text) && !is_lax(&text) {
            cx.loss(
                &rules::convert_module_as_version::RULE,
                &here,
                format!(
                    "`{module}: {text}` names a module where a version belongs: the Converter \
                     requires both `{module}` and `{text}` at version 0"
                ),
            );
            reqs.add_zero(module);
            reqs.add_zero(&text);
        }
        let (range, hooked) = parse_with_hook(&text).inspect_err(|_| cx.fail_at(&here))?;
        if let Some(read) = &hooked {
            if !is_module_name(&text) || is_lax(&text) {
                cx.loss(
                    &rules::convert_version_changed::RULE,
                    &here,
                    format!(
                        "CPAN::Meta::Requirements cannot read `{text}` (the version of `{module}`): \
                         the Converter reads it as `{read}`"
                    ),
                );
            }
        }
        reqs.add(module, &range)
            .inspect_err(|_| cx.fail_at(&here))?;
    }
    Ok(J::Object(
        reqs.entries
            .into_iter()
            .map(|(m, r)| (m, J::String(r.to_string())))
            .collect(),
    ))
}

/// `_clean_version` (of a `provides` entry): `0` for what version.pm cannot read, the normal form
/// of a dotted-decimal version, else the trimmed text.
pub(super) fn clean_version(cx: &mut Cx, v: Option<&J>, at: &str) -> J {
    let Some(s) = perl::string(v) else {
        return J::from(0);
    };
    let t = s.trim();
    let t = match t.strip_prefix('.') {
        Some(rest) => format!("0.{rest}"),
        None => t.to_owned(),
    };
    if t.is_empty() || t == "undef" || t == "<undef>" {
        return J::from(0);
    }
    match Version::parse(&t) {
        Ok(version) if version.is_qv() => J::String(version.normal()),
        Ok(_) => J::String(t),
        Err(e) => {
            cx.loss(
                &rules::convert_version_changed::RULE,
                at,
                format!("`{s}` is not a version ({e}): the Converter makes it `0`"),
            );
            J::from(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hook_strips_letters_or_gives_zero() {
        assert_eq!(bad_version_hook("1.2abc"), "1.2");
        assert_eq!(bad_version_hook("Moose"), "0");
        assert_eq!(
            parse_with_hook(">= 1.0a, < 2").unwrap().1.as_deref(),
            Some(">= 1.0, < 2")
        );
    }
}
