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
    /// Per-rule levels (`[rules]` in `cpanmeta.toml`, `-A/-W/-D`): the most specific selector
    /// that matches a rule decides its level (see [`LintOptions::level_of`]).
    pub levels: Vec<LevelOverride>,
}

/// What a per-rule level does to a rule's findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule is off.
    Allow,
    /// Its findings are warnings.
    Warn,
    /// Its findings are errors.
    Deny,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "allow" => Ok(Level::Allow),
            "warn" => Ok(Level::Warn),
            "deny" => Ok(Level::Deny),
            _ => Err(format!(
                "unknown level `{s}` (expected allow, warn or deny)"
            )),
        }
    }
}

/// Where a per-rule level was set; on equally specific selectors the command line wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LevelOrigin {
    /// `[rules]` in a configuration file.
    File,
    /// `-A/--allow`, `-W/--warn`, `-D/--deny`.
    CommandLine,
}

/// One per-rule level: `CM203 = "deny"`, `-W strict`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LevelOverride {
    /// A rule selector (code, code prefix, rule name, group, `ALL`).
    pub selector: String,
    pub level: Level,
    pub origin: LevelOrigin,
}

impl LevelOverride {
    pub fn new(selector: impl Into<String>, level: Level, origin: LevelOrigin) -> Self {
        Self {
            selector: selector.into(),
            level,
            origin,
        }
    }
}

/// How precisely `selector` names `rule`: `ALL` 0, a code prefix its length (`CM` 2, `CM2` 3,
/// `CM20` 4), a group 3 (as precise as the one-digit prefix of its range), a code or a rule
/// name 5.
fn specificity(rule: &registry::RuleMeta, selector: &str) -> usize {
    if selector.eq_ignore_ascii_case("all") {
        0
    } else if rule.name == selector || rule.code.eq_ignore_ascii_case(selector) {
        5
    } else if rule.group.as_str() == selector {
        3
    } else {
        selector.len().min(4)
    }
}

impl LintOptions {
    pub fn new(mode: Mode) -> Self {
        Self {
            mode,
            ..Self::default()
        }
    }

    /// The level set for `rule`, if any: of the overrides whose selector matches it, the most
    /// specific selector wins; between equally specific ones the command line wins over the
    /// file, and then the later one wins.
    pub fn level_of(&self, rule: &registry::RuleMeta) -> Option<Level> {
        self.levels
            .iter()
            .enumerate()
            .filter(|(_, o)| registry::matches_selector(rule, &o.selector))
            .max_by_key(|(i, o)| (specificity(rule, &o.selector), o.origin, *i))
            .map(|(_, o)| o.level)
    }

    /// Sets each finding's severity from its rule's level (`warn` → warning, `deny` → error).
    /// Runs after the rules, so a diagnostic carries the overridden severity.
    pub fn apply_levels(&self, diagnostics: &mut [Diagnostic]) {
        if self.levels.is_empty() {
            return;
        }
        for d in diagnostics {
            match registry::by_code(&d.code).and_then(|r| self.level_of(r)) {
                Some(Level::Warn) => d.severity = Severity::Warning,
                Some(Level::Deny) => d.severity = Severity::Error,
                Some(Level::Allow) | None => {}
            }
        }
    }

