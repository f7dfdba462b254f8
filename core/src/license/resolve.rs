//! The SPDX expression a META document stands for: `license_expression(map, spec)`.
//!
//! The `license` strings are read as CPAN::Meta reads them (its Converter lower-cases and accepts
//! both spec versions' strings, and reads anything else as `unknown`), then mapped through the
//! table. A valid `x_spdx_expression` that agrees with them wins, being more precise. Several
//! distinct strings give NOASSERTION: the spec does not say whether they combine with AND or OR.

use serde::Serialize;

use super::consistency;
use super::expression::{self, Checked};
use super::table::{Entry, Vocabulary, NOASSERTION};
use super::vocabulary::{self, Reading};
use crate::model::SpecChoice;
use crate::source::{Node, Object, Value};

/// Where the expression came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Source {
    /// The document's `x_spdx_expression`.
    XSpdxExpression,
    /// The `license` strings, through the mapping table.
    License,
    /// Nothing: the document has no `license`.
    None,
}

/// One `license` string and what it maps to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct MappedString {
    pub written: String,
    /// The CPAN string CPAN::Meta reads it as (`None`: read as `unknown`, not a license string).
    pub read_as: Option<String>,
    /// Its SPDX expression or NOASSERTION.
    pub spdx: String,
}

/// The license of a document in SPDX terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LicenseExpression {
    /// An SPDX expression, or `NOASSERTION` when the metadata names no specific license (or
    /// several without saying how they combine). `None` only when there is no `license` at all
    /// and no `x_spdx_expression` (SBOM writers put NOASSERTION there too).
    pub expression: Option<String>,
    /// Why, in one sentence.
    pub reason: String,
    pub source: Source,
    /// Each `license` string and its mapping.
    pub strings: Vec<MappedString>,
}

impl LicenseExpression {
    /// The expression an SBOM should carry: the expression, or NOASSERTION.
    pub fn spdx(&self) -> &str {
        self.expression.as_deref().unwrap_or(NOASSERTION)
    }

    pub fn is_noassertion(&self) -> bool {
        self.spdx() == NOASSERTION
    }
}

/// The `license` strings of a document with their nodes (a v2 list, a 1.x scalar, or a scalar
/// where a list belongs), each with its pointer.
pub fn license_strings(map: &Object) -> Vec<(String, &Node, String)> {
    let Some(node) = map.get("license") else {
        return Vec::new();
    };
    match &node.value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                n.value
                    .perl_str()
                    .map(|s| (format!("/license/{i}"), n, s.to_owned()))
            })
            .collect(),
        v => v
            .perl_str()
            .map(|s| vec![("/license".to_owned(), node, s.to_owned())])
            .unwrap_or_default(),
    }
}

/// The vocabulary to read a document's strings with: the spec version's, else by shape (a list is v2).
pub fn vocabulary_of(map: &Object, spec: &SpecChoice) -> Vocabulary {
    vocabulary::of_spec(spec).unwrap_or_else(|| {
        if map
            .get("license")
            .is_some_and(|n| matches!(n.value, Value::Array(_)))
        {
            Vocabulary::V2
        } else {
            Vocabulary::V1
        }
    })
}

/// The SPDX expression a META document stands for.
pub fn license_expression(map: &Object, spec: &SpecChoice) -> LicenseExpression {
    let vocab = vocabulary_of(map, spec);
    let readings: Vec<(String, Reading)> = license_strings(map)
        .into_iter()
        .map(|(_, _, s)| {
            let r = vocabulary::read(&s, vocab);
            (s, r)
        })
        .collect();
    let x_spdx = map
        .get("x_spdx_expression")
        .and_then(|n| n.value.as_str())
        .map(expression::check);
    resolve(&readings, x_spdx.as_ref())
}

/// The expression from already-read strings and an already-checked `x_spdx_expression`.
pub fn resolve(readings: &[(String, Reading)], x_spdx: Option<&Checked>) -> LicenseExpression {
    let strings: Vec<MappedString> = readings
        .iter()
        .map(|(s, r)| {
            let e = r.as_read_by_cpan_meta();
            MappedString {
                written: s.clone(),
                read_as: e.map(|e| e.string.clone()),
                spdx: e.map_or(NOASSERTION, |e| e.spdx.as_str()).to_owned(),
            }
        })
        .collect();
    let entries: Vec<&'static Entry> = readings
        .iter()
        .filter_map(|(_, r)| r.as_read_by_cpan_meta())
        .collect();
    let mut from_license = from_strings(readings, &entries, &strings);
    if let Some(checked) = x_spdx {
        let why_not = match &checked.normalised {
            None => Some("x_spdx_expression is not a valid SPDX expression"),
            Some(_)
                if !consistency::compare(&entries, &checked.terms)
                    .contradicting
                    .is_empty() =>
            {
                Some("x_spdx_expression contradicts license")
            }
            Some(_) => None,
        };
        match (why_not, &checked.normalised) {
            (None, Some(expr)) => {
                let replaced = if checked.valid {
                    ""
                } else {
                    " (deprecated ids replaced)"
                };
                return LicenseExpression {
                    expression: Some(expr.clone()),
                    reason: format!("from x_spdx_expression{replaced}"),
                    source: Source::XSpdxExpression,
                    strings: from_license.strings,
                };
            }
            (Some(why), _) => from_license.reason = format!("{why}; {}", from_license.reason),
            (None, None) => {}
        }
    }
    from_license
}

