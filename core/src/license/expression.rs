//! Parsing and validating an SPDX license expression (`x_spdx_expression`).
//!
//! The verdict is the `spdx` crate's strict parse. To report *every* problem, not only the first,
//! the text is also parsed tolerantly (deprecated and unknown ids allowed); each term is then
//! judged on its own: deprecated ids get their replacement, unknown ids a did-you-mean, and
//! `LicenseRef-` / `DocumentRef-` terms are recognised as user-defined licenses.

use std::ops::Range;

use serde::Serialize;

/// What is wrong with one part of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ProblemKind {
    /// The expression is not well-formed (the parse stops here).
    Syntax,
    /// A deprecated license or exception id.
    Deprecated,
    /// A license id not on the SPDX list.
    UnknownLicense,
    /// An exception id not on the SPDX list.
    UnknownException,
}

/// One problem, located by a byte range of the expression text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Problem {
    pub kind: ProblemKind,
    pub range: Range<usize>,
    pub message: String,
    /// The text to put in place of `range`, when it is certain.
    pub replacement: Option<String>,
    /// Advice when there is no certain replacement.
    pub help: Option<String>,
}

/// What a term of the expression names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "id")]
pub enum License {
    /// An id on the SPDX list, deprecated ones replaced by their successor when there is one.
    Spdx(String),
    /// A `LicenseRef-` (possibly with a `DocumentRef-`), as written.
    Ref(String),
    /// Not on the SPDX list and not a reference.
    Unknown(String),
}

/// One license term (`GPL-2.0-or-later WITH Classpath-exception-2.0` is one term).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Term {
    pub license: License,
    /// Whether the term carries `+`.
    pub or_later: bool,
    pub range: Range<usize>,
}

/// The result of checking an expression.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Checked {
    /// The `spdx` crate's strict verdict: on the current SPDX list, nothing deprecated.
    pub valid: bool,
    /// The terms, when the expression is well-formed (even with unknown or deprecated ids).
    pub terms: Vec<Term>,
    pub problems: Vec<Problem>,
    /// The expression with every deprecated id replaced, when all replacements are certain and
    /// nothing else is wrong; equal to the input when it is already valid.
    pub normalised: Option<String>,
}

const TOLERANT: spdx::ParseMode = spdx::ParseMode {
    allow_slash_as_or_operator: false,
    allow_imprecise_license_names: false,
    allow_postfix_plus_on_gpl: true,
    allow_deprecated: true,
    allow_unknown: true,
};

/// Parses and validates an SPDX license expression.
pub fn check(text: &str) -> Checked {
    let strict = spdx::Expression::parse(text);
    let tolerant = match spdx::Expression::parse_mode(text, TOLERANT) {
        Ok(e) => e,
        Err(e) => {
            return Checked {
                valid: false,
                terms: Vec::new(),
                problems: vec![syntax(text, &e)],
                normalised: None,
            }
        }
    };
    drop(tolerant);
    let (terms, mut problems) = judge_terms(text);
    if problems.is_empty() {
        if let Err(e) = &strict {
            // Something the tolerant reading let through that no term explains.
            problems.push(syntax(text, e));
        }
    }
    problems.sort_by_key(|p| p.range.start);
    let valid = strict.is_ok() && problems.is_empty();
    let normalised = if valid {
        Some(text.to_owned())
    } else if problems
        .iter()
        .all(|p| p.kind == ProblemKind::Deprecated && p.replacement.is_some())
    {
        let mut out = text.to_owned();
        for p in problems.iter().rev() {
            if let Some(r) = &p.replacement {
                out.replace_range(p.range.clone(), r);
            }
        }
        spdx::Expression::parse(&out).is_ok().then_some(out)
    } else {
        None
    };
    Checked {
        valid,
        terms,
        problems,
        normalised,
    }
}

