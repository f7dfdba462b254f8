//! The one entry point every front calls: `lint(bytes, options) -> Report`.

#[cfg(feature = "schema")]
use std::sync::Arc;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::SpecChoice;
use crate::registry::{self, Group, Modes};
use crate::rules::{self, Context};
use crate::source::{self, Format, LineIndex, Value};

/// How strictly to judge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// CPAN::Meta::Validator's judgement, quirks included.
    Compat,
    /// Everything compat finds, plus the spec as written where the Validator is lax.
    #[default]
    Strict,
}

impl std::str::FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "strict" => Ok(Mode::Strict),
            "compat" => Ok(Mode::Compat),
            _ => Err(format!("unknown mode `{s}` (expected strict or compat)")),
        }
    }
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Compat => "compat",
            Mode::Strict => "strict",
        }
    }
}

/// What to lint and how.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LintOptions {
    pub mode: Mode,
    /// The file name, used to pick the format (`.json` is JSON, else YAML) and in reports.
    pub filename: Option<String>,
    /// Overrides the format the file name implies.
    pub format: Option<Format>,
    /// Rule selectors to enable (codes, code prefixes, names, groups, `ALL`); empty means all.
    pub select: Vec<String>,
    /// Rule selectors to disable; wins over `select`.
    pub ignore: Vec<String>,
    /// The user's own schemas for their `x_` keys, compiled once and shared between files.
    #[cfg(feature = "schema")]
    pub schemas: Vec<Arc<crate::schema::UserSchema>>,
    /// The CPAN author ID for the distribution's purl (otherwise taken from `x_authority`).
    pub author: Option<String>,
}

impl LintOptions {
    pub fn new(mode: Mode) -> Self {
        Self {
            mode,
            ..Self::default()
        }
    }

    /// Whether a rule runs under these options.
    pub fn enables(&self, rule: &registry::RuleMeta) -> bool {
        if self.mode == Mode::Compat && rule.modes == Modes::StrictOnly {
            return false;
        }
        let selected = self.select.is_empty()
            || self
                .select
                .iter()
                .any(|s| registry::matches_selector(rule, s));
        selected
            && !self
                .ignore
                .iter()
                .any(|s| registry::matches_selector(rule, s))
    }
}