fn from_strings(
    readings: &[(String, Reading)],
    entries: &[&'static Entry],
    strings: &[MappedString],
) -> LicenseExpression {
    let result = |expression: Option<String>, reason: String, source| LicenseExpression {
        expression,
        reason,
        source,
        strings: strings.to_vec(),
    };
    if readings.is_empty() {
        return result(
            None,
            "no license strings in `license`".to_owned(),
            Source::None,
        );
    }
    if let Some((s, r)) = readings
        .iter()
        .find(|(_, r)| r.as_read_by_cpan_meta().is_none())
    {
        let hint = r
            .suggestion()
            .map(|e| format!(" (did you mean `{}`?)", e.string))
            .unwrap_or_default();
        return result(
            Some(NOASSERTION.to_owned()),
            format!("`{s}` is not a CPAN license string; CPAN::Meta reads it as `unknown`{hint}"),
            Source::License,
        );
    }
    let mut distinct: Vec<&'static Entry> = Vec::new();
    for e in entries {
        if !distinct
            .iter()
            .any(|d| d.spdx == e.spdx && (e.is_specific() || d.string == e.string))
        {
            distinct.push(e);
        }
    }
    match distinct.as_slice() {
        [e] if e.is_specific() => result(
            Some(e.spdx.clone()),
            format!("`{}` ({})", e.string, e.title),
            Source::License,
        ),
        [e] => result(
            Some(NOASSERTION.to_owned()),
            format!("`{}` names no specific license ({})", e.string, e.title),
            Source::License,
        ),
        many => {
            let names: Vec<String> = many.iter().map(|e| format!("`{}`", e.string)).collect();
            result(
                Some(NOASSERTION.to_owned()),
                format!(
                    "several licenses ({}): CPAN::Meta::Spec does not say whether all apply (AND) or any (OR)",
                    names.join(", ")
                ),
                Source::License,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SpecVersion;

    fn spec(v: SpecVersion) -> SpecChoice {
        SpecChoice {
            declared: v.as_str().to_owned(),
            validator: Some(v),
            converter: Some(v),
        }
    }

    fn expr(doc: &serde_json::Value, v: SpecVersion) -> LicenseExpression {
        let node = Node::from_json(doc);
        license_expression(node.value.as_object().unwrap(), &spec(v))
    }

    #[test]
    fn a_single_string_maps_through_the_table() {
        let e = expr(&serde_json::json!({"license": ["perl_5"]}), SpecVersion::V2);
        assert_eq!(
            e.expression.as_deref(),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
        assert_eq!(e.source, Source::License);
        let e = expr(&serde_json::json!({"license": "lgpl"}), SpecVersion::V1_4);
        assert!(e.is_noassertion());
    }

    #[test]
    fn several_strings_are_not_joined_with_an_invented_operator() {
        let e = expr(
            &serde_json::json!({"license": ["apache_2_0", "mozilla_1_0"]}),
            SpecVersion::V2,
        );
        assert!(e.is_noassertion());
        assert!(
            e.reason.contains("AND") && e.reason.contains("OR"),
            "{}",
            e.reason
        );
        // The same license twice is one license.
        let e = expr(
            &serde_json::json!({"license": ["perl_5", "perl_5"]}),
            SpecVersion::V2,
        );
        assert_eq!(
            e.expression.as_deref(),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
    }

    #[test]
    fn strings_are_read_the_way_cpan_meta_reads_them() {
        // The Converter lower-cases and knows both versions' strings ...
        let e = expr(&serde_json::json!({"license": "Perl"}), SpecVersion::V1_4);
        assert_eq!(
            e.expression.as_deref(),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
        let e = expr(&serde_json::json!({"license": ["perl"]}), SpecVersion::V2);
        assert_eq!(
            e.expression.as_deref(),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
        // ... but reads other tools' spellings as `unknown`.
        let e = expr(&serde_json::json!({"license": "gpl2"}), SpecVersion::V1_4);
        assert!(e.is_noassertion());
        assert!(
            e.reason.contains("reads it as `unknown`") && e.reason.contains("did you mean `gpl`"),
            "{}",
            e.reason
        );
    }

    #[test]
    fn a_consistent_x_spdx_expression_wins() {
        let e = expr(
            &serde_json::json!({"license": ["gpl_2"], "x_spdx_expression": "GPL-2.0-or-later"}),
            SpecVersion::V2,
        );
        assert_eq!(e.expression.as_deref(), Some("GPL-2.0-or-later"));
        assert_eq!(e.source, Source::XSpdxExpression);
        let e = expr(
            &serde_json::json!({"license": ["lgpl_2_1"], "x_spdx_expression": "LGPL-2.1"}),
            SpecVersion::V2,
        );
        assert_eq!(e.expression.as_deref(), Some("LGPL-2.1-only"));
        let e = expr(
            &serde_json::json!({"license": ["perl_5"], "x_spdx_expression": "MIT"}),
            SpecVersion::V2,
        );
        assert_eq!(
            e.expression.as_deref(),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
        assert!(e
            .reason
            .starts_with("x_spdx_expression contradicts license"));
    }

    #[test]
    fn no_license_is_none() {
        let e = expr(&serde_json::json!({"name": "X"}), SpecVersion::V1_0);
        assert_eq!(e.expression, None);
        assert_eq!(e.spdx(), "NOASSERTION");
    }
}