/// Walks the tokens of a well-formed expression and judges each license and exception id.
fn judge_terms(text: &str) -> (Vec<Term>, Vec<Problem>) {
    use spdx::lexer::{Lexer, Token};
    let tokens: Vec<_> = Lexer::new_mode(text, TOLERANT)
        .filter_map(Result::ok)
        .collect();
    let mut terms = Vec::new();
    let mut problems = Vec::new();
    for (i, tok) in tokens.iter().enumerate() {
        let after_with = i > 0 && matches!(tokens[i - 1].token, Token::With);
        let plus = matches!(tokens.get(i + 1).map(|t| &t.token), Some(Token::Plus));
        let range = tok.span.clone();
        match &tok.token {
            Token::Spdx(id) => terms.push(spdx_term(*id, plus, range, &mut problems)),
            Token::LicenseRef { doc_ref, lic_ref }
                if lic_ref.is_empty() || doc_ref.is_some_and(str::is_empty) =>
            {
                // The SPDX grammar wants at least one character after the prefix; the crate does not check.
                problems.push(Problem {
                    kind: ProblemKind::Syntax,
                    range,
                    message:
                        "a `LicenseRef-` or `DocumentRef-` needs a name (letters, digits, `-`, `.`)"
                            .to_owned(),
                    replacement: None,
                    help: None,
                });
            }
            Token::LicenseRef { .. } => {
                let written = text.get(range.clone()).unwrap_or_default().to_owned();
                terms.push(Term {
                    license: License::Ref(written),
                    or_later: false,
                    range,
                });
            }
            Token::Unknown(u) if after_with => problems.push(unknown_exception(u, range)),
            Token::Unknown(u) => {
                let mut range = range;
                if plus {
                    range.end += 1;
                }
                problems.push(unknown_license(u, plus, range.clone()));
                terms.push(Term {
                    license: License::Unknown((*u).to_owned()),
                    or_later: plus,
                    range,
                });
            }
            Token::Exception(e) if e.is_deprecated() => problems.push(Problem {
                kind: ProblemKind::Deprecated,
                range,
                message: format!("`{}` is a deprecated SPDX exception id", e.name),
                replacement: None,
                help: Some(
                    "see the SPDX License Exceptions list for the id that replaced it".to_owned(),
                ),
            }),
            _ => {}
        }
    }
    (terms, problems)
}

fn syntax(text: &str, e: &spdx::ParseError) -> Problem {
    let mut range = e.span.clone();
    range.end = range.end.min(text.len());
    range.start = range.start.min(range.end);
    let message = match e.reason {
        spdx::error::Reason::Empty => "the expression is empty".to_owned(),
        spdx::error::Reason::SeparatedPlus => "`+` must follow the license id directly".to_owned(),
        spdx::error::Reason::GnuPlusWithSuffix => {
            "a GNU id ending in `-only` or `-or-later` cannot take `+`".to_owned()
        }
        _ => {
            let at = text.get(range.clone()).filter(|s| !s.is_empty());
            match at {
                Some(s) => format!("{} at `{s}`", e.reason),
                None => format!("{} at the end", e.reason),
            }
        }
    };
    Problem {
        kind: ProblemKind::Syntax,
        range,
        message,
        replacement: None,
        help: None,
    }
}

/// A term with an id on the SPDX list; deprecated forms (including GNU ids with `+`) become
/// problems with their replacement.
fn spdx_term(
    id: spdx::LicenseId,
    plus: bool,
    mut range: Range<usize>,
    problems: &mut Vec<Problem>,
) -> Term {
    if plus {
        range.end += 1;
    }
    let gnu_plus = plus && id.is_gnu();
    if !gnu_plus && !id.is_deprecated() {
        return Term {
            license: License::Spdx(id.name.to_owned()),
            or_later: plus,
            range,
        };
    }
    let shown = if plus {
        format!("{}+", id.name)
    } else {
        id.name.to_owned()
    };
    let (replacement, help) = match id.name.strip_suffix("-only") {
        Some(base) if gnu_plus => (Some(format!("{base}-or-later")), None),
        _ => deprecated_replacement(id.name, plus),
    };
    let message = match &replacement {
        Some(r) => format!("`{shown}` is a deprecated SPDX license id; its replacement is `{r}`"),
        None => format!("`{shown}` is a deprecated SPDX license id"),
    };
    let successor = replacement
        .as_deref()
        .filter(|r| spdx::license_id(r).is_some())
        .map_or_else(|| shown.clone(), str::to_owned);
    problems.push(Problem {
        kind: ProblemKind::Deprecated,
        range: range.clone(),
        message,
        replacement,
        help,
    });
    Term {
        license: License::Spdx(successor),
        or_later: false,
        range,
    }
}

