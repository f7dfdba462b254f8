//! Module::CPANTS::Kwalitee::MetaYML: which META file CPANTS reads, whether it parses and
//! conforms, and the structure the other indicators look at (`$d->{meta_yml}`).
//!
//! CPANTS reads META.yml with `CPAN::Meta::YAML->read` (strict UTF-8; several documents, or a
//! document that is not a hash, count as unparsable) and META.json with `decode_json` (strict
//! UTF-8, no BOM). When there is no META.yml, META.json is what it reads as `meta_yml`; when
//! neither gives one, MYMETA.yml. A spec-2 document is then converted to spec 1.4
//! (CPAN::Meta::Converter) before the indicators look at it.

use serde_json::Value as J;

use super::convert;
use crate::archive::Archive;
use crate::diagnostic::Diagnostic;
use crate::model::SpecChoice;
use crate::source::{self, Format, Value};

/// What the META files gave.
#[derive(Debug, Default)]
pub(crate) struct MetaStash {
    /// `$d->{meta_yml}`: the document the indicators read, as Perl holds it (after conversion).
    pub meta_yml: Option<J>,
    /// The file it came from (`META.yml`, `META.json` or `MYMETA.yml`).
    pub meta_yml_file: Option<&'static str>,
    pub yml_parse_error: Option<String>,
    pub json_parse_error: Option<String>,
    pub json_parsed: bool,
    pub yml_parsed: bool,
    pub yml_conforms_error: Option<String>,
    pub json_conforms_error: Option<String>,
    /// CPAN::Meta::YAML's duplicate-key warnings (`meta_yml_has_duplicate_keys`).
    pub duplicate_keys: Vec<String>,
    /// Every reading and Validator diagnostic, per file, for the findings behind the indicators.
    pub diagnostics: Vec<(&'static str, Diagnostic)>,
}

fn has_rule(diags: &[Diagnostic], names: &[&str]) -> bool {
    diags.iter().any(|d| names.contains(&d.rule.as_str()))
}

/// The Validator's verdict: `join ';', sort $spec->errors`, or `None` when valid.
fn conforms(
    root: &source::Node,
    out: &mut Vec<(&'static str, Diagnostic)>,
    file: &'static str,
) -> Option<String> {
    let diags = crate::rules::spec::validate(root);
    let mut messages: Vec<String> = diags
        .iter()
        .filter_map(|d| d.compat_message.clone())
        .collect();
    out.extend(diags.into_iter().map(|d| (file, d)));
    if messages.is_empty() {
        return None;
    }
    messages.sort();
    Some(messages.join(";"))
}

fn declared_spec(root: &source::Node) -> String {
    match &root.value {
        Value::Object(map) => SpecChoice::of(map).declared,
        _ => "1.0".to_owned(),
    }
}

pub(crate) fn analyse(archive: &Archive) -> MetaStash {
    let mut st = MetaStash::default();
    let mut spec: Option<String> = None;
    let mut source_root: Option<source::Node> = None;
    if let Some(bytes) = archive.content("META.yml") {
        analyse_yml(&mut st, bytes, "META.yml", &mut spec, &mut source_root);
    }
    if let Some(bytes) = archive.content("META.json") {
        let read = source::read(bytes, Format::Json);
        let strict_error = has_rule(&read.diagnostics, &["json-utf8-bom", "json-invalid-utf8"]);
        let error = read.perl_error.clone().or_else(|| {
            strict_error.then(|| {
                "malformed JSON string (decode_json reads strict UTF-8 without a BOM)".to_owned()
            })
        });
        st.diagnostics
            .extend(read.diagnostics.into_iter().map(|d| ("META.json", d)));
        match (&error, read.root) {
            (None, Some(root)) => {
                st.json_parsed = true;
                st.json_conforms_error = conforms(&root, &mut st.diagnostics, "META.json");
                if st.meta_yml.is_none() {
                    spec = Some(declared_spec(&root));
                    st.meta_yml = Some(root.value.to_perl_json());
                    st.meta_yml_file = Some("META.json");
                    source_root = Some(root);
                }
            }
            _ => st.json_parse_error = Some(error.unwrap_or_else(|| "unreadable".to_owned())),
        }
    }
    if st.meta_yml.is_none() {
        if let Some(bytes) = archive.content("MYMETA.yml") {
            analyse_yml(&mut st, bytes, "MYMETA.yml", &mut spec, &mut source_root);
        }
    }
    // `($me->d->{meta_yml_spec_version} || '1.0') gt '1.4'`: convert to 1.4 when it succeeds.
    if let (Some(root), Some(spec)) = (&source_root, &spec) {
        if spec.as_str() > "1.4" {
            if let Some(converted) = convert::to_1_4(root) {
                st.meta_yml = Some(converted);
            }
        }
    }
    st
}

fn analyse_yml(
    st: &mut MetaStash,
    bytes: &[u8],
    file: &'static str,
    spec: &mut Option<String>,
    source_root: &mut Option<source::Node>,
) {
    let read = source::read(bytes, Format::Yaml);
    st.duplicate_keys = read
        .diagnostics
        .iter()
        .filter(|d| d.rule == "yaml-duplicate-key")
        .map(|d| d.message.clone())
        .collect();
    let invalid_utf8 = has_rule(&read.diagnostics, &["yaml-invalid-utf8"]);
    let several = has_rule(&read.diagnostics, &["yaml-multiple-documents"]);
    st.diagnostics
        .extend(read.diagnostics.into_iter().map(|d| (file, d)));
    if let Some(e) = read.perl_error {
        st.yml_parse_error = Some(e);
        return;
    }
    if invalid_utf8 {
        st.yml_parse_error = Some(format!("{file} is not valid UTF-8"));
        return;
    }
    let Some(root) = read.root else {
        st.yml_parse_error = Some("multiple parts found in META.yml".to_owned());
        return;
    };
    // Several documents: CPANTS keeps the first one that is a hash (Parse::CPAN::Meta the last).
    let root = if several {
        first_hash_document(bytes).unwrap_or(root)
    } else {
        root
    };
    let is_hash = match &root.value {
        Value::Object(map) => !map.is_empty() || has_empty_flow_map(bytes),
        _ => false,
    };
    if several || !is_hash {
        st.yml_parse_error = Some("multiple parts found in META.yml".to_owned());
    } else {
        st.yml_parsed = true;
    }
    if !is_hash {
        return;
    }
    st.yml_conforms_error = conforms(&root, &mut st.diagnostics, file);
    *spec = Some(declared_spec(&root));
    st.meta_yml = Some(root.value.to_perl_json());
    st.meta_yml_file = Some(file);
    *source_root = Some(root);
}

/// The first document of a multi-document file that reads as a non-empty hash: the file is cut
/// at each `---` line and each part read on its own.
fn first_hash_document(bytes: &[u8]) -> Option<source::Node> {
    let mut starts: Vec<usize> = Vec::new();
    let mut at = 0;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"---") {
            starts.push(at);
        }
        at += line.len();
    }
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(bytes.len());
    starts.windows(2).find_map(|w| {
        let part = source::read(&bytes[w[0]..w[1]], Format::Yaml);
        part.root.filter(|r| {
            part.perl_error.is_none() && r.value.as_object().is_some_and(|o| !o.is_empty())
        })
    })
}

/// Parse::CPAN::Meta turns a file without a document (empty, comments only, a bare `---`) into
/// `{}`, which the reader reproduces; CPAN::Meta::YAML itself returns no hash, which CPANTS
/// counts as unparsable. An empty root is a real hash only when written as `{}`.
fn has_empty_flow_map(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w == b"{}")
}
