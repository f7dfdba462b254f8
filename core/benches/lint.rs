//! Lint cost against the cost of merely parsing the same bytes with serde_json.
//!
//! Loads every META file of `../shared/corpus/files` (or `$CPANMETA_BENCH_DIR`, or the corpus of
//! `$CPANMETA_SHARED`), then measures
//! one pass over all of them: `serde_json` parsing (JSON files only: it cannot read YAML), and
//! `cpanmeta::lint` in compat and strict mode over the same JSON files and over all files.
//! `scripts/bench-core.sh` runs this and prints the ratios.

use std::path::{Path, PathBuf};

use cpanmeta::{lint, LintOptions, Mode};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> Vec<(String, Vec<u8>)> {
    // `$CPANMETA_BENCH_DIR`, else the corpus of `$CPANMETA_SHARED` (as the tests find it), else
    // the shared directory beside the checkout.
    let dir = std::env::var_os("CPANMETA_BENCH_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("CPANMETA_SHARED").map(|s| PathBuf::from(s).join("corpus/files"))
        })
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/files"));
    let mut files = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Some(name) = p.file_name().and_then(|n| n.to_str()) {
                if matches!(
                    name,
                    "META.json" | "META.yml" | "MYMETA.json" | "MYMETA.yml"
                ) {
                    files.push((name.to_owned(), std::fs::read(&p).unwrap()));
                }
            }
        }
    }
    assert!(
        !files.is_empty(),
        "no META files under {} (set CPANMETA_BENCH_DIR or CPANMETA_SHARED)",
        dir.display()
    );
    files.sort();
    files
}

fn bench(c: &mut Criterion) {
    let all = corpus();
    let json: Vec<_> = all
        .iter()
        .filter(|(n, _)| n.ends_with(".json"))
        .cloned()
        .collect();
    let json_bytes: usize = json.iter().map(|(_, b)| b.len()).sum();
    let all_bytes: usize = all.iter().map(|(_, b)| b.len()).sum();
    let opts = |mode, name: &str| {
        let mut o = LintOptions::new(mode);
        o.filename = Some(name.to_owned());
        o
    };

    let mut g = c.benchmark_group("json-files");
    g.throughput(Throughput::Bytes(json_bytes as u64));
    g.bench_function("serde_json-parse", |b| {
        b.iter(|| {
            for (_, bytes) in &json {
                let _ = std::hint::black_box(serde_json::from_slice::<serde_json::Value>(bytes));
            }
        });
    });
    for mode in [Mode::Compat, Mode::Strict] {
        let options: Vec<_> = json.iter().map(|(n, _)| opts(mode, n)).collect();
        g.bench_function(format!("lint-{}", mode.as_str()), |b| {
            b.iter(|| {
                for ((_, bytes), o) in json.iter().zip(&options) {
                    std::hint::black_box(lint(bytes, o));
                }
            });
        });
    }
    g.finish();

    let mut g = c.benchmark_group("all-files");
    g.throughput(Throughput::Bytes(all_bytes as u64));
    for mode in [Mode::Compat, Mode::Strict] {
        let options: Vec<_> = all.iter().map(|(n, _)| opts(mode, n)).collect();
        g.bench_function(format!("lint-{}", mode.as_str()), |b| {
            b.iter(|| {
                for ((_, bytes), o) in all.iter().zip(&options) {
                    std::hint::black_box(lint(bytes, o));
                }
            });
        });
    }
    g.finish();
    println!(
        "corpus: {} files ({} JSON, {} bytes)",
        all.len(),
        json.len(),
        all_bytes
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