fn unknown_exception(written: &str, range: Range<usize>) -> Problem {
    let same_but_case = spdx::identifiers::EXCEPTIONS
        .iter()
        .find(|e| e.name.eq_ignore_ascii_case(written))
        .map(|e| e.name.to_owned());
    let message = match &same_but_case {
        Some(id) => format!("`{written}` is not an SPDX exception id; did you mean `{id}`?"),
        None => format!("`{written}` is not on the SPDX License Exceptions list"),
    };
    Problem {
        kind: ProblemKind::UnknownException,
        range,
        message,
        help: same_but_case.is_none().then(|| {
            "use an SPDX exception id, or an `AdditionRef-` for one that is not on the list"
                .to_owned()
        }),
        replacement: same_but_case,
    }
}

/// The successor of a deprecated id, as the SPDX License List's deprecation notes give it.
/// `None` with advice where the successor depends on the license text.
fn deprecated_replacement(name: &str, plus: bool) -> (Option<String>, Option<String>) {
    let gnu_bare = [
        "AGPL-1.0", "AGPL-3.0", "GFDL-1.1", "GFDL-1.2", "GFDL-1.3", "GPL-1.0", "GPL-2.0",
        "GPL-3.0", "LGPL-2.0", "LGPL-2.1", "LGPL-3.0",
    ];
    let base = name.trim_end_matches('+');
    if gnu_bare.contains(&base) {
        let later = plus || name.ends_with('+');
        let suffix = if later { "-or-later" } else { "-only" };
        return (Some(format!("{base}{suffix}")), None);
    }
    let fixed = match name {
        "BSD-2-Clause-FreeBSD" => "BSD-2-Clause-Views",
        "BSD-2-Clause-NetBSD" => "BSD-2-Clause",
        "StandardML-NJ" => "SMLNJ",
        "Nunit" => "zlib-acknowledgement",
        "bzip2-1.0.5" => "bzip2-1.0.6",
        "eCos-2.0" => "GPL-2.0-or-later WITH eCos-exception-2.0",
        "wxWindows" => "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
        _ => "",
    };
    if !fixed.is_empty() {
        return (Some(fixed.to_owned()), None);
    }
    let help = if let Some(rest) = name.strip_prefix("GPL-2.0-with-") {
        Some(format!(
            "write `GPL-2.0-only WITH <exception>` or `GPL-2.0-or-later WITH <exception>` as the license text says (the `{rest}` is an SPDX exception id)"
        ))
    } else if let Some(rest) = name.strip_prefix("GPL-3.0-with-") {
        Some(format!(
            "write `GPL-3.0-only WITH <exception>` or `GPL-3.0-or-later WITH <exception>` as the license text says (the `{rest}` is an SPDX exception id)"
        ))
    } else {
        Some("see the SPDX License List for the id that replaced it".to_owned())
    };
    (None, help)
}

fn unknown_license(written: &str, plus: bool, range: Range<usize>) -> Problem {
    let same_but_case = spdx::identifiers::LICENSES
        .iter()
        .find(|l| l.name.eq_ignore_ascii_case(written))
        .map(|l| l.name);
    let (message, replacement, help) = match same_but_case {
        Some(id) => (
            format!("`{written}` is not an SPDX license id; did you mean `{id}`? (ids are written in the SPDX list's case)"),
            Some(if plus { format!("{id}+") } else { id.to_owned() }),
            None,
        ),
        None => (
            format!("`{written}` is not on the SPDX License List ({})", spdx::identifiers::VERSION),
            None,
            Some(format!(
                "use an id from the SPDX License List, or `LicenseRef-{}` for a license that is not on it (and ship its text)",
                sanitize_ref(written)
            )),
        ),
    };
    Problem {
        kind: ProblemKind::UnknownLicense,
        range,
        message,
        replacement,
        help,
    }
}

