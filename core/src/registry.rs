//! The one table of every rule: code, name, group, default severity, and the modes it runs in.
//!
//! Each rule is declared once, in its own file under `rules/<group>/`, with [`declare_rule!`]; its
//! doc comment *is* its documentation (what it does, why it matters, example, how to fix, spec
//! reference). The group's `mod.rs` lists its rules in a `RULES` slice and [`all`] chains the
//! groups. Tests fail when a declared rule is not listed, when codes or names collide, and when a
//! rule has no failing fixture.

use crate::diagnostic::{Applicability, Severity};

/// Where the project's rule documentation lives; every diagnostic links to `DOCS_BASE#CODE`.
pub const DOCS_BASE: &str = "https://github.com/cpan-security/cpanmeta/blob/main/docs/rules.md";

/// The family a rule belongs to; each has a code range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// CM001–CM019: reading META.json.
    Json,
    /// CM020–CM049: reading META.yml.
    Yaml,
    /// CM100–CM199: CPAN::Meta::Validator's checks (compat and strict).
    Spec,
    /// CM200–CM299: the spec as written, where the Validator is lax (strict only).
    Strict,
    /// CM300–CM349: JSON Schema validation (bundled extension schemas and the user's own).
    Schema,
    /// CM350–CM369: what CPAN::Meta::Converter loses converting to spec 2 (`cpanmeta convert`
    /// only, never `lint`).
    Convert,
    /// CM400–CM499: versions and prerequisites.
    Prereqs,
    /// CM500–CM599: licenses.
    License,
    /// CM600–CM699: Package URLs.
    Purl,
    /// CM700–CM799: external (non-CPAN) dependencies: the `x_external_prereqs` extension and
    /// the CPAN Metadata v3 draft's `CPAN-META/` files.
    External,
    /// CM800–CM899: release archives: CPANTS kwalitee indicators, archive safety, and checks
    /// across the files of a release.
    Kwalitee,
    /// CM900–CM909: mistakes in a `cpanmeta.toml` configuration file.
    Config,
}

impl Group {
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Json => "json",
            Group::Yaml => "yaml",
            Group::Spec => "spec",
            Group::Strict => "strict",
            Group::Schema => "schema",
            Group::Convert => "convert",
            Group::Prereqs => "prereqs",
            Group::License => "license",
            Group::Purl => "purl",
            Group::External => "external",
            Group::Kwalitee => "kwalitee",
            Group::Config => "config",
        }
    }
}

/// In which modes a rule runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modes {
    /// Both modes: what the Perl toolchain itself says (Parse::CPAN::Meta's reading,
    /// CPAN::Meta::Validator's judgement), and the user's own schemas, which they asked for.
    Both,
    /// Only `--mode strict` (the default): the spec as written beyond what the Validator checks,
    /// and cpanmeta's own checks of versions, licenses and Package URLs.
    StrictOnly,
}

/// A rule's static description.
#[derive(Debug, serde::Serialize)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub group: Group,
    pub severity: Severity,
    pub modes: Modes,
    /// Whether the rule offers fixes, and the safest applicability they have: `Safe` when its
    /// fixes are safe (a particular finding may still carry an unsafe one, and its doc says when),
    /// `Unsafe` when every fix it offers may change meaning, `None` when it offers none.
    pub fix: Option<Applicability>,
    /// The rule's doc comment, raw (`///` lines, each with its leading space).
    #[serde(skip)]
    pub doc: &'static str,
}

impl RuleMeta {
    /// The documentation as Markdown (the doc comment with the one leading space removed).
    pub fn docs(&self) -> String {
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_owned()
    }

