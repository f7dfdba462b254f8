//! Checks across the META files of one distribution (one directory, or one release archive):
//! `META.json`, `META.yml`, `MYMETA.json` and `MYMETA.yml` are each converted to spec 2 (as
//! `CPAN::Meta->load_file` does) and compared on `name`, `version`, `license`, `abstract` and —
//! between the two files of the same kind (META / MYMETA) — `prereqs`. MYMETA files are what
//! `Makefile.PL` / `Build.PL` computed on the installing machine (with `dynamic_config`, its
//! prerequisites may differ from META's on purpose), so prerequisites are not compared across
//! kinds. Every disagreement is reported on both files (rule CM882 `meta-files-disagree`), each
//! naming the other file as a related location and saying which file CPAN clients read.
//!
//! Which file is read: CPAN.pm's `CPAN::Distribution::pick_meta_file` tries `MYMETA.json`,
//! `MYMETA.yml`, `META.json`, `META.yml` in that order and takes the first that exists.
//!
//! A pure function shaped for the CLI's per-directory hook: it gets each file's name, bytes and
//! lint report, and returns diagnostics with the index of the file they belong to.

use std::collections::BTreeMap;

use serde_json::Value as J;

use crate::convert;
use crate::diagnostic::{Diagnostic, Location};
use crate::lint::{LintOptions, Report};
use crate::rules::kwalitee::meta_files_disagree::RULE;
use crate::source::{self, escape_pointer_token, Format, LineIndex, Node};

/// The META file names compared, in the order CPAN.pm prefers them.
pub const PREFERENCE: [&str; 4] = ["MYMETA.json", "MYMETA.yml", "META.json", "META.yml"];

/// One file's spec-2 view.
struct View<'a> {
    index: usize,
    /// Whether the file was written to spec 2 (else its prerequisites are compared as spec 1.4
    /// can say them).
    v2: bool,
    name: &'static str,
    bytes: &'a [u8],
    root: Node,
    doc: J,
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// What a disagreement is about, and its pointer in the converted documents.
struct Difference {
    pointer: String,
    what: String,
    left: String,
    right: String,
}

