//! The run's totals and the summary printed at its end: files, findings by severity, the rules
//! that fired most, elapsed time.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Duration;

use cpanmeta::{Report, Severity};

use crate::exit::Exit;

/// How many rules the summary names.
const TOP_RULES: usize = 5;

/// Counts over a unit or a whole run.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Files linted.
    pub files: usize,
    /// Files CPAN::Meta::Validator accepts.
    pub valid: usize,
    pub errors: usize,
    pub warnings: usize,
    pub info: usize,
    /// Findings per rule code, with the rule's name.
    pub by_rule: BTreeMap<String, (String, usize)>,
    /// Files that could not be read or linted at all.
    pub failed: usize,
}

impl Totals {
    pub fn add(&mut self, report: &Report) {
        self.files += 1;
        self.valid += usize::from(report.valid);
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.info += 1,
            }
            self.by_rule
                .entry(d.code.clone())
                .or_insert_with(|| (d.rule.clone(), 0))
                .1 += 1;
        }
    }

    pub fn merge(&mut self, other: Totals) {
        self.files += other.files;
        self.valid += other.valid;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.info += other.info;
        self.failed += other.failed;
        for (code, (name, n)) in other.by_rule {
            self.by_rule.entry(code).or_insert((name, 0)).1 += n;
        }
    }

    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.info
    }

    /// The rules with the most findings, most first (ties by code).
    pub fn top_rules(&self, n: usize) -> Vec<(&str, &str, usize)> {
        let mut all: Vec<_> = self
            .by_rule
            .iter()
            .map(|(code, (name, count))| (code.as_str(), name.as_str(), *count))
            .collect();
        all.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(b.0)));
        all.truncate(n);
        all
    }

    /// 2 when a file could not be linted, 1 when there are error-level findings, else 0.
    pub fn exit(&self) -> Exit {
        if self.failed > 0 {
            Exit::CouldNotRun
        } else if self.errors > 0 {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `12 files checked in 0.03s: 3 errors, 1 warning, 0 info` and, when anything was found, the
/// rules that fired most.
pub fn text(t: &Totals, elapsed: Duration) -> String {
    let mut out = format!(
        "{} checked in {:.2}s",
        plural(t.files, "file"),
        elapsed.as_secs_f64()
    );
    if t.failed > 0 {
        let _ = write!(out, " ({} could not be read)", plural(t.failed, "file"));
    }
    if t.findings() == 0 {
        out.push_str(": no findings\n");
        return out;
    }
    let _ = writeln!(
        out,
        ": {}, {}, {} info",
        plural(t.errors, "error"),
        plural(t.warnings, "warning"),
        t.info
    );
    let top: Vec<String> = t
        .top_rules(TOP_RULES)
        .into_iter()
        .map(|(code, name, n)| format!("{code} {name} ({n})"))
        .collect();
    let _ = writeln!(out, "top rules: {}", top.join(", "));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals(rules: &[(&str, usize)]) -> Totals {
        let mut t = Totals {
            files: 3,
            errors: rules.iter().map(|r| r.1).sum(),
            ..Totals::default()
        };
        for (code, n) in rules {
            t.by_rule
                .insert((*code).to_owned(), (format!("rule-{code}"), *n));
        }
        t
    }

    #[test]
    fn summary_names_counts_and_the_most_frequent_rules() {
        let t = totals(&[("CM101", 2), ("CM200", 5), ("CM102", 2)]);
        assert_eq!(
            text(&t, Duration::from_millis(1234)),
            "3 files checked in 1.23s: 9 errors, 0 warnings, 0 info\n\
             top rules: CM200 rule-CM200 (5), CM101 rule-CM101 (2), CM102 rule-CM102 (2)\n"
        );
        let clean = totals(&[]);
        assert_eq!(
            text(&clean, Duration::ZERO),
            "3 files checked in 0.00s: no findings\n"
        );
    }

    #[test]
    fn merging_adds_up_and_exit_codes_follow_the_counts() {
        let mut a = totals(&[("CM101", 1)]);
        a.merge(totals(&[("CM101", 2), ("CM200", 1)]));
        assert_eq!(a.files, 6);
        assert_eq!(a.by_rule["CM101"].1, 3);
        assert_eq!(a.exit(), Exit::Findings);
        assert_eq!(Totals::default().exit(), Exit::Clean);
        let failed = Totals {
            failed: 1,
            ..Totals::default()
        };
        assert_eq!(failed.exit(), Exit::CouldNotRun);
    }
}