/// A `LicenseRef-` suffix made from arbitrary text (letters, digits, `-` and `.` only).
fn sanitize_ref(text: &str) -> String {
    let s: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if s.is_empty() {
        "Custom".to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(c: &Checked) -> Vec<ProblemKind> {
        c.problems.iter().map(|p| p.kind).collect()
    }

    #[test]
    fn a_current_expression_is_valid_and_unchanged() {
        let c = check("Artistic-1.0-Perl OR GPL-1.0-or-later");
        assert!(c.valid && c.problems.is_empty());
        assert_eq!(
            c.normalised.as_deref(),
            Some("Artistic-1.0-Perl OR GPL-1.0-or-later")
        );
        assert_eq!(
            c.terms
                .iter()
                .map(|t| t.license.clone())
                .collect::<Vec<_>>(),
            [
                License::Spdx("Artistic-1.0-Perl".into()),
                License::Spdx("GPL-1.0-or-later".into())
            ]
        );
    }

    #[test]
    fn deprecated_gnu_ids_get_their_only_or_or_later_successor() {
        let c = check("LGPL-2.1");
        assert!(!c.valid);
        assert_eq!(kinds(&c), [ProblemKind::Deprecated]);
        assert_eq!(c.problems[0].replacement.as_deref(), Some("LGPL-2.1-only"));
        assert_eq!(c.normalised.as_deref(), Some("LGPL-2.1-only"));

        let c = check("MIT OR GPL-2.0+");
        assert_eq!(c.problems[0].range, 7..15);
        assert_eq!(
            c.problems[0].replacement.as_deref(),
            Some("GPL-2.0-or-later")
        );
        assert_eq!(c.normalised.as_deref(), Some("MIT OR GPL-2.0-or-later"));
    }

    #[test]
    fn syntax_errors_point_at_the_offending_characters() {
        let c = check("MIT OR");
        assert_eq!(kinds(&c), [ProblemKind::Syntax]);
        assert_eq!(c.problems[0].range, 6..6);
        let c = check("MIT Apache-2.0");
        assert_eq!(c.problems[0].range, 4..14);
        let c = check("(MIT OR Apache-2.0");
        assert_eq!(c.problems[0].range, 0..1);
        let c = check("MIT, Apache-2.0");
        assert_eq!(c.problems[0].kind, ProblemKind::Syntax);
        assert_eq!(c.problems[0].range.start, 3);
        assert_eq!(check("").problems[0].message, "the expression is empty");
    }

    #[test]
    fn unknown_ids_are_all_reported_with_a_case_fix_when_there_is_one() {
        let c = check("mit OR Perl");
        assert_eq!(
            kinds(&c),
            [ProblemKind::UnknownLicense, ProblemKind::UnknownLicense]
        );
        assert_eq!(c.problems[0].replacement.as_deref(), Some("MIT"));
        assert_eq!(c.problems[1].range, 7..11);
        assert!(c.problems[1].replacement.is_none());
        assert!(c.normalised.is_none());
    }

    #[test]
    fn license_refs_are_accepted_as_user_defined() {
        let c = check("LicenseRef-Proprietary OR DocumentRef-x:LicenseRef-y");
        assert!(c.valid && c.problems.is_empty());
        assert!(matches!(c.terms[0].license, License::Ref(ref r) if r == "LicenseRef-Proprietary"));
    }

    #[test]
    fn exceptions_are_checked() {
        assert!(check("GPL-2.0-or-later WITH Classpath-exception-2.0").valid);
        let c = check("GPL-2.0-or-later WITH classpath-exception-2.0");
        assert_eq!(kinds(&c), [ProblemKind::UnknownException]);
        assert_eq!(
            c.problems[0].replacement.as_deref(),
            Some("Classpath-exception-2.0")
        );
        assert_eq!(c.problems[0].range, 22..45);
    }

    #[test]
    fn replacements_named_in_advice_are_current_ids() {
        for name in [
            "BSD-2-Clause-FreeBSD",
            "BSD-2-Clause-NetBSD",
            "StandardML-NJ",
            "Nunit",
            "bzip2-1.0.5",
            "eCos-2.0",
            "wxWindows",
            "GPL-2.0",
            "LGPL-3.0",
            "AGPL-3.0",
            "GFDL-1.3",
        ] {
            let (r, _) = deprecated_replacement(name, false);
            let r = r.unwrap_or_else(|| panic!("{name}"));
            assert!(spdx::Expression::parse(&r).is_ok(), "{name} -> {r}");
        }
    }

    #[test]
    fn hostile_input_does_not_panic() {
        for text in [
            "é",
            "MIT OR é",
            "MIT+ +",
            "WITH",
            "(((((((((((((((((((MIT",
            "MIT)",
            "LicenseRef-",
            "GPL-2.0-or-later+",
            "  ",
        ] {
            let c = check(text);
            assert!(!c.valid, "{text}");
            assert!(!c.problems.is_empty(), "{text}");
        }
        let deep = format!("{}MIT{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(check(&deep).valid);
    }
}
