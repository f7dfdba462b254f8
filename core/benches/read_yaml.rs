//! Throughput of the META.yml reader on three real files (small, medium, large); inputs and their
//! sources are in tests/fixtures/bench/README.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const INPUTS: &[(&str, &[u8])] = &[
    (
        "small",
        include_bytes!("../../tests/fixtures/bench/small-AFS-PAG-1.02.yml"),
    ),
    (
        "medium",
        include_bytes!("../../tests/fixtures/bench/medium-Web-Solid-Auth-0.91.yml"),
    ),
    (
        "large",
        include_bytes!("../../tests/fixtures/bench/large-Moose-2.2203.yml"),
    ),
];

fn read_yaml(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_yaml");
    for &(name, bytes) in INPUTS {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| cpanmeta::source::yaml::read(std::hint::black_box(bytes)));
        });
    }
    group.finish();
}

criterion_group!(benches, read_yaml);
criterion_main!(benches);
