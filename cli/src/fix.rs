//! `lint --fix` / `--diff`: apply the fixes the rules offer to a META file's bytes, re-lint, and
//! repeat; then write the result atomically, or show it as a diff.
//!
//! Fixes are byte-span replacements in the original text, so everything they do not touch
//! (formatting, key order, comments) stays as it was. A pass whose result no longer parses is
//! refused fix by fix: a fix that breaks the file is never applied.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;
use cpanmeta::diagnostic::{Applicability, Fix};
use cpanmeta::{lint, Diagnostic, LintOptions, Report};

use crate::args::FixArgs;
use crate::exit::Exit;

/// After this many passes the fixes stop, whatever is left (a fix that keeps re-appearing would
/// otherwise loop).
pub const MAX_PASSES: usize = 4;

/// Which fixes to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixMode {
    /// `--fix`: safe fixes only.
    Safe,
    /// `--fix --unsafe-fixes`: every fix.
    Unsafe,
}

impl FixMode {
    fn allows(self, a: Applicability) -> bool {
        self == FixMode::Unsafe || a == Applicability::Safe
    }
}

/// One fix applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub code: String,
    /// Where the finding was (RFC 6901 JSON pointer).
    pub pointer: String,
    pub title: String,
    /// 1-based line of the finding in the file as it was before that pass.
    pub line: Option<u32>,
}

/// What fixing one file did.
#[derive(Debug)]
pub struct FixOutcome {
    pub applied: Vec<Applied>,
    /// Fixes not applied because the file would no longer have parsed.
    pub refused: Vec<Applied>,
    /// The fixed bytes (the original ones when nothing was applied).
    pub bytes: Vec<u8>,
    /// The report of the fixed bytes.
    pub report: Report,
}

impl FixOutcome {
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

fn applied(d: &Diagnostic, fix: &Fix) -> Applied {
    Applied {
        code: d.code.clone(),
        pointer: d.location.pointer.clone(),
        title: fix.title.clone(),
        line: d.location.start.map(|s| s.line),
    }
}

/// The fixes of `report` that `how` allows, without overlaps (the first by position wins; the
/// rest wait for the next pass, when the re-lint offers them again if they still apply).
fn pick<'r>(report: &'r Report, bytes: &[u8], how: FixMode) -> Vec<(&'r Diagnostic, &'r Fix)> {
    let mut taken: Vec<(u32, u32)> = Vec::new();
    let mut out = Vec::new();
    for d in &report.diagnostics {
        let Some(fix) = &d.fix else { continue };
        if !how.allows(fix.applicability) || fix.edits.is_empty() {
            continue;
        }
        let fits = fix.edits.iter().all(|e| {
            e.span.start <= e.span.end
                && (e.span.end as usize) <= bytes.len()
                && !taken
                    .iter()
                    .any(|&(s, t)| e.span.start < t && s < e.span.end || e.span.start == s)
        });
        if fits {
            taken.extend(fix.edits.iter().map(|e| (e.span.start, e.span.end)));
            out.push((d, fix));
        }
    }
    out
}

/// Applies the edits of `fixes` to `bytes` (edits of different fixes never overlap).
fn splice(bytes: &[u8], fixes: &[(&Diagnostic, &Fix)]) -> Vec<u8> {
    let mut edits: Vec<_> = fixes.iter().flat_map(|(_, f)| f.edits.iter()).collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0usize;
    for e in edits {
        out.extend_from_slice(&bytes[at..e.span.start as usize]);
        out.extend_from_slice(e.content.as_bytes());
        at = e.span.end as usize;
    }
    out.extend_from_slice(&bytes[at..]);
    out
}

/// Whether `after` still reads where `before` did.
fn still_parses(before: &Report, after: &Report) -> bool {
    !before.parse_ok || after.parse_ok
}

