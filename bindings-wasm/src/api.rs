//! The package's API as plain Rust: JSON text in, JSON text out.
//!
//! The wasm-bindgen layer (`lib.rs`) only forwards to these functions, so everything here runs
//! in host unit tests. Results cross into JavaScript as JSON text that the wrapper `JSON.parse`s:
//! the report is then byte-for-byte the object `cpanmeta lint --format json` prints for the file
//! (serde_json on both sides), and the module carries no per-type conversion code.

use cpanmeta::render::FileReport;
use cpanmeta::{LintOptions, Mode};
use serde::Serialize;
use serde_json::{Map, Value};

/// Same bound as the CLI: META files are kilobytes; anything past this is not one.
pub const MAX_SOURCE_BYTES: usize = 64 * 1024 * 1024;

/// Why a call could not run; becomes the `code` of the JS `Error` the wrapper throws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// An option has a wrong type or value, or names no rule.
    InvalidOption,
    /// The source is not something a META file can be (too large).
    UnsupportedInput,
    /// A version, range or purl given to one of the value functions does not parse.
    InvalidValue,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub(crate) fn value(message: impl Into<String>) -> Self {
        Self {
            code: ErrorCode::InvalidValue,
            message: message.into(),
        }
    }

    fn option(message: impl Into<String>) -> Self {
        Self {
            code: ErrorCode::InvalidOption,
            message: message.into(),
        }
    }
}

/// What crosses into JavaScript: `{"ok": <result>}` or `{"error": {"code", "message"}}`.
#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum Envelope<T> {
    Ok(T),
    Error(ApiError),
}

pub(crate) fn envelope<T: Serialize>(result: Result<T, ApiError>) -> String {
    let value = match result {
        Ok(v) => Envelope::Ok(v),
        Err(e) => Envelope::Error(e),
    };
    serde_json::to_string(&value).unwrap_or_else(|e| {
        // Serialising plain data cannot fail; if it ever does, say so instead of trapping.
        format!(
            r#"{{"error":{{"code":"INTERNAL","message":{}}}}}"#,
            Value::String(format!("cannot serialise the result: {e}"))
        )
    })
}

/// Reads the options object (JSON text of `{filename?, mode?, select?, ignore?}`).
pub fn parse_options(text: &str) -> Result<LintOptions, ApiError> {
    let value: Value = if text.trim().is_empty() {
        Value::Object(Map::new())
    } else {
        serde_json::from_str(text).map_err(|e| ApiError::option(format!("options: {e}")))?
    };
    let map = match value {
        Value::Object(map) => map,
        Value::Null => Map::new(),
        other => {
            return Err(ApiError::option(format!(
                "options must be an object, not {}",
                json_type(&other)
            )))
        }
    };
    let mut options = LintOptions::new(Mode::Strict);
    for (key, value) in map {
        match key.as_str() {
            "filename" => {
                options.filename = match value {
                    Value::Null => None,
                    Value::String(s) => Some(s),
                    other => return Err(wrong_type("filename", "a string", &other)),
                }
            }
            "mode" => {
                options.mode = match value {
                    Value::Null => Mode::Strict,
                    Value::String(s) => s.parse().map_err(ApiError::option)?,
                    other => return Err(wrong_type("mode", "\"strict\" or \"compat\"", &other)),
                }
            }
            "select" => options.select = selectors("select", value)?,
            "ignore" => options.ignore = selectors("ignore", value)?,
            other => {
                return Err(ApiError::option(format!(
                    "unknown option `{other}` (expected filename, mode, select or ignore)"
                )))
            }
        }
    }
    Ok(options)
}

