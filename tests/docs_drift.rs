//! Generated documentation must match what the code generates now.

use cpanmeta_tests::repo_root;

#[test]
fn rules_page_is_current() {
    let path = repo_root().join("docs/rules.md");
    let expected = cpanmeta::render::rules_doc::rules_page();
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    if actual != expected && std::env::var_os("CPANMETA_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `CPANMETA_BLESS=1 cargo test -p cpanmeta-tests --test docs_drift`"
    );
}