    /// The first sentence of the docs' "What it does" section, for rule listings.
    pub fn summary(&self) -> String {
        let docs = self.docs();
        let body = docs
            .lines()
            .skip_while(|l| l.starts_with('#') || l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join(" ");
        match body.find(". ") {
            Some(i) => body[..=i].to_owned(),
            None => body,
        }
    }

    pub fn docs_anchor(&self) -> String {
        format!("{DOCS_BASE}#{}", self.code.to_ascii_lowercase())
    }
}

/// Declares a rule as a `static RuleMeta`, keeping its doc comment as its documentation.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it does
///     /// ...
///     pub static MISSING_FIELD = { code: "CM101", name: "missing-mandatory-field",
///                                  group: Spec, severity: Error, modes: Both }
/// }
/// ```
///
/// A rule that offers fixes adds `fix: Safe` or `fix: Unsafe` after `modes` (see
/// [`RuleMeta::fix`]).
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis static $ident:ident = {
            code: $code:literal, name: $name:literal, group: $group:ident,
            severity: $sev:ident, modes: $modes:ident
            $(, fix: $fix:ident)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis static $ident: $crate::registry::RuleMeta = $crate::registry::RuleMeta {
            code: $code,
            name: $name,
            group: $crate::registry::Group::$group,
            severity: $crate::diagnostic::Severity::$sev,
            modes: $crate::registry::Modes::$modes,
            fix: $crate::__rule_fix!($($fix)?),
            // Empty without the feature `rule-docs` (a const branch: the text is not compiled in).
            doc: if cfg!(feature = "rule-docs") { concat!($($doc, "\n"),*) } else { "" },
        };
    };
}

/// `fix: Safe` → `Some(Applicability::Safe)`; no `fix:` → `None` (used by [`declare_rule!`]).
#[doc(hidden)]
#[macro_export]
macro_rules! __rule_fix {
    () => {
        None
    };
    ($fix:ident) => {
        Some($crate::diagnostic::Applicability::$fix)
    };
}

/// Strict rules that *refine* a CPAN::Meta::Validator finding: they fire on a value the Validator
/// rejects and say what was meant (a did-you-mean, the key's right shape). Where both fire on the
/// same value, the refinement replaces the Validator's finding and carries its message.
pub const REFINEMENTS: &[&str] = &[
    "CM209", // misspelled-key
    "CM210", // other-spec-version-key
    "CM409", // prereq-not-a-module-name
    "CM410", // unknown-prereq-phase
    "CM411", // unknown-prereq-relationship
    "CM500", // license-string-wrong-case
    "CM501", // license-string-of-other-spec-version
    "CM502", // license-string-from-other-tool
    "CM503", // license-string-is-url
];

/// Whether the rule with `code` refines Validator findings (see [`REFINEMENTS`]).
pub fn is_refinement(code: &str) -> bool {
    REFINEMENTS.contains(&code)
}

/// Every rule, in code order within each group.
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    crate::rules::GROUPS.iter().flat_map(|g| g.iter().copied())
}

/// Every rule sorted by code, for [`by_code`]: `lint` looks up each diagnostic's rule several
/// times, and a scan of the whole registry per lookup showed in profiles.
static BY_CODE: std::sync::LazyLock<Vec<&'static RuleMeta>> = std::sync::LazyLock::new(|| {
    let mut rules: Vec<_> = all().collect();
    rules.sort_by_key(|r| r.code);
    rules
});

/// The rule with this code (case-insensitive).
pub fn by_code(code: &str) -> Option<&'static RuleMeta> {
    match BY_CODE.binary_search_by(|r| r.code.cmp(code)) {
        Ok(i) => Some(BY_CODE[i]),
        Err(_) => all().find(|r| r.code.eq_ignore_ascii_case(code)),
    }
}

pub fn by_name(name: &str) -> Option<&'static RuleMeta> {
    all().find(|r| r.name == name)
}

/// Resolves a selector as users write it: a code (`CM101`), a code prefix (`CM1`), a rule name
/// (`missing-mandatory-field`), a group name (`strict`) or `ALL`.
pub fn matches_selector(rule: &RuleMeta, selector: &str) -> bool {
    selector.eq_ignore_ascii_case("all")
        || rule.name == selector
        || rule.group.as_str() == selector
        || (selector.len() >= 2
            && rule.code.len() >= selector.len()
            && rule.code[..selector.len()].eq_ignore_ascii_case(selector))
}

/// Whether `selector` names at least one rule.
pub fn selector_is_known(selector: &str) -> bool {
    all().any(|r| matches_selector(r, selector))
}

