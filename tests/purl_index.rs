//! Module → distribution purls through a package index in the 02packages.details.txt format:
//! `tests/fixtures/purl/02packages-corpus.txt` is built from the corpus's own `provides` data by
//! `tests/oracle/make_02packages.py`; every corpus META's prerequisites are then mapped offline.

use cpanmeta::purl::ModuleIndex;
use cpanmeta::source::{Node, Value};
use cpanmeta_tests::{read_jsonl, repo_root};

fn index() -> ModuleIndex {
    let text =
        std::fs::read_to_string(repo_root().join("tests/fixtures/purl/02packages-corpus.txt"))
            .expect("fixture");
    ModuleIndex::parse(&text)
}

#[test]
fn the_corpus_index_reads_completely() {
    let index = index();
    assert!(index.problems.is_empty(), "{:?}", index.problems);
    assert_eq!(index.len(), 969, "Line-Count of the fixture");
    assert_eq!(
        index.purl_for("Moose").map(|p| p.to_string()).as_deref(),
        Some("pkg:cpan/Moose@2.2203?author=STEVAN")
    );
    // A module whose distribution is named otherwise: the index, not a guess, gives the name.
    assert_eq!(
        index
            .purl_for("App::cpanoutdated")
            .map(|p| p.to_string())
            .as_deref(),
        Some("pkg:cpan/cpan-outdated@0.32?author=TOKUHIROM")
    );
}

#[test]
fn corpus_prerequisites_map_to_distribution_purls() {
    let index = index();
    let (mut modules, mut mapped) = (0, 0);
    for entry in read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl")) {
        if entry["ok"] != true {
            continue;
        }
        let Value::Object(meta) = Node::from_json(&entry["data"]).value else {
            continue;
        };
        for (module, purl) in index.prerequisite_purls(&meta) {
            modules += 1;
            if let Some(p) = purl {
                mapped += 1;
                assert_eq!(p.ty(), "cpan");
                assert!(!p.name().contains("::"), "{module} -> {p}");
                if module != "perl" {
                    let e = index
                        .lookup(&module)
                        .expect("mapped modules are in the index");
                    assert_eq!(p.name(), e.dist);
                }
            }
        }
    }
    println!("module index: {mapped}/{modules} prerequisite modules of the corpus mapped to distribution purls (index of 969 modules from 141 distributions)");
    assert!(modules > 10_000);
    assert!(mapped > 1_000);
}