/// Fixes one file's bytes in memory: applies the fixes `how` allows, re-lints, and repeats until
/// no fix applies (at most [`MAX_PASSES`] passes). `report` is `bytes`' report under `options`.
pub fn apply(bytes: &[u8], report: &Report, options: &LintOptions, how: FixMode) -> FixOutcome {
    let mut current = bytes.to_vec();
    let mut report = report.clone();
    let mut done = Vec::new();
    let mut refused: Vec<Applied> = Vec::new();
    for _ in 0..MAX_PASSES {
        let picked: Vec<_> = pick(&report, &current, how)
            .into_iter()
            .filter(|(d, f)| !refused.contains(&applied(d, f)))
            .collect();
        if picked.is_empty() {
            break;
        }
        let candidate = splice(&current, &picked);
        let relinted = lint(&candidate, options);
        if still_parses(&report, &relinted) {
            done.extend(picked.iter().map(|(d, f)| applied(d, f)));
            current = candidate;
            report = relinted;
            continue;
        }
        // Together they break the file: keep those that do not, one at a time.
        let mut kept = false;
        for one in &picked {
            let candidate = splice(&current, std::slice::from_ref(one));
            let relinted = lint(&candidate, options);
            if still_parses(&report, &relinted) {
                done.push(applied(one.0, one.1));
                current = candidate;
                report = relinted;
                kept = true;
                break; // spans of the others are stale now: next pass
            }
            refused.push(applied(one.0, one.1));
        }
        if !kept {
            break;
        }
    }
    FixOutcome {
        applied: done,
        refused,
        bytes: current,
        report,
    }
}

/// `--fix` / `--diff` over a whole run: fixes each file as it is linted, writes or shows the
/// result, and says what the exit code is with `--diff`.
#[derive(Debug)]
pub struct Session {
    how: FixMode,
    diff: bool,
    files_changed: usize,
}

impl Session {
    /// `None` when neither `--fix` nor `--diff` was given.
    pub(crate) fn new(args: &FixArgs) -> Option<Self> {
        (args.fix || args.diff).then_some(Self {
            how: if args.unsafe_fixes {
                FixMode::Unsafe
            } else {
                FixMode::Safe
            },
            diff: args.diff,
            files_changed: 0,
        })
    }

    /// `--diff` prints diffs on standard output instead of reports.
    pub fn replaces_output(&self) -> bool {
        self.diff
    }

    /// Fixes one linted file (`path` is `None` for standard input) and returns the bytes and the
    /// report to show: those of the fixed file after `--fix`, the original ones after `--diff`.
    pub fn handle(
        &mut self,
        path: Option<&Path>,
        name: &str,
        bytes: Vec<u8>,
        report: Report,
        options: &LintOptions,
    ) -> Result<(Vec<u8>, Report)> {
        let outcome = apply(&bytes, &report, options, self.how);
        if outcome.changed() && !self.diff && path.is_none() {
            anyhow::bail!("--fix cannot write standard input back; use --diff");
        }
        eprint!("{}", summary(name, &outcome, self.diff));
        if !outcome.changed() {
            return Ok((bytes, report));
        }
        self.files_changed += 1;
        if self.diff {
            crate::emit(&unified_diff(name, &bytes, &outcome.bytes));
            return Ok((bytes, report));
        }
        if let Some(path) = path {
            crate::files::write_atomically(path, &outcome.bytes)?;
        }
        Ok((outcome.bytes, outcome.report))
    }

    /// With `--diff`: findings (1) when a file would change, else clean (0).
    pub fn exit(&self) -> Option<Exit> {
        self.diff.then_some(if self.files_changed > 0 {
            Exit::Findings
        } else {
            Exit::Clean
        })
    }
}

/// "fixed 2 in META.json: CM500 (line 4) replace …, CM208 …"
pub fn summary(path: &str, outcome: &FixOutcome, dry_run: bool) -> String {
    let mut out = String::new();
    if outcome.changed() {
        let verb = if dry_run { "would fix" } else { "fixed" };
        let _ = writeln!(out, "{verb} {} in {path}:", outcome.applied.len());
        for a in &outcome.applied {
            let line = a.line.map_or(String::new(), |l| format!(" (line {l})"));
            let _ = writeln!(out, "  {}{line}: {}", a.code, a.title);
        }
    }
    for r in &outcome.refused {
        let _ = writeln!(
            out,
            "not fixed in {path}: {} ({}) would leave a file that no longer parses",
            r.code, r.title
        );
    }
    out
}

