//! The one diagnostic data model every front shares (Rust, JSON, Python, JS).
//!
//! Findings are values, never `Err`: a META file full of mistakes is a successful lint with many
//! diagnostics. Each diagnostic names its rule by a stable code and a kebab-case name, and locates
//! itself by an RFC 6901 JSON pointer *and* a byte span with line/column in the original bytes.

use serde::{Deserialize, Serialize};

use crate::registry::RuleMeta;
use crate::source::{LineCol, LineIndex, Span};

/// How serious a finding is, after configuration overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" | "warn" => Ok(Severity::Warning),
            "error" | "deny" => Ok(Severity::Error),
            _ => Err(format!(
                "unknown severity `{s}` (expected error, warning or info)"
            )),
        }
    }
}

/// Where a finding is. `pointer` is always set (`""` is the whole document); the span and
/// positions are set whenever the location exists in the source (a *missing* key is located at
/// the enclosing map).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Location {
    pub pointer: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<LineCol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<LineCol>,
}

impl Location {
    pub fn new(pointer: impl Into<String>, span: Option<Span>) -> Self {
        Self {
            pointer: pointer.into(),
            span,
            start: None,
            end: None,
        }
    }

    /// Fills `start` / `end` from the span.
    pub fn resolve(&mut self, bytes: &[u8], index: &LineIndex) {
        if let Some(span) = self.span {
            self.start = Some(index.line_col(bytes, span.start));
            self.end = Some(index.line_col(bytes, span.end));
        }
    }
}

/// A secondary location with a note ("first defined here").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Related {
    pub message: String,
    pub location: Location,
    /// The file the location is in, when it is not the diagnostic's own file (a finding across
    /// the META files of one distribution).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// Whether applying a fix can change meaning (ruff's applicability, reduced to two levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the meaning the author evidently intended; applied by `--fix`.
    Safe,
    /// May change meaning; applied only with `--unsafe-fixes`.
    Unsafe,
}

/// Replace the bytes of `span` with `content`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub span: Span,
    pub content: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Stable code, never reused (`CM101`).
    pub code: String,
    /// Kebab-case rule name (`missing-mandatory-field`).
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub location: Location,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// CPAN::Meta::Validator's exact message for this finding, where the Validator reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compat_message: Option<String>,
    /// The spec section a strict-only finding relies on (`CPAN::Meta::Spec, "version"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// Anchor of the rule's documentation (`docs/rules.md#CM101`).
    pub docs: String,
}

/// Puts findings in the order of their place in the file (then by code), as every report and
/// every front shows them; findings with no place come first.
pub fn sort_in_source_order(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.location.span.map_or(0, |s| s.start);
        key(a).cmp(&key(b)).then_with(|| a.code.cmp(&b.code))
    });
}

impl Diagnostic {
    /// A diagnostic of `rule` at its default severity.
    pub fn new(rule: &RuleMeta, message: impl Into<String>, location: Location) -> Self {
        Self {
            code: rule.code.to_owned(),
            rule: rule.name.to_owned(),
            severity: rule.severity,
            message: message.into(),
            help: None,
            location,
            related: Vec::new(),
            compat_message: None,
            spec: None,
            fix: None,
            docs: rule.docs_anchor(),
        }
    }

    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    #[must_use]
    pub fn with_compat_message(mut self, message: impl Into<String>) -> Self {
        self.compat_message = Some(message.into());
        self
    }

    #[must_use]
    pub fn with_spec(mut self, spec: impl Into<String>) -> Self {
        self.spec = Some(spec.into());
        self
    }

    #[must_use]
    pub fn with_related(mut self, message: impl Into<String>, location: Location) -> Self {
        self.related.push(Related {
            message: message.into(),
            location,
            file: None,
        });
        self
    }

    /// A related location in another file.
    #[must_use]
    pub fn with_related_in(
        mut self,
        file: impl Into<String>,
        message: impl Into<String>,
        location: Location,
    ) -> Self {
        self.related.push(Related {
            message: message.into(),
            location,
            file: Some(file.into()),
        });
        self
    }

    #[must_use]
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}
