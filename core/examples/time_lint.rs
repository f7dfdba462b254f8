//! Times `cpanmeta::lint` in-process on each file named on standard input (one path per line),
//! the way `scripts/bench/perl_reference.pl` times the Perl reference: file reading excluded,
//! one line per file (`<seconds>\t<path>`), then a total. Used by `scripts/bench-vs-perl.sh`.
//!
//! usage: cargo run --release -p cpanmeta --example time_lint -- [strict|compat] < files.txt

use std::io::{BufRead, Write};
use std::time::Instant;

use cpanmeta::{lint, LintOptions, Mode};

// The allocator the `cpanmeta` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mode = match std::env::args().nth(1).as_deref() {
        Some("strict") => Mode::Strict,
        _ => Mode::Compat,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut total, mut n) = (0.0_f64, 0_usize);
    for path in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let mut options = LintOptions::new(mode);
        options.filename = Some(path.clone());
        let t0 = Instant::now();
        let report = lint(&bytes, &options);
        let dt = t0.elapsed().as_secs_f64();
        std::hint::black_box(report);
        total += dt;
        n += 1;
        let _ = writeln!(out, "{dt:.6}\t{path}");
    }
    let _ = writeln!(out, "TOTAL\t{total:.6}\t{n}");
}
