#!/usr/bin/env bash
# Runs every test of the project, installing what it needs first (scripts/setup.sh).
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
step() { echo; echo "==== $*"; }

step "setup"
scripts/setup.sh

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "Rust tests (unit, integration, corpus parity, conformance)"
cargo nextest run --workspace --no-fail-fast --success-output never --failure-output final
step "doc tests"
cargo test --workspace --doc --quiet

step "wasm32 build of the core"
scripts/check-wasm32.sh --quiet

echo; echo "all tests passed"
