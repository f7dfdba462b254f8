//! `lint` on a release archive: each META file inside is linted as a file of its own (reported
//! as `Foo-1.0.tar.gz!/Foo-1.0/META.json`), and the kwalitee indicators that fail, the archive's
//! problems and the cross-file checks become diagnostics of the kwalitee group (CM800–CM899).
//! They go to the META file they point into, else to the META file CPANTS reads, else (a release
//! without META) to a report for the archive itself.

use crate::archive::{Archive, FindingKind};
use crate::diagnostic::{Diagnostic, Location};
use crate::lint::{lint, LintOptions, Report};
use crate::registry::RuleMeta;
use crate::rules::kwalitee as rules;
use crate::source::{self, Format, LineIndex};

use super::{analyse, Finding};

/// One linted file of a release.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReleaseFile {
    /// `Foo-1.0.tar.gz!/Foo-1.0/META.json`, or the archive's name for release-wide findings.
    pub path: String,
    /// The file's bytes (empty for the archive's own report).
    pub bytes: Vec<u8>,
    pub report: Report,
}

const META_FILES: &[&str] = &["META.json", "META.yml", "MYMETA.json", "MYMETA.yml"];

fn rule_of(kind: FindingKind) -> &'static RuleMeta {
    match kind {
        FindingKind::PathTraversal => &rules::archive_path_traversal::RULE,
        FindingKind::Link => &rules::archive_link::RULE,
        FindingKind::Truncated => &rules::archive_truncated::RULE,
        FindingKind::NestedArchive => &rules::archive_nested::RULE,
        FindingKind::PaxHeader => &rules::archive_pax_header::RULE,
        FindingKind::Unsupported => &rules::archive_unsupported_member::RULE,
        _ => &rules::archive_limit::RULE,
    }
}

/// Queues a diagnostic of `rule` when the options enable it.
fn add<'p>(
    pending: &'p mut Vec<(Option<String>, Diagnostic)>,
    options: &LintOptions,
    rule: &'static RuleMeta,
    f: &Finding,
    message: String,
) -> Option<&'p mut Diagnostic> {
    if !options.enables(rule) {
        return None;
    }
    let pointer = f.pointer.clone().unwrap_or_default();
    pending.push((
        f.file.clone(),
        Diagnostic::new(rule, message, Location::new(pointer, None)),
    ));
    pending.last_mut().map(|(_, d)| d)
}

/// Lints every META file of the release and adds the release's kwalitee diagnostics.
pub fn lint_release(archive: &Archive, options: &LintOptions) -> Vec<ReleaseFile> {
    let mut files: Vec<ReleaseFile> = META_FILES
        .iter()
        .filter_map(|name| {
            let bytes = archive.content(name)?.to_vec();
            let mut o = options.clone();
            o.filename = Some((*name).to_owned());
            let mut report = lint(&bytes, &o);
            let path = archive.display_path(name);
            report.filename = Some(path.clone());
            Some(ReleaseFile {
                path,
                bytes,
                report,
            })
        })
        .collect();
    let kw = analyse(archive);
    let mut pending: Vec<(Option<String>, Diagnostic)> = Vec::new();
    for i in kw.indicators.iter().filter(|i| !i.value) {
        let Some(rule) = rules::for_indicator(i.name) else {
            continue;
        };
        let first = i
            .findings
            .first()
            .cloned()
            .unwrap_or(Finding::new(None, None, i.error));
        let message = format!("kwalitee `{}` fails: {}", i.name, first.message);
        if let Some(d) = add(&mut pending, options, rule, &first, message) {
            d.help = Some(i.remedy.to_owned());
            for extra in i.findings.iter().skip(1) {
                d.related.push(crate::diagnostic::Related {
                    message: extra.message.clone(),
                    location: Location::new(extra.pointer.clone().unwrap_or_default(), None),
                    file: None,
                });
            }
        }
    }
    for f in &kw.archive_findings {
        let finding = Finding::new(None, None, f.message.clone());
        add(
            &mut pending,
            options,
            rule_of(f.kind),
            &finding,
            f.message.clone(),
        );
    }
    for c in &kw.checks {
        let Some(rule) = crate::registry::by_code(c.code) else {
            continue;
        };
        add(
            &mut pending,
            options,
            rule,
            &c.finding,
            c.finding.message.clone(),
        );
    }
    let primary = kw.meta_file;
    for (file, mut d) in pending {
        let target = file
            .as_deref()
            .filter(|f| META_FILES.contains(f))
            .or(primary)
            .and_then(|f| files.iter().position(|r| r.path == archive.display_path(f)));
        let index = target.unwrap_or_else(|| {
            if files.first().is_none_or(|f| f.path != archive.name) {
                files.insert(0, release_report(archive));
            }
            0
        });
        let rf = &mut files[index];
        locate(&mut d, &rf.bytes, &rf.path, archive);
        options.apply_levels(std::slice::from_mut(&mut d));
        rf.report.diagnostics.push(d);
    }
    files
}

/// Gives a diagnostic the span of its pointer in the file it is reported in.
fn locate(d: &mut Diagnostic, bytes: &[u8], path: &str, archive: &Archive) {
    if path == archive.name || d.location.pointer.is_empty() {
        return;
    }
    let format = if path.ends_with(".json") {
        Format::Json
    } else {
        Format::Yaml
    };
    let read = source::read(bytes, format);
    let Some(root) = read.root else {
        return;
    };
    let mut pointer = d.location.pointer.clone();
    // A missing key is located at the nearest enclosing value that exists.
    let span = loop {
        if let Some(span) = root
            .key_span(&pointer)
            .filter(|_| root.pointer(&pointer).is_some())
        {
            break Some(span);
        }
        match pointer.rfind('/') {
            Some(i) if i > 0 => pointer.truncate(i),
            _ => break Some(root.span),
        }
    };
    d.location.span = span;
    d.location.resolve(bytes, &LineIndex::new(bytes));
}

/// The report for release-wide findings when the release has no META file to carry them.
fn release_report(archive: &Archive) -> ReleaseFile {
    let mut report = lint(b"", &LintOptions::default());
    report.filename = Some(archive.name.clone());
    report.diagnostics.clear();
    report.validator_errors.clear();
    report.parse_error = Some("the release has no META file".to_owned());
    ReleaseFile {
        path: archive.name.clone(),
        bytes: Vec::new(),
        report,
    }
}
