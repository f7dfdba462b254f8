//! The reader against a plain `serde_json` parse of the same bytes (the brief: a full lint must
//! cost less than 3x that). Inputs are real corpus files, see tests/fixtures/bench/README.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const FILES: &[(&str, &[u8])] = &[
    (
        "small",
        include_bytes!("../../tests/fixtures/bench/small-XML-FeedPP-0.95.json"),
    ),
    (
        "medium",
        include_bytes!("../../tests/fixtures/bench/medium-Config-MVP-2.200013.json"),
    ),
    (
        "large",
        include_bytes!("../../tests/fixtures/bench/large-Moose-2.2203.json"),
    ),
];

fn read_json(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_json");
    for &(name, bytes) in FILES {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("cpanmeta", name), bytes, |b, bytes| {
            b.iter(|| cpanmeta::source::json::read(std::hint::black_box(bytes)));
        });
        group.bench_with_input(BenchmarkId::new("serde_json", name), bytes, |b, bytes| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(std::hint::black_box(bytes)));
        });
    }
    group.finish();
}

criterion_group!(benches, read_json);
criterion_main!(benches);
