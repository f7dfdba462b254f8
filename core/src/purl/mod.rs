//! Package URLs (ECMA-427): parse, validate, canonicalise and build, with the per-type rules read
//! from the purl-spec type definitions, and everything cpanmeta knows about the `cpan` type.
//!
//! Why not the `packageurl` crate: at the time of writing it fails about two dozen of the 586 cases of the
//! purl-spec suite, among them every namespace-less `cpan` purl (it still implements the 2024 cpan
//! rules) and the `git` and `brew` cases; see `docs/purl.md`.
//!
//! ```
//! use cpanmeta::purl::Purl;
//! let p = Purl::parse("pkg:cpan/libwww-perl@6.76?author=OALDERS").unwrap();
//! assert_eq!(p.name(), "libwww-perl");
//! assert_eq!(p.qualifier("author"), Some("OALDERS"));
//! let built = Purl::builder("cpan", "DateTime").version("1.55").qualifier("author", "DROLSKY").build().unwrap();
//! assert_eq!(built.to_string(), "pkg:cpan/DateTime@1.55?author=DROLSKY");
//! assert!(Purl::parse("pkg:cpan/LWP::UserAgent@6.76").is_err());
//! ```

pub mod cpan;
pub mod ecosystems;
mod encode;
pub mod index;
pub mod meta;
mod normalise;
mod parse;
pub mod types;
pub mod validate;
pub mod vers;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

pub use encode::{decode, encode};
pub use index::ModuleIndex;
pub use meta::{dist_purl, DistPurl};
pub use parse::{analyse, Analysis};
pub use validate::validate;

/// The parts of a purl, for locating problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Component {
    Scheme,
    Type,
    Namespace,
    Name,
    Version,
    Qualifiers,
    Subpath,
}

impl Component {
    pub fn as_str(self) -> &'static str {
        match self {
            Component::Scheme => "scheme",
            Component::Type => "type",
            Component::Namespace => "namespace",
            Component::Name => "name",
            Component::Version => "version",
            Component::Qualifiers => "qualifiers",
            Component::Subpath => "subpath",
        }
    }
}

impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of rule a purl breaks; the lint maps each to its own rule code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The ECMA-427 syntax: scheme, type characters, escapes, qualifier keys, a missing name.
    Syntax,
    /// A rule of the purl-spec definition of the type (namespace required or prohibited,
    /// permitted characters, required qualifiers).
    TypeRule,
    /// A qualifier key not in lowercase: the spec requires lowercase keys; the lenient parser
    /// lowercases them.
    QualifierKeyCase,
    /// A `cpan` name holding `::`: a module name where the distribution name belongs.
    CpanModuleName,
    /// A `cpan` namespace (a CPAN author ID) not in uppercase.
    CpanNamespaceCase,
}

/// Why a string is not a valid purl, where (a byte range of the input; empty for built purls) and
/// in which component.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("invalid purl {component}: {message}")]
#[non_exhaustive]
pub struct PurlError {
    pub kind: ErrorKind,
    pub component: Component,
    pub span: Range<usize>,
    pub message: String,
}

impl PurlError {
    pub(crate) fn new(
        kind: ErrorKind,
        component: Component,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            component,
            span,
            message: message.into(),
        }
    }
}

/// A valid purl with its components decoded and normalised (lowercased where the type is case
/// insensitive, qualifiers sorted by key). [`Display`](fmt::Display) writes the canonical form.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Purl {
    ty: String,
    namespace: Option<String>,
    name: String,
    version: Option<String>,
    qualifiers: BTreeMap<String, String>,
    subpath: Option<String>,
}

impl Purl {
    /// Parses a purl as the current specification requires (ECMA-427 and the purl-spec type
    /// definitions). Recoverable deviations from the canonical form (an uppercase type, unsorted
    /// qualifiers, stray slashes, case-insensitive components in uppercase) are normalised; a
    /// qualifier key not in lowercase is an error (use [`Purl::parse_lenient`] to accept it).
    pub fn parse(s: &str) -> Result<Purl, PurlError> {
        parse::parse(s, false)
    }

    /// Like [`Purl::parse`], but lowercases qualifier keys instead of rejecting them, as the
    /// specification did until August 2026 (the purl-spec v1.0.1 suite expects this).
    pub fn parse_lenient(s: &str) -> Result<Purl, PurlError> {
        parse::parse(s, true)
    }

    /// Starts building a purl from decoded components.
    pub fn builder(ty: impl Into<String>, name: impl Into<String>) -> PurlBuilder {
        PurlBuilder {
            ty: ty.into(),
            name: name.into(),
            ..PurlBuilder::default()
        }
    }

    pub fn ty(&self) -> &str {
        &self.ty
    }

    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }

    pub fn qualifiers(&self) -> &BTreeMap<String, String> {
        &self.qualifiers
    }

    pub fn qualifier(&self, key: &str) -> Option<&str> {
        self.qualifiers.get(key).map(String::as_str)
    }

    pub fn subpath(&self) -> Option<&str> {
        self.subpath.as_deref()
    }

    /// The components as the purl-spec test suites write them.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "type": self.ty,
            "namespace": self.namespace,
            "name": self.name,
            "version": self.version,
            "qualifiers": if self.qualifiers.is_empty() { serde_json::Value::Null } else { serde_json::json!(self.qualifiers) },
            "subpath": self.subpath,
        })
    }
}

/// Writes the canonical form.
impl fmt::Display for Purl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "pkg:{}/", self.ty)?;
        if let Some(ns) = &self.namespace {
            for seg in ns.split('/') {
                write!(f, "{}/", encode(seg))?;
            }
        }
        if types::namespace_segments(&self.ty).is_some() {
            let segs: Vec<String> = self.name.split('/').map(encode).collect();
            f.write_str(&segs.join("/"))?;
        } else {
            f.write_str(&encode(&self.name))?;
        }
        if let Some(v) = &self.version {
            write!(f, "@{}", encode(v))?;
        }
        let mut sep = '?';
        for (k, v) in &self.qualifiers {
            write!(f, "{sep}{k}={}", encode(v))?;
            sep = '&';
        }
        if let Some(sp) = &self.subpath {
            let segs: Vec<String> = sp.split('/').map(encode).collect();
            write!(f, "#{}", segs.join("/"))?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Purl {
    type Err = PurlError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Purl::parse(s)
    }
}

impl serde::Serialize for Purl {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Builds a purl from decoded components, applying the same rules as parsing.
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct PurlBuilder {
    ty: String,
    namespace: Option<String>,
    name: String,
    version: Option<String>,
    qualifiers: Vec<(String, String)>,
    subpath: Option<String>,
}

impl PurlBuilder {
    /// The namespace, `/`-separated segments.
    pub fn namespace(mut self, ns: impl Into<String>) -> Self {
        self.namespace = Some(ns.into());
        self
    }

    pub fn version(mut self, v: impl Into<String>) -> Self {
        self.version = Some(v.into());
        self
    }

    /// Adds a qualifier; an empty value is dropped, as the specification says.
    pub fn qualifier(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.qualifiers.push((key.into(), value.into()));
        self
    }

    /// The subpath, `/`-separated segments.
    pub fn subpath(mut self, sp: impl Into<String>) -> Self {
        self.subpath = Some(sp.into());
        self
    }

    pub fn build(self) -> Result<Purl, PurlError> {
        parse::build(self)
    }
}

#[cfg(test)]
mod tests;