/// Every front's check of the user's selectors (`--select`, `-D`, `select=[...]`): the first one
/// that names no rule, as the message all fronts give.
pub fn check_selectors<'a>(selectors: impl IntoIterator<Item = &'a String>) -> Result<(), String> {
    match selectors.into_iter().find(|s| !selector_is_known(s)) {
        Some(s) => Err(format!(
            "`{s}` names no rule (use a code such as CM101, a prefix, a rule name or a group)"
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for r in all() {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
        }
    }

    #[test]
    fn codes_fall_in_their_group_range() {
        for r in all() {
            let n: u32 = r.code[2..].parse().expect("numeric code");
            let ok = match r.group {
                Group::Json => n < 20,
                Group::Yaml => (20..50).contains(&n),
                Group::Spec => (100..200).contains(&n),
                Group::Strict => (200..300).contains(&n),
                Group::Schema => (300..350).contains(&n),
                Group::Convert => (350..370).contains(&n),
                Group::Prereqs => (400..500).contains(&n),
                Group::License => (500..600).contains(&n),
                Group::Purl => (600..700).contains(&n),
                Group::External => (700..800).contains(&n),
                Group::Kwalitee => (800..900).contains(&n),
                Group::Config => (900..910).contains(&n),
            };
            assert!(ok, "{} is outside the range of group {:?}", r.code, r.group);
            assert!(
                r.code.starts_with("CM") && r.code.len() == 5,
                "bad code {}",
                r.code
            );
            assert!(
                r.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "rule name {} is not kebab-case",
                r.name
            );
        }
    }

    #[test]
    fn every_rule_documents_the_required_sections() {
        for r in all() {
            let docs = r.docs();
            for section in ["## What it does", "## Why", "## Example", "## How to fix"] {
                assert!(
                    docs.contains(section),
                    "{} ({}) lacks `{section}`",
                    r.code,
                    r.name
                );
            }
        }
    }

    /// A rule that offers fixes says in its docs whether they are safe or unsafe, and why.
    #[test]
    fn rules_that_fix_say_how_safe_their_fixes_are() {
        for r in all() {
            let docs = r.docs();
            match r.fix {
                Some(Applicability::Unsafe) => assert!(docs.contains("*unsafe*"), "{}", r.code),
                Some(Applicability::Safe) => assert!(docs.contains("*safe*"), "{}", r.code),
                None => {}
            }
        }
    }

    /// A rule file that declares a rule but whose group does not list it would silently never
    /// run: compare the `declare_rule!` codes in the sources with the registry.
    #[test]
    fn every_declared_rule_is_registered() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut declared = HashSet::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (i, _) in text.match_indices("code: \"CM") {
                        declared.insert(text[i + 7..i + 12].to_owned());
                    }
                }
            }
        }
        let registered: HashSet<String> = all().map(|r| r.code.to_owned()).collect();
        let missing: Vec<_> = declared.difference(&registered).collect();
        assert!(
            missing.is_empty(),
            "declared but not registered: {missing:?}"
        );
    }

    /// Compat mode is the Perl toolchain's judgement and nothing else.
    #[test]
    fn only_reading_validator_and_user_schema_rules_run_in_compat_mode() {
        for r in all().filter(|r| r.modes == Modes::Both) {
            assert!(
                matches!(r.group, Group::Json | Group::Yaml | Group::Spec | Group::Config)
                    || r.name == "user-schema-violation"
                    // CPANTS's own indicators, and reading problems of release archives.
                    || (r.group == Group::Kwalitee && r.code < "CM880"),
                "{} ({}) runs in compat mode but is not the toolchain's judgement",
                r.code,
                r.name
            );
        }
    }

    #[test]
    fn refinements_are_strict_only_rules_that_exist() {
        for code in REFINEMENTS {
            let rule = by_code(code).unwrap_or_else(|| panic!("{code} is not a rule"));
            assert_eq!(rule.modes, Modes::StrictOnly, "{code}");
        }
    }

    #[test]
    fn selectors_match_codes_prefixes_names_and_groups() {
        static R: RuleMeta = RuleMeta {
            code: "CM101",
            name: "missing-mandatory-field",
            group: Group::Spec,
            severity: Severity::Error,
            modes: Modes::Both,
            fix: None,
            doc: "",
        };
        for s in [
            "CM101",
            "cm101",
            "CM1",
            "CM10",
            "missing-mandatory-field",
            "spec",
            "ALL",
        ] {
            assert!(matches_selector(&R, s), "{s}");
        }
        for s in ["CM102", "CM2", "strict", "C", "missing"] {
            assert!(!matches_selector(&R, s), "{s}");
        }
    }
}