fn show(v: Option<&J>) -> String {
    match v {
        None | Some(J::Null) => "nothing".to_owned(),
        Some(J::String(s)) => format!("`{s}`"),
        Some(J::Array(a)) => format!(
            "`{}`",
            a.iter()
                .map(|x| convert::perl::string(Some(x)).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Some(other) => format!("`{other}`"),
    }
}

/// The licenses as a sorted set (their order in the list carries no meaning).
fn licenses(doc: &J) -> Option<J> {
    let mut l: Vec<String> = doc
        .get("license")?
        .as_array()?
        .iter()
        .filter_map(|x| convert::perl::string(Some(x)))
        .collect();
    l.sort();
    l.dedup();
    Some(J::Array(l.into_iter().map(J::String).collect()))
}

fn scalar_field(doc: &J, key: &str) -> Option<J> {
    convert::perl::scalar(doc.get(key)).map(J::String)
}

/// How prerequisites are compared between two files of the same kind.
#[derive(Clone, Copy)]
enum Prereqs {
    /// Both files are spec 2: every phase and relationship.
    Spec2,
    /// At least one is spec 1.x, which has no test, develop or suggests: both are compared as
    /// spec 1.4 can say them (what CPAN::Meta::Converter's downgrade keeps): runtime requires,
    /// recommends and conflicts, configure requires, and build requires merged with test requires
    /// (as CPAN::Meta::Requirements merges them).
    Spec1,
}

/// The prerequisites as spec 1.4 can say them (see [`Prereqs::Spec1`]).
fn as_spec1(
    all: BTreeMap<(String, String, String), String>,
) -> BTreeMap<(String, String, String), String> {
    let mut out: BTreeMap<(String, String, String), String> = BTreeMap::new();
    let mut build: BTreeMap<String, Option<crate::version::Range>> = BTreeMap::new();
    for ((phase, rel, module), range) in all {
        match (phase.as_str(), rel.as_str()) {
            ("runtime", "requires" | "recommends" | "conflicts") | ("configure", "requires") => {
                out.insert((phase, rel, module), range);
            }
            ("build" | "test", "requires") => {
                let r = crate::version::Range::parse(&range).ok();
                let merged = match build.remove(&module) {
                    None => r,
                    Some(old) => old.zip(r).map(|(a, b)| a.intersect(&b)),
                };
                build.insert(module, merged);
            }
            _ => {}
        }
    }
    for (module, range) in build {
        let text = range.map_or_else(|| "?".to_owned(), |r| r.to_string());
        out.insert(("build".to_owned(), "requires".to_owned(), module), text);
    }
    out
}

/// Every `phase/relationship/module` of the converted prerequisites, with its range.
fn prereqs(doc: &J) -> BTreeMap<(String, String, String), String> {
    let mut out = BTreeMap::new();
    let Some(phases) = doc.get("prereqs").and_then(J::as_object) else {
        return out;
    };
    for (phase, rels) in phases {
        let Some(rels) = rels.as_object() else {
            continue;
        };
        for (rel, modules) in rels {
            let Some(modules) = modules.as_object() else {
                continue;
            };
            for (module, range) in modules {
                out.insert(
                    (phase.clone(), rel.clone(), module.clone()),
                    convert::perl::string(Some(range)).unwrap_or_default(),
                );
            }
        }
    }
    out
}

fn differences(a: &J, b: &J, with_prereqs: Option<Prereqs>) -> Vec<Difference> {
    let mut out = Vec::new();
    for key in ["name", "version", "abstract"] {
        let (x, y) = (scalar_field(a, key), scalar_field(b, key));
        if x != y {
            out.push(Difference {
                pointer: format!("/{key}"),
                what: key.to_owned(),
                left: show(x.as_ref()),
                right: show(y.as_ref()),
            });
        }
    }
    let (x, y) = (licenses(a), licenses(b));
    if x != y {
        out.push(Difference {
            pointer: "/license".to_owned(),
            what: "license".to_owned(),
            left: show(x.as_ref()),
            right: show(y.as_ref()),
        });
    }
    if let Some(how) = with_prereqs {
        let (mut pa, mut pb) = (prereqs(a), prereqs(b));
        if matches!(how, Prereqs::Spec1) {
            (pa, pb) = (as_spec1(pa), as_spec1(pb));
        }
        let keys: std::collections::BTreeSet<_> = pa.keys().chain(pb.keys()).collect();
        for k in keys {
            let (x, y) = (pa.get(k), pb.get(k));
            if x != y {
                let (phase, rel, module) = k;
                let show_range = |r: Option<&String>| {
                    r.map_or_else(|| "nothing".to_owned(), |r| format!("`{r}`"))
                };
                out.push(Difference {
                    pointer: format!(
                        "/prereqs/{}/{}/{}",
                        escape_pointer_token(phase),
                        escape_pointer_token(rel),
                        escape_pointer_token(module)
                    ),
                    what: format!("{phase} {rel} {module}"),
                    left: show_range(x),
                    right: show_range(y),
                });
            }
        }
    }
    out
}

/// Where a converted pointer is in a file: the same path, or (for prerequisites of a spec-1
/// file) the top-level 1.x key the Converter read them from; else the nearest ancestor.
fn locate(view: &View<'_>, pointer: &str) -> Location {
    let mut candidates = vec![pointer.to_owned()];
    if let Some(rest) = pointer.strip_prefix("/prereqs/") {
        let mut parts = rest.splitn(3, '/');
        let (phase, rel, module) = (parts.next(), parts.next(), parts.next());
        let old = match (phase, rel) {
            (Some("runtime"), Some(r @ ("requires" | "recommends" | "conflicts"))) => {
                Some(r.to_owned())
            }
            (Some(p @ ("build" | "configure")), Some("requires")) => Some(format!("{p}_requires")),
            _ => None,
        };
        if let Some(old) = old {
            candidates.push(format!("/{old}/{}", module.unwrap_or_default()));
        }
    }
    for c in &candidates {
        let mut p = c.clone();
        loop {
            if let Some(node) = view.root.pointer(&p) {
                if !p.is_empty() || c == candidates.last().unwrap_or(c) {
                    let mut loc = Location::new(p, Some(node.span));
                    loc.resolve(view.bytes, &LineIndex::new(view.bytes));
                    return loc;
                }
                break;
            }
            match p.rfind('/') {
                Some(i) => p.truncate(i),
                None => break,
            }
        }
    }
    let mut loc = Location::new("", Some(view.root.span));
    loc.resolve(view.bytes, &LineIndex::new(view.bytes));
    loc
}

/// One disagreement as seen from one of the two files.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Disagreement {
    /// Index (into the files given) of the file this finding belongs to.
    pub file: usize,
    /// Index of the file it disagrees with.
    pub other: usize,
    pub location: Location,
    pub message: String,
    /// Where the other file says otherwise, located in the other file's bytes.
    pub related: Location,
    pub related_message: String,
    /// What is compared: `name`, `version`, `abstract`, `license`, or `PHASE RELATIONSHIP MODULE`.
    pub field: String,
}

/// Compares the META files among `files` (`(path, bytes)`; files of other names, files that do
/// not parse and files the Converter cannot convert are left out) and returns each
/// disagreement twice, once for each file.
pub fn disagreements(files: &[(&str, &[u8])]) -> Vec<Disagreement> {
    let mut views: Vec<View<'_>> = Vec::new();
    for (index, (path, bytes)) in files.iter().enumerate() {
        let Some(name) = PREFERENCE.iter().find(|n| **n == base_name(path)) else {
            continue;
        };
        let format = if name.ends_with(".json") {
            Format::Json
        } else {
            Format::Yaml
        };
        let read = source::read(bytes, format);
        let Some(root) = read
            .root
            .filter(|r| r.value.as_object().is_some() && read.perl_error.is_none())
        else {
            continue;
        };
        let converted = convert::to_v2(&root, format, "");
        let v2 = converted.from == crate::model::SpecVersion::V2;
        let Ok(doc) = converted.document else {
            continue;
        };
        views.push(View {
            index,
            v2,
            name,
            bytes,
            root,
            doc,
        });
    }
    // Most preferred first.
    views.sort_by_key(|v| PREFERENCE.iter().position(|n| *n == v.name));
    let read_note = views.first().map_or(String::new(), |v| {
        format!("CPAN clients read {} (CPAN.pm takes the first of MYMETA.json, MYMETA.yml, META.json, META.yml)", v.name)
    });
    let mut out = Vec::new();
    for i in 0..views.len() {
        for j in i + 1..views.len() {
            let (a, b) = (&views[i], &views[j]);
            let same_kind = a.name.starts_with("MY") == b.name.starts_with("MY");
            let prereqs = same_kind.then_some(if a.v2 && b.v2 {
                Prereqs::Spec2
            } else {
                Prereqs::Spec1
            });
            for d in differences(&a.doc, &b.doc, prereqs) {
                for (this, other, mine, theirs) in
                    [(a, b, &d.left, &d.right), (b, a, &d.right, &d.left)]
                {
                    out.push(Disagreement {
                        file: this.index,
                        other: other.index,
                        location: locate(this, &d.pointer),
                        message: format!(
                            "{} says {} {mine}, {} says {theirs}; {read_note}",
                            this.name, d.what, other.name
                        ),
                        related: locate(other, &d.pointer),
                        related_message: format!("{} says {theirs} here", other.name),
                        field: d.what.clone(),
                    });
                }
            }
        }
    }
    out
}

/// The hook for a unit of linted files (one directory, one archive): [`disagreements`] among the
/// files that parsed, as CM882 diagnostics with the index of the file each belongs to. Nothing
/// when CM882 is not enabled in `options`.
pub fn compare(
    files: &[(&str, &[u8], &Report)],
    options: &LintOptions,
) -> Vec<(usize, Diagnostic)> {
    if !options.enables(&RULE) {
        return Vec::new();
    }
    let parsed: Vec<(usize, (&str, &[u8]))> = files
        .iter()
        .enumerate()
        .filter(|(_, (_, _, r))| r.parse_ok)
        .map(|(i, (p, b, _))| (i, (*p, *b)))
        .collect();
    let inputs: Vec<(&str, &[u8])> = parsed.iter().map(|(_, f)| *f).collect();
    disagreements(&inputs)
        .into_iter()
        .map(|d| {
            let diag = Diagnostic::new(&RULE, d.message, d.location).with_related_in(
                files[parsed[d.other].0].0,
                d.related_message,
                d.related,
            );
            (parsed[d.file].0, diag)
        })
        .collect()
}
