//! Cross-file checks on the corpus: every release directory with two or more META files is
//! compared with `cpanmeta::crossfile::disagreements`, and the disagreements found must be exactly
//! the ones the Perl reference's own conversions imply: `../shared/corpus/oracle.jsonl` holds,
//! per file, `CPAN::Meta->load_file`'s `name`, `version`, `abstract`, `licenses` and `prereqs`,
//! which are compared here field by field the same way (licenses as a set; prerequisites
//! module by module, only between files of the same kind, and as spec 1.4 can say them when
//! either file is spec 1.x: runtime and configure as they are, build requires merged with test
//! requires by CPAN::Meta::Requirements' rules, develop and suggests left out).

use std::collections::{BTreeMap, BTreeSet};

use cpanmeta::version::Range;
use cpanmeta_tests::{read_jsonl, shared_or_skip};
use serde_json::Value as J;

fn kind(name: &str) -> bool {
    name.starts_with("MY")
}

/// Spec 1.4's view of spec-2 prerequisites.
fn as_spec1(all: BTreeMap<String, Option<String>>) -> BTreeMap<String, Option<String>> {
    let mut out = BTreeMap::new();
    let mut build: BTreeMap<String, Option<Range>> = BTreeMap::new();
    for (key, range) in all {
        let mut parts = key.splitn(3, ' ');
        let (phase, rel, module) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        match (phase, rel) {
            ("runtime", "requires" | "recommends" | "conflicts") | ("configure", "requires") => {
                out.insert(key.clone(), range);
            }
            ("build" | "test", "requires") => {
                let r = range.as_deref().and_then(|r| Range::parse(r).ok());
                let merged = match build.remove(module) {
                    None => r,
                    Some(old) => old.zip(r).map(|(a, b)| a.intersect(&b)),
                };
                build.insert(module.to_owned(), merged);
            }
            _ => {}
        }
    }
    for (module, range) in build {
        out.insert(
            format!("build requires {module}"),
            Some(range.map_or_else(|| "?".to_owned(), |r| r.to_string())),
        );
    }
    out
}

/// The `(file, field)` disagreements the reference's conversions imply for one release;
/// `files` holds each file's name, whether it is spec 2, and its conversion.
fn reference(files: &[(String, bool, &J)]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let text = |v: &J| match v {
        J::String(s) => Some(s.clone()),
        J::Null => None,
        other => Some(other.to_string()),
    };
    let licenses = |c: &J| {
        let mut l: Vec<String> = c["license"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(text)
            .collect();
        l.sort();
        l.dedup();
        l
    };
    let prereqs = |c: &J| {
        let mut m = BTreeMap::new();
        for (phase, rels) in c["prereqs"].as_object().into_iter().flatten() {
            for (rel, mods) in rels.as_object().into_iter().flatten() {
                for (module, range) in mods.as_object().into_iter().flatten() {
                    m.insert(format!("{phase} {rel} {module}"), text(range));
                }
            }
        }
        m
    };
    for (i, (a, a2, ca)) in files.iter().enumerate() {
        for (b, b2, cb) in &files[i + 1..] {
            let mut fields = Vec::new();
            for key in ["name", "version", "abstract"] {
                if text(&ca[key]) != text(&cb[key]) {
                    fields.push(key.to_owned());
                }
            }
            if licenses(ca) != licenses(cb) {
                fields.push("license".to_owned());
            }
            if kind(a) == kind(b) {
                let (mut pa, mut pb) = (prereqs(ca), prereqs(cb));
                if !(*a2 && *b2) {
                    (pa, pb) = (as_spec1(pa), as_spec1(pb));
                }
                for k in pa.keys().chain(pb.keys()) {
                    if pa.get(k) != pb.get(k) {
                        fields.push(k.clone());
                    }
                }
            }
            for f in fields {
                out.insert((a.clone(), f.clone()));
                out.insert((b.clone(), f));
            }
        }
    }
    out
}

#[test]
fn disagreements_match_the_reference_conversions() {
    let Some(shared) = shared_or_skip("cross-file corpus") else {
        return;
    };
    let corpus = shared.join("corpus");
    let oracle = read_jsonl(&corpus.join("oracle.jsonl"));
    let mut releases: BTreeMap<String, Vec<&J>> = BTreeMap::new();
    for rec in &oracle {
        let path = rec["path"].as_str().unwrap();
        let (dir, _) = path.split_once('/').unwrap();
        releases.entry(dir.to_owned()).or_default().push(rec);
    }
    let (mut compared, mut with_disagreement, mut findings) = (0, 0, 0);
    let mut by_field: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for (dir, recs) in &releases {
        if recs.len() < 2 {
            continue;
        }
        compared += 1;
        let names: Vec<String> = recs
            .iter()
            .map(|r| {
                r["path"]
                    .as_str()
                    .unwrap()
                    .split_once('/')
                    .unwrap()
                    .1
                    .to_owned()
            })
            .collect();
        let bytes: Vec<Vec<u8>> = recs
            .iter()
            .map(|r| std::fs::read(corpus.join("files").join(r["path"].as_str().unwrap())).unwrap())
            .collect();
        let inputs: Vec<(&str, &[u8])> = names
            .iter()
            .zip(&bytes)
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let ours: BTreeSet<(String, String)> = cpanmeta::crossfile::disagreements(&inputs)
            .into_iter()
            .map(|d| (names[d.file].clone(), d.field))
            .collect();
        let loaded: Vec<(String, bool, &J)> = recs
            .iter()
            .zip(&names)
            .filter(|(r, _)| !r["converted"].is_null())
            .map(|(r, n)| {
                let v2 = r["converter_spec_version"].to_string().trim_matches('"') == "2";
                (n.clone(), v2, &r["converted"])
            })
            .collect();
        let want = reference(&loaded);
        if !ours.is_empty() {
            with_disagreement += 1;
        }
        findings += ours.len();
        for (_, f) in &ours {
            let key = if f.contains(' ') {
                "prereqs"
            } else {
                f.as_str()
            };
            *by_field.entry(key.to_owned()).or_default() += 1;
        }
        if ours != want {
            problems.push(format!(
                "{dir}: ours only {:?}, reference only {:?}",
                ours.difference(&want).collect::<Vec<_>>(),
                want.difference(&ours).collect::<Vec<_>>()
            ));
        }
    }
    println!(
        "cross-file: {compared} releases with 2+ META files compared, {with_disagreement} with \
         disagreements, {findings} findings (one per file and field) {by_field:?}; {} differ \
         from the reference",
        problems.len()
    );
    for p in problems.iter().take(20) {
        println!("{p}");
    }
    assert!(compared > 0);
    assert!(problems.is_empty(), "{} releases differ", problems.len());
}
