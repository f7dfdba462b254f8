#!/usr/bin/env bash
# Runs every test of the project, installing what it needs first (scripts/setup.sh).
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
# Doctests and build scripts link in $TMPDIR; keep that on the project's disk, not a small /tmp.
export TMPDIR="$PWD/target/tmp"
mkdir -p "$TMPDIR"
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

step "wasm32 build of the core (all features)"
scripts/check-wasm32.sh --quiet

step "Python package: wheel, fresh venv, pytest, mypy --strict, stubtest"
scripts/test-python.sh

step "WebAssembly package and checker page: Node and Chromium tests"
scripts/test-wasm.sh

echo; echo "all tests passed"
