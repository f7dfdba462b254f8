use std::sync::LazyLock;

use regex::Regex;

use super::{family, own_versions, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location, Severity};
use crate::model::spec_keys::SpecFamily;
use crate::source::Span;
use crate::version::{is_lax, Version};

crate::declare_rule! {
    /// ## What it does
    /// Checks that the distribution `version` (and each `provides` package `version`) is written
    /// in one of the two formats CPAN::Meta::Spec 2 allows: a decimal version (`1.234`,
    /// `1.23_04`) or a dotted-integer version with a leading `v` and at least three components
    /// (`v1.2.3`, `v1.2_3`). In 1.x documents, which define no grammar of their own, it checks
    /// that version.pm's lax grammar accepts the whole string.
    ///
    /// ## Why is this bad?
    /// CPAN::Meta::Validator's version pattern is not anchored at the end, so it accepts
    /// `1.2-TRIAL`, `1.2.3` or `2.0beta` as long as they *start* like a version, and it silently
    /// rejects the empty string without reporting it. PAUSE, the CPAN indexers and version.pm
    /// then fail to parse or misorder such versions (`1.2.3` without `v` is illegal in spec 2).
    ///
    /// ## Example
    /// ```json
    /// { "version": "1.02-TRIAL" }
    /// ```
    ///
    /// ## How to fix
    /// Use a decimal (`1.02`, `1.02_01`) or a normal-form dotted version (`v1.0.2`). Mark a trial
    /// release with `release_status`, not with text in the version.
    ///
    /// For a dotted version written without its `v` (`1.2.3`), the fix adds the `v`. It is
    /// *safe*: it is offered only when version.pm reads both forms as the same version (it reads
    /// a number with two or more dots as a dotted version anyway), so no comparison changes.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "Version Formats": decimal versions "must begin and end with a digit.
    /// A single underscore may be included, but must be between two digits"; dotted-integer
    /// versions "must be given in normal form, which has a leading v character and at least three
    /// integer components"; "all components after the first should be restricted to the range 0
    /// to 999".
    pub static VERSION_FORMAT = {
        code: "CM200", name: "version-format", group: Strict,
        severity: Error, modes: StrictOnly, fix: Safe,
    }
}

const SPEC: &str = "CPAN::Meta::Spec 2, \"Version Formats\"";

/// CPAN::Meta::Validator's `version` check (2.150010), which reports a value only when this
/// unanchored pattern does not match; the strict rule stays silent where it already reports.
static VALIDATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((<|<=|>=|>|!=|==)\s*)?v?\d+((\.\d+((_|\.)\d+)?)?)").expect("validator re")
});