/// The outcome of linting one file.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Report {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    pub format: Format,
    pub mode: Mode,
    /// Whether `Parse::CPAN::Meta->load_file` reads the file into a hash.
    pub parse_ok: bool,
    /// What Parse::CPAN::Meta would die with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_error: Option<String>,
    /// The spec versions the Validator and the Converter pick (absent when not parsed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<SpecChoice>,
    /// CPAN::Meta::Validator's verdict: parsed and `is_valid`.
    pub valid: bool,
    /// The Validator's error messages (the multiset `->errors` returns), whatever the selection.
    pub validator_errors: Vec<String>,
    /// The distribution's license in SPDX terms (absent when not parsed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<crate::license::LicenseExpression>,
    /// The distribution's Package URL (absent when not parsed or when `name` cannot be a purl name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purl: Option<String>,
    /// The distribution's external (non-CPAN) dependencies from `x_external_prereqs`, as purls
    /// (or `dep:virtual/...` capabilities), for an SBOM; empty when there are none.
    pub external_dependencies: Vec<crate::external::ExternalDependency>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The highest severity among the diagnostics.
    pub fn max_severity(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Lints one META file given as bytes.
pub fn lint(bytes: &[u8], options: &LintOptions) -> Report {
    if let Some(report) = crate::external::cpan_meta_dir::lint_if_cpan_meta(bytes, options) {
        return report; // ext hook: a CPAN-META/ file of the CPAN Metadata v3 draft
    }
    let format = options
        .format
        .or_else(|| options.filename.as_deref().and_then(Format::from_filename))
        .unwrap_or_else(|| Format::sniff(bytes));
    // Built only if a diagnostic needs a position (most files have none).
    let lines = LineIndex::deferred();
    let read = source::read(bytes, format);
    let mut diagnostics = read.diagnostics;
    let mut parse_error = read.perl_error;
    let mut spec = None;
    let mut license = None;
    let mut purl = None;
    let mut external_dependencies = Vec::new();
    if let Some(root) = &read.root {
        if let Value::Object(map) = &root.value {
            let choice = SpecChoice::of(map);
            let cx = Context {
                bytes,
                lines: &lines,
                format,
                root,
                map,
                spec: &choice,
                options,
            };
            rules::check_document(&cx, &mut diagnostics);
            license = Some(crate::license::license_expression(map, &choice));
            purl = crate::purl::meta::dist_purl_text(map, options.author.as_deref());
            external_dependencies = crate::external::external_dependencies(map);
            spec = Some(choice);
        } else if parse_error.is_none() {
            let message = format!(
                "parse result is not a hash (ref: '{}')",
                root.value.perl_ref()
            );
            diagnostics.push(crate::rules::spec::not_a_map(root, &message));
            parse_error = Some(message);
        }
    }
    let parse_ok = parse_error.is_none() && spec.is_some();
    let validator_errors: Vec<String> = if parse_ok {
        diagnostics
            .iter()
            .filter(|d| registry::by_code(&d.code).is_some_and(|r| r.group == Group::Spec))
            .filter_map(|d| d.compat_message.clone())
            .collect()
    } else {
        Vec::new()
    };
    let valid = parse_ok && validator_errors.is_empty();
    diagnostics.retain(|d| registry::by_code(&d.code).is_some_and(|r| options.enables(r)));
    reconcile(&mut diagnostics);
    for d in &mut diagnostics {
        d.location.resolve(bytes, &lines);
        for r in &mut d.related {
            r.location.resolve(bytes, &lines);
        }
    }
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.location.span.map_or(0, |s| s.start);
        key(a).cmp(&key(b)).then_with(|| a.code.cmp(&b.code))
    });
    Report {
        filename: options.filename.clone(),
        format,
        mode: options.mode,
        parse_ok,
        parse_error,
        spec,
        valid,
        validator_errors,
        license,
        purl,
        external_dependencies,
        diagnostics,
    }
}

fn group_of(d: &Diagnostic) -> Option<Group> {
    registry::by_code(&d.code).map(|r| r.group)
}

/// One problem, one finding, among the findings of the enabled rules:
/// - a *refinement* (a strict rule that says precisely what a Validator finding means, such as
///   "`Perl_5`: wrong case, did you mean `perl_5`?") replaces the Validator's finding at the same
///   value, keeping its exact message as `compat_message` and the more severe of the two levels;
/// - a bundled-schema finding is dropped where another rule already reports the same value, since
///   the rules are more specific than a schema keyword.
fn reconcile(diagnostics: &mut Vec<Diagnostic>) {
    let mut i = 0;
    while i < diagnostics.len() {
        let d = &diagnostics[i];
        if registry::is_refinement(&d.code) {
            let target = diagnostics.iter().position(|t| {
                group_of(t) == Some(Group::Spec)
                    && t.location.pointer == diagnostics[i].location.pointer
            });
            if let Some(target) = target {
                let generic = diagnostics.remove(target);
                if target < i {
                    i -= 1;
                }
                let refined = &mut diagnostics[i];
                refined.compat_message = generic.compat_message;
                refined.severity = refined.severity.max(generic.severity);
            }
        } else if group_of(d) == Some(Group::Schema) && is_bundled_schema_finding(d) {
            let pointer = &d.location.pointer;
            let covered = diagnostics
                .iter()
                .any(|o| group_of(o) != Some(Group::Schema) && &o.location.pointer == pointer);
            if covered {
                diagnostics.remove(i);
                continue;
            }
        }
        i += 1;
    }
}

/// Findings of the bundled schemas (strict only), as opposed to the user's own schemas, which
/// always stand.
fn is_bundled_schema_finding(d: &Diagnostic) -> bool {
    registry::by_code(&d.code).is_some_and(|r| r.modes == Modes::StrictOnly)
}
