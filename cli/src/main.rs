//! `cpanmeta`: the command-line front. Everything is in the library (`cpanmeta_cli::run`).

// Linting builds a small tree of strings per file; mimalloc makes those allocations about twice
// as cheap as the system allocator (measured with scripts/bench-vs-perl.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(cpanmeta_cli::run(std::env::args_os()))
}