fn selectors(key: &str, value: Value) -> Result<Vec<String>, ApiError> {
    let items = match value {
        Value::Null => return Ok(Vec::new()),
        Value::Array(items) => items,
        other => return Err(wrong_type(key, "an array of strings", &other)),
    };
    let selectors = items
        .into_iter()
        .map(|item| match item {
            Value::String(s) => Ok(s),
            other => Err(wrong_type(key, "an array of strings", &other)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    cpanmeta::registry::check_selectors(&selectors)
        .map_err(|e| ApiError::option(format!("{key}: {e}")))?;
    Ok(selectors)
}

fn wrong_type(key: &str, expected: &str, got: &Value) -> ApiError {
    ApiError::option(format!("{key} must be {expected}, not {}", json_type(got)))
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Lints one META document. The report is the file's entry of `cpanmeta lint --format json`:
/// `path` is the filename option, or `-` as for standard input.
pub fn lint(source: &[u8], options: &str) -> String {
    envelope(lint_inner(source, options))
}

fn lint_inner(source: &[u8], options: &str) -> Result<Value, ApiError> {
    let options = parse_options(options)?;
    if source.len() > MAX_SOURCE_BYTES {
        return Err(ApiError {
            code: ErrorCode::UnsupportedInput,
            message: format!(
                "the source is {} bytes, more than {MAX_SOURCE_BYTES}; not a META file",
                source.len()
            ),
        });
    }
    let report = cpanmeta::lint(source, &options);
    let path = options.filename.as_deref().unwrap_or("-");
    serde_json::to_value(FileReport {
        path,
        report: &report,
    })
    .map_err(|e| ApiError {
        code: ErrorCode::UnsupportedInput,
        message: e.to_string(),
    })
}

/// Every rule: code, name, group, severity, modes, summary, docs (Markdown) and url.
pub fn rules() -> String {
    let list: Vec<Value> = cpanmeta::registry::all()
        .map(|r| {
            serde_json::json!({
                "code": r.code, "name": r.name, "group": r.group, "severity": r.severity,
                "modes": r.modes, "summary": r.summary(), "docs": r.docs(), "url": r.docs_anchor(),
            })
        })
        .collect();
    envelope::<Vec<Value>>(Ok(list))
}

/// The version of the core this module was built from.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(json: &str) -> (String, String) {
        let v: Value = serde_json::from_str(json).expect("envelope is JSON");
        let e = &v["error"];
        (
            e["code"].as_str().expect("code").to_owned(),
            e["message"].as_str().expect("message").to_owned(),
        )
    }

    #[test]
    fn empty_or_null_options_mean_strict_with_every_rule() {
        for text in ["", "{}", "null"] {
            let o = parse_options(text).expect(text);
            assert_eq!(o.mode, Mode::Strict);
            assert!(o.filename.is_none() && o.select.is_empty() && o.ignore.is_empty());
        }
    }

    #[test]
    fn options_are_read_by_name() {
        let o = parse_options(
            r#"{"filename":"META.yml","mode":"compat","select":["CM2"],"ignore":["CM200"]}"#,
        )
        .expect("valid options");
        assert_eq!(o.filename.as_deref(), Some("META.yml"));
        assert_eq!(o.mode, Mode::Compat);
        assert_eq!(o.select, ["CM2"]);
        assert_eq!(o.ignore, ["CM200"]);
    }

    #[test]
    fn a_mistyped_option_is_an_invalid_option_error() {
        let cases = [
            (r#"{"mode":"lenient"}"#, "unknown mode `lenient`"),
            (
                r#"{"mode":1}"#,
                "mode must be \"strict\" or \"compat\", not a number",
            ),
            (
                r#"{"select":"CM101"}"#,
                "select must be an array of strings, not a string",
            ),
            (
                r#"{"ignore":[1]}"#,
                "ignore must be an array of strings, not a number",
            ),
            (
                r#"{"select":["nope-no-rule"]}"#,
                "`nope-no-rule` names no rule",
            ),
            (
                r#"{"filename":true}"#,
                "filename must be a string, not a boolean",
            ),
            (r#"{"mod":"compat"}"#, "unknown option `mod`"),
            ("[]", "options must be an object, not an array"),
        ];
        for (text, expected) in cases {
            let err = parse_options(text).expect_err(text);
            assert_eq!(err.code, ErrorCode::InvalidOption, "{text}");
            assert!(err.message.contains(expected), "{text}: {}", err.message);
        }
    }

    #[test]
    fn lint_reports_option_errors_in_the_envelope_without_linting() {
        let (code, message) = error_of(&lint(b"{}", r#"{"mode":"lenient"}"#));
        assert_eq!(code, "INVALID_OPTION");
        assert!(message.contains("lenient"));
    }

    #[test]
    fn an_oversized_source_is_refused() {
        let big = vec![b' '; MAX_SOURCE_BYTES + 1];
        let (code, _) = error_of(&lint(&big, "{}"));
        assert_eq!(code, "UNSUPPORTED_INPUT");
    }

    #[test]
    fn rules_lists_every_registered_rule_with_its_docs() {
        let v: Value = serde_json::from_str(&rules()).expect("JSON");
        let list = v["ok"].as_array().expect("ok: array");
        assert_eq!(list.len(), cpanmeta::registry::all().count());
        for r in list {
            for key in [
                "code", "name", "group", "severity", "modes", "summary", "docs", "url",
            ] {
                assert!(r.get(key).is_some(), "{key} missing in {r}");
            }
            assert!(r["docs"]
                .as_str()
                .is_some_and(|d| d.contains("## What it does")));
        }
    }
}
