//! Times `cpanmeta::lint` in-process on each file named on standard input (one path per line),
//! the way `scripts/bench/perl_reference.pl` times the Perl reference: file reading and start-up
//! (one untimed pass over the files first, see [`warm_up`]) excluded, one line per file
//! (`<seconds>\t<path>`), then a total. Used by `scripts/bench-vs-perl.sh`.
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

/// One untimed, uncounted pass: the first use of each reader, rule and schema compiles its
/// regexes and validators (`LazyLock`s). That is start-up, like the module loading the Perl
/// figure excludes, not per-file work.
#[inline(never)]
fn warm_up(files: &[(String, Vec<u8>)], work: Work, ignore: &[String]) {
    for (path, bytes) in files {
        std::hint::black_box(run(work, path, bytes, ignore));
    }
}

/// Lints (or parses) one file without timing it.
fn run(work: Work, path: &str, bytes: &[u8], ignore: &[String]) -> bool {
    match work {
        Work::Lint(mode) => {
            let mut options = LintOptions::new(mode);
            options.filename = Some(path.to_owned());
            options.ignore = ignore.to_vec();
            lint(bytes, &options).valid
        }
        Work::Serde => serde_json::from_slice::<serde_json::Value>(bytes).is_ok(),
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
    // Read every file first, so that reading is neither timed nor interleaved with the work.
    let files: Vec<(String, Vec<u8>)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter(|path| !matches!(work, Work::Serde) || path.ends_with(".json"))
        .filter_map(|path| std::fs::read(&path).ok().map(|bytes| (path, bytes)))
        .collect();
    warm_up(&files, work, &ignore);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut total, mut n) = (0.0_f64, 0_usize);
    for (path, bytes) in &files {
        let mut options = LintOptions::new(mode);
        options.filename = Some(path.clone());
        options.ignore.clone_from(&ignore);
        let t0 = Instant::now();
        measured(work, bytes, &options);
        let dt = t0.elapsed().as_secs_f64();
        total += dt;
        n += 1;
        let _ = writeln!(out, "{dt:.6}\t{path}");
    }
    let _ = writeln!(out, "TOTAL\t{total:.6}\t{n}");
}