/// A unified diff of the change (`--- a/PATH`, `+++ b/PATH`), empty when nothing changed.
pub fn unified_diff(path: &str, before: &[u8], after: &[u8]) -> String {
    if before == after {
        return String::new();
    }
    let old = String::from_utf8_lossy(before);
    let new = String::from_utf8_lossy(after);
    similar::TextDiff::from_lines(old.as_ref(), new.as_ref())
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use cpanmeta::Mode;

    fn options(name: &str) -> LintOptions {
        let mut o = LintOptions::new(Mode::Strict);
        o.filename = Some(name.into());
        o
    }

    const META: &str = r#"{
   "abstract" : "x",
   "author" : [ "A <a@example.org>" ],
   "dynamic_config" : 0,
   "generated_by" : "hand",
   "keywords" : [ "web framework" ],
   "license" : [ "Perl_5" ],
   "meta-spec" : { "version" : 2, "url" : "http://module-build.sourceforge.net/META-spec-v1.4.html" },
   "name" : "Foo-Bar",
   "release_status" : "stable",
   "version" : "1.0"
}
"#;

    #[test]
    fn safe_fixes_change_only_their_spans_and_the_findings_go() {
        let o = options("META.json");
        let report = lint(META.as_bytes(), &o);
        let out = apply(META.as_bytes(), &report, &o, FixMode::Safe);
        let codes: Vec<_> = out.applied.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["CM500", "CM208"], "{:?}", out.applied);
        let text = String::from_utf8(out.bytes.clone()).unwrap();
        assert_eq!(
            text,
            META.replace("Perl_5", "perl_5").replace(
                "http://module-build.sourceforge.net/META-spec-v1.4.html",
                "https://metacpan.org/pod/CPAN::Meta::Spec"
            )
        );
        assert!(!out
            .report
            .diagnostics
            .iter()
            .any(|d| d.code == "CM500" || d.code == "CM208"));
        // the unsafe keyword fix waits for --unsafe-fixes
        assert!(out.report.diagnostics.iter().any(|d| d.code == "CM203"));
        let out = apply(META.as_bytes(), &report, &o, FixMode::Unsafe);
        assert!(String::from_utf8(out.bytes)
            .unwrap()
            .contains("\"web-framework\""));
    }

    #[test]
    fn a_fix_that_would_break_the_file_is_refused_and_the_others_applied() {
        let o = options("META.json");
        let mut report = lint(META.as_bytes(), &o);
        // Make CM500's fix write broken JSON; CM208's stays right.
        let d = report
            .diagnostics
            .iter_mut()
            .find(|d| d.code == "CM500")
            .unwrap();
        d.fix.as_mut().unwrap().edits[0].content = "\"perl_5\" ]]".to_owned();
        let out = apply(META.as_bytes(), &report, &o, FixMode::Safe);
        assert_eq!(out.refused.len(), 1, "{:?}", out.refused);
        assert_eq!(out.refused[0].code, "CM500");
        let codes: Vec<_> = out.applied.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["CM208"]);
        assert!(out.report.parse_ok);
        let said = summary("META.json", &out, false);
        assert!(
            said.contains("not fixed in META.json: CM500") && said.contains("fixed 1 in META.json"),
            "{said}"
        );
        let text = String::from_utf8(out.bytes).unwrap();
        assert!(text.contains("\"Perl_5\""), "{text}");
    }

    #[test]
    fn a_file_with_nothing_to_fix_is_left_alone() {
        let o = options("META.json");
        let fixed = apply(
            META.as_bytes(),
            &lint(META.as_bytes(), &o),
            &o,
            FixMode::Unsafe,
        );
        let again = apply(&fixed.bytes, &fixed.report, &o, FixMode::Unsafe);
        assert!(!again.changed());
        assert_eq!(again.bytes, fixed.bytes);
    }

    #[test]
    fn the_diff_is_unified_and_empty_without_change() {
        let d = unified_diff("META.yml", b"a: 1\nb: 2\n", b"a: 1\nb: 3\n");
        assert!(d.starts_with("--- a/META.yml\n+++ b/META.yml\n@@"), "{d}");
        assert!(d.contains("-b: 2\n+b: 3\n"), "{d}");
        assert_eq!(unified_diff("x", b"same", b"same"), "");
    }
}
