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

fn differences(a: &J, b: &J, with_prereqs: bool) -> Vec<Difference> {
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
    if with_prereqs {
        let (pa, pb) = (prereqs(a), prereqs(b));
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

/// Compares the META files among `files` (`(path, bytes, report)`; other files are ignored) and
/// returns each disagreement twice, once for each file, as `(index into files, diagnostic)`.
/// Files that do not parse, or that the Converter cannot convert, are not compared. Nothing is
/// returned when CM882 is not enabled in `options`.
pub fn compare(
    files: &[(&str, &[u8], &Report)],
    options: &LintOptions,
) -> Vec<(usize, Diagnostic)> {
    let mut out = Vec::new();
    if !options.enables(&RULE) {
        return out;
    }
    let mut views: Vec<View<'_>> = Vec::new();
    for (index, (path, bytes, report)) in files.iter().enumerate() {
        let Some(name) = PREFERENCE.iter().find(|n| **n == base_name(path)) else {
            continue;
        };
        if !report.parse_ok {
            continue;
        }
        let format = if name.ends_with(".json") {
            Format::Json
        } else {
            Format::Yaml
        };
        let Some(root) = source::read(bytes, format).root else {
            continue;
        };
        let Ok(doc) = convert::to_v2(&root, format, "").document else {
            continue;
        };
        views.push(View {
            index,
            name,
            bytes,
            root,
            doc,
        });
    }
    // Most preferred first.
    views.sort_by_key(|v| PREFERENCE.iter().position(|n| *n == v.name));
    let read = views.first().map(|v| v.name);
    for i in 0..views.len() {
        for j in i + 1..views.len() {
            let (a, b) = (&views[i], &views[j]);
            let same_kind = a.name.starts_with("MY") == b.name.starts_with("MY");
            for d in differences(&a.doc, &b.doc, same_kind) {
                let read_note = match read {
                    Some(r) => format!(
                        "CPAN clients read {r} (CPAN.pm prefers MYMETA over META, .json over .yml)"
                    ),
                    None => String::new(),
                };
                for (this, other, mine, theirs) in
                    [(a, b, &d.left, &d.right), (b, a, &d.right, &d.left)]
                {
                    let diag = Diagnostic::new(
                        &RULE,
                        format!(
                            "{} says {} {mine}, {} says {theirs}; {read_note}",
                            this.name, d.what, other.name
                        ),
                        locate(this, &d.pointer),
                    )
                    .with_related(
                        format!("{}: {} here", other.name, d.what),
                        locate(other, &d.pointer),
                    );
                    out.push((this.index, diag));
                }
            }
        }
    }
    out
}