    /// Whether a rule runs under these options.
    pub fn enables(&self, rule: &registry::RuleMeta) -> bool {
        if self.mode == Mode::Compat && rule.modes == Modes::StrictOnly {
            return false;
        }
        if !self.levels.is_empty() && self.level_of(rule) == Some(Level::Allow) {
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
    /// The report of a file that is not a META file (a `CPAN-META/` file, a `cpanmeta.toml`):
    /// no spec version, Validator messages, license, purl or external dependencies.
    pub(crate) fn of_other_file(
        filename: Option<String>,
        format: Format,
        mode: Mode,
        (parse_ok, parse_error): (bool, Option<String>),
        valid: bool,
        diagnostics: Vec<Diagnostic>,
    ) -> Self {
        Self {
            filename,
            format,
            mode,
            parse_ok,
            parse_error,
            spec: None,
            valid,
            validator_errors: Vec::new(),
            license: None,
            purl: None,
            external_dependencies: Vec::new(),
            diagnostics,
        }
    }

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
    finish_diagnostics(&mut diagnostics, bytes, &lines, options);
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

/// What every report's findings go through once the rules have run, whatever the file (META,
/// a `CPAN-META/` file, a conversion): the rules the options leave out are dropped, refinements
/// replace the Validator's finding they refine, per-rule levels set the severity, places get
/// their line and column, and the findings are put in source order.
pub(crate) fn finish_diagnostics(
    diagnostics: &mut Vec<Diagnostic>,
    bytes: &[u8],
    lines: &LineIndex,
    options: &LintOptions,
) {
    diagnostics.retain(|d| registry::by_code(&d.code).is_some_and(|r| options.enables(r)));
    reconcile(diagnostics);
    options.apply_levels(diagnostics);
    for d in diagnostics.iter_mut() {
        d.location.resolve(bytes, lines);
        for r in &mut d.related {
            r.location.resolve(bytes, lines);
        }
    }
    crate::diagnostic::sort_in_source_order(diagnostics);
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

#[cfg(test)]
mod level_tests {
    use super::*;

    fn with(levels: &[(&str, Level, LevelOrigin)]) -> LintOptions {
        let mut o = LintOptions::new(Mode::Strict);
        o.levels = levels
            .iter()
            .map(|(s, l, g)| LevelOverride::new(*s, *l, *g))
            .collect();
        o
    }

    fn keyword_rule() -> &'static registry::RuleMeta {
        registry::by_code("CM203").unwrap()
    }

    #[test]
    fn the_most_specific_selector_wins_whatever_the_order() {
        use Level::{Allow, Deny, Warn};
        use LevelOrigin::{CommandLine, File};
        let r = keyword_rule();
        assert_eq!(
            with(&[("CM203", Warn, File), ("strict", Deny, File)]).level_of(r),
            Some(Warn)
        );
        assert_eq!(
            with(&[("ALL", Allow, CommandLine), ("CM2", Deny, File)]).level_of(r),
            Some(Deny)
        );
        assert_eq!(
            with(&[
                ("keyword-whitespace", Allow, File),
                ("CM20", Deny, CommandLine)
            ])
            .level_of(r),
            Some(Allow)
        );
        assert_eq!(with(&[("CM1", Deny, File)]).level_of(r), None);
    }

    #[test]
    fn on_a_tie_the_command_line_wins_then_the_later_one() {
        use Level::{Deny, Warn};
        use LevelOrigin::{CommandLine, File};
        let r = keyword_rule();
        assert_eq!(
            with(&[("CM203", Warn, CommandLine), ("CM203", Deny, File)]).level_of(r),
            Some(Warn)
        );
        assert_eq!(
            with(&[("CM203", Warn, File), ("CM203", Deny, File)]).level_of(r),
            Some(Deny)
        );
    }

    #[test]
    fn levels_change_the_reported_severity_and_allow_turns_a_rule_off() {
        let doc = br#"{"name":"Foo","version":"1","abstract":"x","author":["a"],"license":["perl_5"],"dynamic_config":0,"release_status":"stable","generated_by":"x","meta-spec":{"version":2},"keywords":["web framework"]}"#;
        let mut o = with(&[("CM203", Level::Warn, LevelOrigin::File)]);
        o.filename = Some("META.json".into());
        let report = lint(doc, &o);
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.code == "CM203")
            .unwrap();
        assert_eq!(d.severity, Severity::Warning);
        o.levels[0].level = Level::Allow;
        assert!(!lint(doc, &o).diagnostics.iter().any(|d| d.code == "CM203"));
        o.levels[0].level = Level::Deny;
        o.levels.push(LevelOverride::new(
            "CM208",
            Level::Deny,
            LevelOrigin::CommandLine,
        ));
        let report = lint(doc, &o);
        assert_eq!(
            report
                .diagnostics
                .iter()
                .find(|d| d.code == "CM203")
                .unwrap()
                .severity,
            Severity::Error
        );
    }
}