/// What the spec says of a version string.
#[derive(Debug, PartialEq, Eq)]
enum Form {
    /// One of the two formats.
    Ok,
    /// A dotted-integer version with a component after the first above 999 ("not recommended").
    WideComponent,
    /// Neither format, but version.pm's lax grammar parses it.
    LaxOnly,
    /// Nothing version.pm can parse.
    NotAVersion,
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Classifies `s` by CPAN::Meta::Spec 2 "Version Formats".
fn spec_form(s: &str) -> Form {
    if !is_lax(s) {
        return Form::NotAVersion;
    }
    if let Some(rest) = s.strip_prefix('v') {
        let (dotted, alpha) = match rest.split_once('_') {
            Some((d, a)) => (d, Some(a)),
            None => (rest, None),
        };
        let mut parts: Vec<&str> = dotted.split('.').collect();
        parts.extend(alpha);
        if parts.len() >= 3 && parts.iter().all(|p| digits(p)) {
            return if parts[1..].iter().any(|p| p.len() > 3) {
                Form::WideComponent
            } else {
                Form::Ok
            };
        }
        return Form::LaxOnly;
    }
    let (number, alpha) = match s.split_once('_') {
        Some((n, a)) => (n, Some(a)),
        None => (s, None),
    };
    let number_ok = match number.split_once('.') {
        Some((int, frac)) => digits(int) && digits(frac),
        None => digits(number),
    };
    if number_ok && alpha.is_none_or(digits) {
        Form::Ok
    } else {
        Form::LaxOnly
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let v2 = family(cx) == Some(SpecFamily::V2);
    for (pointer, node) in own_versions(cx) {
        let Some(text) = node.value.perl_str() else {
            continue; // undef and references: the Validator reports those
        };
        if !text.is_empty() && !VALIDATOR.is_match(text) {
            continue; // the Validator reports it
        }
        let form = spec_form(text);
        let (message, severity) = match form {
            Form::Ok => continue,
            Form::LaxOnly if !v2 => continue,
            Form::NotAVersion if text.is_empty() => (
                "the version is an empty string (CPAN::Meta::Validator rejects it without \
                 reporting an error)"
                    .to_owned(),
                Severity::Error,
            ),
            Form::NotAVersion => (
                format!(
                    "`{text}` is not a version: version.pm cannot parse it (CPAN::Meta::Validator \
                     accepts it because its pattern only checks how the value starts)"
                ),
                Severity::Error,
            ),
            Form::LaxOnly => (
                format!(
                    "`{text}` is neither a decimal nor a normal-form dotted-integer version as \
                     spec 2 requires"
                ),
                Severity::Error,
            ),
            Form::WideComponent => (
                format!(
                    "`{text}` has a component after the first above 999, which spec 2 does not \
                     recommend (it has no one-to-one decimal equivalent)"
                ),
                Severity::Warning,
            ),
        };
        let help = if text.starts_with(|c: char| c.is_ascii_digit())
            && text.matches('.').count() >= 2
        {
            format!("dotted-integer versions need a leading `v`: `v{text}`")
        } else {
            "use a decimal version (`1.02`, `1.02_01`) or a dotted one with a leading `v` and at \
             least three components (`v1.0.2`)"
                .to_owned()
        };
        let mut d = Diagnostic::new(
            &VERSION_FORMAT,
            message,
            Location::new(pointer, Some(node.span)),
        )
        .with_severity(severity)
        .with_help(help)
        .with_spec(SPEC);
        if let Some(fix) = add_v(cx, text, node.span) {
            d = d.with_fix(fix);
        }
        out.push(d);
    }
}

/// `1.2.3` → `v1.2.3`, when the result is a spec 2 version and version.pm reads both the same.
/// The `v` goes right after the opening quote, if any, so the quoting stays as written.
fn add_v(cx: &Context<'_>, text: &str, span: Span) -> Option<Fix> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) || text.matches('.').count() < 2 {
        return None;
    }
    let with_v = format!("v{text}");
    if spec_form(&with_v) != Form::Ok {
        return None;
    }
    let (a, b) = (Version::parse(text).ok()?, Version::parse(&with_v).ok()?);
    if a != b || a.normal() != b.normal() || a.is_alpha() != b.is_alpha() {
        return None;
    }
    let start = span.start as usize;
    let at = match cx.bytes.get(start) {
        Some(b'"' | b'\'') => start + 1,
        Some(_) => start,
        None => return None,
    };
    if !cx.bytes[at..].starts_with(text.as_bytes()) {
        return None; // written with escapes: leave it to the author
    }
    Some(Fix {
        title: format!("write `{with_v}`"),
        applicability: Applicability::Safe,
        edits: vec![Edit {
            span: Span::new(at, at),
            content: "v".to_owned(),
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    /// Every example the spec's "Version Formats" section gives, with its verdict.
    #[test]
    fn the_spec_examples_classify_as_the_spec_says() {
        for ok in [
            "1.234",
            "1.23_04",
            "v1.2.3",
            "v1.2_3",
            "v1.2.3.4",
            "v1.2.3_4",
            "v2009.10.31",
        ] {
            assert_eq!(spec_form(ok), Form::Ok, "{ok}");
        }
        for illegal in ["1.23_04_05", "1.", ".1", "v1.2", "1.2.3", "v1.2_3_4"] {
            assert_ne!(spec_form(illegal), Form::Ok, "{illegal}");
        }
        assert_eq!(spec_form("v1.2009.10.31"), Form::WideComponent);
        assert_eq!(spec_form("1.23e-2"), Form::NotAVersion);
        assert_eq!(spec_form("undef"), Form::LaxOnly);
    }

    #[test]
    fn reports_versions_the_validator_lets_through() {
        let doc = json!({
            "version": "1.02-TRIAL",
            "provides": {
                "A": {"file": "lib/A.pm", "version": "1.2.3"},
                "B": {"file": "lib/B.pm", "version": "1.02"},
                "C": {"file": "lib/C.pm", "version": ""},
            },
        });
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            ["/version", "/provides/A/version", "/provides/C/version"]
        );
        assert!(found[1].help.as_deref().unwrap().contains("v1.2.3"));
    }

    /// The fix inserts the `v` inside the quotes, and only where version.pm reads both alike.
    #[test]
    fn a_dotted_version_without_v_gets_a_safe_fix_that_adds_it() {
        let fixed = |text: &str, name: &str| {
            let mut o = crate::LintOptions::new(crate::Mode::Strict);
            o.filename = Some(name.into());
            o.select = vec!["CM200".into()];
            let report = crate::lint(text.as_bytes(), &o);
            report.diagnostics.iter().find_map(|d| {
                let fix = d.fix.as_ref()?;
                assert_eq!(fix.applicability, Applicability::Safe);
                let mut out = text.to_owned();
                for e in fix.edits.iter().rev() {
                    out.replace_range(e.span.range(), &e.content);
                }
                Some(out)
            })
        };
        let json = r#"{"meta-spec": {"version": 2}, "version": "1.2.3"}"#;
        assert_eq!(
            fixed(json, "META.json").as_deref(),
            Some(r#"{"meta-spec": {"version": 2}, "version": "v1.2.3"}"#)
        );
        let yaml = "meta-spec:\n  version: 2\nversion: 1.2.3\n";
        assert_eq!(
            fixed(yaml, "META.yml").as_deref(),
            Some("meta-spec:\n  version: 2\nversion: v1.2.3\n")
        );
        for no_fix in ["1.02-TRIAL", "1.2.3-TRIAL", "1.2.3.4000"] {
            let json = format!(r#"{{"meta-spec": {{"version": 2}}, "version": "{no_fix}"}}"#);
            assert_eq!(fixed(&json, "META.json"), None, "{no_fix}");
        }
    }

    #[test]
    fn leaves_to_the_validator_what_it_reports_itself() {
        for v in [json!("abc"), json!(null), json!(["1.0"])] {
            assert!(run(check, "2", &json!({"version": v})).is_empty(), "{v}");
        }
    }

    #[test]
    fn spec_1_documents_need_only_version_pm_to_parse_the_version() {
        assert!(run(check, "1.4", &json!({"version": "1.2.3"})).is_empty());
        let found = run(check, "1.4", &json!({"version": "1.2-beta"}));
        assert_eq!(pointers(&found), ["/version"]);
    }

    #[test]
    fn a_wide_dotted_component_is_only_a_warning() {
        let found = run(check, "2", &json!({"version": "v1.2009.10.31"}));
        assert_eq!(found[0].severity, Severity::Warning);
    }
}
