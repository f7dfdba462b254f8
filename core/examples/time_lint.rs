//! Times `cpanmeta::lint` in-process on each file named on standard input (one path per line),
//! the way `scripts/bench/perl_reference.pl` times the Perl reference: file reading excluded,
//! one line per file (`<seconds>\t<path>`), then a total. Used by `scripts/bench-vs-perl.sh`.
//!
//! The `serde` mode parses the JSON files with `serde_json` instead (and skips the others): the
//! baseline of the "a full lint within 3x a plain parse" target. `scripts/bench-instructions.sh`
//! runs every mode under callgrind and counts only the instructions spent inside [`measured`].
//!
//! Further arguments are rule selectors to ignore (`schema`, `CM3`...), to see what a group costs.
//!
//! usage: cargo run --release -p cpanmeta --example time_lint -- [strict|compat|serde] [IGNORE...] < files.txt

use std::io::{BufRead, Write};
use std::time::Instant;

use cpanmeta::{lint, LintOptions, Mode};

// The allocator the `cpanmeta` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What to do with each file.
#[derive(Clone, Copy)]
enum Work {
    Lint(Mode),
    /// `serde_json::from_slice::<serde_json::Value>`, JSON files only.
    Serde,
}

/// The work being measured, kept out of line so that callgrind's `--toggle-collect` can count
/// exactly its instructions (reading files and printing excluded).
#[inline(never)]
fn measured(work: Work, bytes: &[u8], options: &LintOptions) {
    match work {
        Work::Lint(_) => {
            std::hint::black_box(lint(bytes, options));
        }
        Work::Serde => {
            let _ = std::hint::black_box(serde_json::from_slice::<serde_json::Value>(bytes));
        }
    }
}

fn main() {
    let work = match std::env::args().nth(1).as_deref() {
        Some("strict") => Work::Lint(Mode::Strict),
        Some("serde") => Work::Serde,
        _ => Work::Lint(Mode::Compat),
    };
    let mode = match work {
        Work::Lint(mode) => mode,
        Work::Serde => Mode::Strict,
    };
    let ignore: Vec<String> = std::env::args().skip(2).collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut total, mut n) = (0.0_f64, 0_usize);
    for path in std::io::stdin().lock().lines().map_while(Result::ok) {
        if matches!(work, Work::Serde) && !path.ends_with(".json") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let mut options = LintOptions::new(mode);
        options.filename = Some(path.clone());
        options.ignore.clone_from(&ignore);
        let t0 = Instant::now();
        measured(work, &bytes, &options);
        let dt = t0.elapsed().as_secs_f64();
        total += dt;
        n += 1;
        let _ = writeln!(out, "{dt:.6}\t{path}");
    }
    let _ = writeln!(out, "TOTAL\t{total:.6}\t{n}");
}
