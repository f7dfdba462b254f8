//! Reads `cpanmeta.toml` with the toml crate's span-keeping parser and checks every setting,
//! turning each mistake into a diagnostic of the `config` group.

use std::borrow::Cow;
use std::fmt::Write as _;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{
    path_missing::PATH_MISSING, syntax_error::SYNTAX_ERROR, unknown_key::UNKNOWN_KEY,
    unknown_level::UNKNOWN_LEVEL, unknown_mode::UNKNOWN_MODE, unknown_selector::UNKNOWN_SELECTOR,
    wrong_type::WRONG_TYPE, Settings, KEYS,
};
use crate::diagnostic::{Diagnostic, Location};
use crate::lint::{Level, Mode, Report};
use crate::model::spec_keys::edit_distance;
use crate::registry::{self, RuleMeta};
use crate::source::{Format, LineIndex, Span};

/// What a configuration file says, and what is wrong with it.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfigRead {
    pub settings: Settings,
    /// The file's mistakes, located (line and column filled in).
    pub diagnostics: Vec<Diagnostic>,
    /// What the TOML parser said, when the file could not be read at all.
    pub parse_error: Option<String>,
}

/// Reads a configuration file. `exists(path)` says whether a path as written in the file
/// (relative to the file's directory) names a file; the caller does that I/O.
pub fn read(bytes: &[u8], exists: &dyn Fn(&str) -> bool) -> ConfigRead {
    let mut out = ConfigRead::default();
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let message = format!("the configuration file is not UTF-8 (at byte {at})");
            push(
                &mut out.diagnostics,
                &SYNTAX_ERROR,
                message.clone(),
                "",
                Span::new(at, at + 1),
            );
            out.parse_error = Some(message);
            locate(bytes, &mut out.diagnostics);
            return out;
        }
    };
    match DeTable::parse(text) {
        Ok(table) => {
            let mut r = Reader {
                exists,
                settings: Settings::default(),
                diagnostics: Vec::new(),
            };
            r.top(table.get_ref());
            out.settings = r.settings;
            out.diagnostics = r.diagnostics;
        }
        Err(e) => {
            let span = e
                .span()
                .map_or(Span::new(0, 0), |s| Span::new(s.start, s.end));
            let message = e.message().trim().to_owned();
            push(
                &mut out.diagnostics,
                &SYNTAX_ERROR,
                format!("not valid TOML: {message}"),
                "",
                span,
            );
            out.parse_error = Some(message);
        }
    }
    locate(bytes, &mut out.diagnostics);
    out
}

/// Reads a configuration file into its settings and its findings as a [`Report`], so that fronts
/// render and count them like any META file's.
pub fn lint_config(
    bytes: &[u8],
    filename: &str,
    exists: &dyn Fn(&str) -> bool,
) -> (Settings, Report) {
    let read = read(bytes, exists);
    let parse_ok = read.parse_error.is_none();
    let valid = parse_ok
        && !read
            .diagnostics
            .iter()
            .any(|d| d.severity == crate::Severity::Error);
    let report = Report::of_other_file(
        Some(filename.to_owned()),
        Format::Toml,
        read.settings.mode.unwrap_or_default(),
        (parse_ok, read.parse_error),
        valid,
        read.diagnostics,
    );
    (read.settings, report)
}

fn push(out: &mut Vec<Diagnostic>, rule: &RuleMeta, message: String, pointer: &str, span: Span) {
    out.push(Diagnostic::new(
        rule,
        message,
        Location::new(pointer, Some(span)),
    ));
}

/// Fills in line and column, and puts the findings in file order (the parser's tables are
/// sorted by key).
fn locate(bytes: &[u8], diagnostics: &mut [Diagnostic]) {
    crate::diagnostic::sort_in_source_order(diagnostics);
    let lines = LineIndex::new(bytes);
    for d in diagnostics {
        d.location.resolve(bytes, &lines);
    }
}

fn span_of<T>(s: &Spanned<T>) -> Span {
    let r = s.span();
    Span::new(r.start, r.end)
}

fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    candidates
        .map(|c| (edit_distance(&lower, c), c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

struct Reader<'e> {
    exists: &'e dyn Fn(&str) -> bool,
    settings: Settings,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn report(&mut self, rule: &RuleMeta, message: String, pointer: &str, span: Span) {
        push(&mut self.diagnostics, rule, message, pointer, span);
    }

    fn wrong_type(&mut self, key: &str, expected: &str, value: &Spanned<DeValue<'_>>) {
        self.report(
            &WRONG_TYPE,
            format!(
                "`{key}` must be {expected}, not {}",
                type_name(value.get_ref())
            ),
            &format!("/{key}"),
            span_of(value),
        );
    }

    fn top(&mut self, table: &DeTable<'_>) {
        for (key, value) in table {
            let name: &str = key.get_ref();
            match name {
                "mode" => self.mode(value),
                "select" => self.settings.select = self.selectors("select", value),
                "ignore" => {
                    self.settings.ignore = self.selectors("ignore", value).unwrap_or_default();
                }
                "rules" => self.rules(value),
                "schemas" => self.schemas(value),
                "author" => self.settings.author = self.string("author", value),
                "index" => {
                    if let Some(path) = self.string("index", value) {
                        if (self.exists)(&path) {
                            self.settings.index = Some(path);
                        } else {
                            self.missing("/index", &path, span_of(value));
                        }
                    }
                }
                _ => {
                    let mut message = format!("unknown key `{name}`");
                    let help = closest(name, KEYS.iter().copied());
                    if let Some(k) = help {
                        let _ = write!(message, "; did you mean `{k}`?");
                    }
                    let mut d = Diagnostic::new(
                        &UNKNOWN_KEY,
                        message,
                        Location::new(format!("/{name}"), Some(span_of(key))),
                    )
                    .with_help(format!("the keys are {}", KEYS.join(", ")));
                    if name == "cpanmeta" || name == "tool" {
                        d = d.with_help(
                            "cpanmeta.toml holds the settings at its top level, not in a table",
                        );
                    }
                    self.diagnostics.push(d);
                }
            }
        }
    }

    fn string(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<String> {
        if let DeValue::String(s) = value.get_ref() {
            Some(s.to_string())
        } else {
            self.wrong_type(key, "a string", value);
            None
        }
    }

    fn mode(&mut self, value: &Spanned<DeValue<'_>>) {
        let Some(text) = self.string("mode", value) else {
            return;
        };
        match text.parse::<Mode>() {
            Ok(m) => self.settings.mode = Some(m),
            Err(_) => self.report(
                &UNKNOWN_MODE,
                format!("unknown mode `{text}` (expected `strict` or `compat`)"),
                "/mode",
                span_of(value),
            ),
        }
    }

    /// An array of strings, each a known rule selector; unknown selectors are reported and
    /// dropped.
    fn selectors(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<Vec<String>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, "an array of rule selectors", value);
            return None;
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let pointer = format!("/{key}/{i}");
            let DeValue::String(s) = item.get_ref() else {
                self.report(
                    &WRONG_TYPE,
                    format!(
                        "`{key}` must be an array of strings, but item {i} is {}",
                        type_name(item.get_ref())
                    ),
                    &pointer,
                    span_of(item),
                );
                continue;
            };
            if self.selector_known(s, &pointer, span_of(item)) {
                out.push(s.to_string());
            }
        }
        Some(out)
    }

    fn selector_known(&mut self, selector: &str, pointer: &str, span: Span) -> bool {
        if registry::selector_is_known(selector) {
            return true;
        }
        let mut message = format!("`{selector}` names no rule");
        let names = registry::all().map(|r| r.name);
        if let Some(m) = closest(selector, names) {
            let _ = write!(message, "; did you mean `{m}`?");
        }
        self.diagnostics.push(
            Diagnostic::new(
                &UNKNOWN_SELECTOR,
                message,
                Location::new(pointer, Some(span)),
            )
            .with_help(
                "use a code (CM203), a code prefix (CM2), a rule name, a group name or ALL; \
                     `cpanmeta rules` lists them",
            ),
        );
        false
    }

    fn rules(&mut self, value: &Spanned<DeValue<'_>>) {
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_type("rules", "a table of rule selector = level", value);
            return;
        };
        for (key, level) in table {
            let selector: &Cow<'_, str> = key.get_ref();
            let pointer = format!("/rules/{selector}");
            let DeValue::String(text) = level.get_ref() else {
                self.report(
                    &WRONG_TYPE,
                    format!(
                        "the level of `{selector}` must be a string (allow, warn or deny), not {}",
                        type_name(level.get_ref())
                    ),
                    &pointer,
                    span_of(level),
                );
                continue;
            };
            let known = self.selector_known(selector, &pointer, span_of(key));
            match text.parse::<Level>() {
                Ok(l) if known => self.settings.rules.push((selector.to_string(), l)),
                Ok(_) => {}
                Err(_) => self.report(
                    &UNKNOWN_LEVEL,
                    format!(
                        "unknown level `{text}` for `{selector}` (expected allow, warn or deny)"
                    ),
                    &pointer,
                    span_of(level),
                ),
            }
        }
    }

    fn schemas(&mut self, value: &Spanned<DeValue<'_>>) {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type("schemas", "an array of paths", value);
            return;
        };
        for (i, item) in items.iter().enumerate() {
            let pointer = format!("/schemas/{i}");
            let DeValue::String(path) = item.get_ref() else {
                self.report(
                    &WRONG_TYPE,
                    format!(
                        "`schemas` must be an array of paths, but item {i} is {}",
                        type_name(item.get_ref())
                    ),
                    &pointer,
                    span_of(item),
                );
                continue;
            };
            if (self.exists)(path) {
                self.settings.schemas.push(path.to_string());
            } else {
                self.missing(&pointer, path, span_of(item));
            }
        }
    }

    fn missing(&mut self, pointer: &str, path: &str, span: Span) {
        self.diagnostics.push(
            Diagnostic::new(
                &PATH_MISSING,
                format!("`{path}` does not exist"),
                Location::new(pointer, Some(span)),
            )
            .with_help("paths are relative to the directory of the configuration file"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(String, String)> {
        read(text.as_bytes(), &|p| p == "here.json")
            .diagnostics
            .into_iter()
            .map(|d| (d.code, d.location.pointer))
            .collect()
    }

    #[test]
    fn findings_come_in_file_order() {
        let d = read(b"zz = 1\naa = 2\nmode = 3", &|_| true).diagnostics;
        let lines: Vec<u32> = d.iter().map(|d| d.location.start.unwrap().line).collect();
        assert_eq!(lines, [1, 2, 3]);
    }

    #[test]
    fn a_complete_file_reads_into_settings() {
        let r = read(
            br#"mode = "compat"
select = ["CM1", "strict"]
ignore = ["CM203"]
schemas = ["here.json"]
author = "ETHER"
[rules]
CM208 = "deny"
license = "warn"
"#,
            &|p| p == "here.json",
        );
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        let s = r.settings;
        assert_eq!(s.mode, Some(Mode::Compat));
        assert_eq!(s.select, Some(vec!["CM1".to_owned(), "strict".to_owned()]));
        assert_eq!(s.ignore, ["CM203"]);
        assert_eq!(s.schemas, ["here.json"]);
        assert_eq!(s.author.as_deref(), Some("ETHER"));
        assert_eq!(
            s.rules,
            [
                ("CM208".to_owned(), Level::Deny),
                ("license".to_owned(), Level::Warn)
            ]
        );
    }

    #[test]
    fn each_mistake_is_a_located_finding() {
        assert_eq!(
            codes("select = [\"CM1\""),
            [("CM900".into(), String::new())]
        );
        assert_eq!(codes("ignroe = []"), [("CM901".into(), "/ignroe".into())]);
        assert_eq!(
            codes("ignore = \"CM203\""),
            [("CM902".into(), "/ignore".into())]
        );
        assert_eq!(
            codes("mode = \"lenient\""),
            [("CM903".into(), "/mode".into())]
        );
        assert_eq!(
            codes("select = [\"CM2003\"]"),
            [("CM904".into(), "/select/0".into())]
        );
        assert_eq!(
            codes("[rules]\nCM203 = \"off\""),
            [("CM905".into(), "/rules/CM203".into())]
        );
        assert_eq!(
            codes("schemas = [\"gone.json\"]"),
            [("CM906".into(), "/schemas/0".into())]
        );
        let d = read(b"\n  ignroe = []", &|_| true).diagnostics;
        let at = d[0].location.start.unwrap();
        assert_eq!((at.line, at.column), (2, 3));
        assert!(
            d[0].message.contains("did you mean `ignore`?"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn a_misspelled_rule_name_gets_a_suggestion() {
        let d = read(b"[rules]\nkeyword-whitespaces = \"allow\"", &|_| true).diagnostics;
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.contains("did you mean `keyword-whitespace`?"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn not_utf8_is_a_syntax_error() {
        let r = read(b"mode = \"\xff\"", &|_| true);
        assert_eq!(r.diagnostics[0].code, "CM900");
        assert!(r.parse_error.is_some());
    }
}
