//! `cpanmeta`: the command-line front. Everything is in the library (`cpanmeta_cli::run`).

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(cpanmeta_cli::run(std::env::args_os()))
}
