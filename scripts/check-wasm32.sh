#!/usr/bin/env bash
# Proves the core crate builds for wasm32-unknown-unknown (no I/O, no threads, no C).
#
# This machine's rustup cannot add targets, so the check uses Debian's rustc-web toolchain
# (rustc-web + cargo-web + rust-web-src + rust-web-llvm + lld-22) and builds std from source with
# -Zbuild-std, which Debian's stable rustc accepts under RUSTC_BOOTSTRAP=1.
# `scripts/setup.sh wasm` installs those packages.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in /usr/bin/cargo /usr/bin/rustc; do
  [ -x "$tool" ] || { echo "check-wasm32: $tool missing; run scripts/setup.sh wasm" >&2; exit 2; }
done
test -f "$(/usr/bin/rustc --print sysroot)/lib/rustlib/src/rust/library/std/Cargo.toml" ||
  { echo "check-wasm32: rust-web-src missing; run scripts/setup.sh wasm" >&2; exit 2; }
export RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc
unset RUSTFLAGS CARGO_BUILD_TARGET
# Debian's cargo, its own target dir (the rustup toolchain's artefacts are not compatible).
/usr/bin/cargo check -p cpanmeta --lib --target wasm32-unknown-unknown \
  -Zbuild-std=std,panic_abort --target-dir target/wasm32-check "$@"
echo "wasm32 check: the core crate builds for wasm32-unknown-unknown"
