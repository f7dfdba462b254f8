#!/usr/bin/env bash
# Builds the `cpanmeta` binary, and the `time_lint` example the benchmarks time, with
# profile-guided optimisation: an instrumented build lints a training set of META files, and
# LLVM's profile of that run steers inlining, block layout and branch order in the final build.
# On this project's machine that makes `lint()` about 10 % faster than the plain release build
# (docs/performance.md); the results are the same, only the code layout differs.
#
# Training set: the META files of every other release of ../shared/corpus (the 2nd, 4th, ... in
# name order), so that scripts/bench-vs-perl.sh can also report the other half, files the
# profile never saw. Without ../shared: the META files under tests/ and examples/.
#
#   scripts/build-pgo.sh     -> target/pgo/use/release/cpanmeta
#                               target/pgo/use/release/examples/time_lint
#                               target/pgo/train.txt (the training files, one per line)
#   PGO_TRAIN=FILE           train on the META files listed in FILE instead
#
# Needs `llvm-profdata` of rustc's own LLVM: the rustup component `llvm-tools`, added if missing.
# Two full release builds: about 10 minutes from a clean tree on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
OUT=target/pgo
SYSROOT=$(rustc --print sysroot)
HOST=$(rustc -vV | sed -n 's/^host: //p')
PROFDATA="$SYSROOT/lib/rustlib/$HOST/bin/llvm-profdata"
if [ ! -x "$PROFDATA" ]; then
  echo "pgo: rustup component add llvm-tools (for llvm-profdata)"
  rustup component add llvm-tools
fi
mkdir -p "$OUT"

# The META files directly in the given directories (-maxdepth 1) or below them (no -maxdepth).
meta_files() {
  find "$@" -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \)
}

# The training files.
if [ -n "${PGO_TRAIN:-}" ]; then
  grep -v '^$' "$PGO_TRAIN" > "$OUT/train.txt"
elif [ -d ../shared/corpus/files ]; then
  find ../shared/corpus/files -mindepth 1 -maxdepth 1 -type d | sort | awk 'NR % 2 == 0' |
    while read -r dir; do meta_files "$dir" -maxdepth 1; done | sort > "$OUT/train.txt"
else
  meta_files tests examples | sort > "$OUT/train.txt"
fi
[ -s "$OUT/train.txt" ] || { echo "pgo: no training files" >&2; exit 2; }
echo "pgo: training on $(wc -l < "$OUT/train.txt") META files"

build() { # target-dir rustflags
  RUSTFLAGS="$2" CARGO_TARGET_DIR="$1" cargo build --release -q -p cpanmeta-cli
  RUSTFLAGS="$2" CARGO_TARGET_DIR="$1" cargo build --release -q -p cpanmeta --example time_lint
}

# 1. Instrumented build; every process adds its counts under $OUT/profiles.
rm -rf "$OUT/profiles"
mkdir -p "$OUT/profiles"
build "$OUT/gen" "-Cprofile-generate=$PWD/$OUT/profiles"

# 2. Training: the work the benchmarks and users do, in both modes and the main output formats.
GEN=$OUT/gen/release
for mode in compat strict; do
  "$GEN/examples/time_lint" "$mode" < "$OUT/train.txt" > /dev/null
  for format in json human sarif; do
    xargs "$GEN/cpanmeta" lint --mode "$mode" --format "$format" --no-progress \
      < "$OUT/train.txt" > /dev/null 2>&1 || true
  done
done
"$PROFDATA" merge -o "$OUT/merged.profdata" "$OUT/profiles"

# 3. The optimised build. Functions the training never ran are compiled as usual. Cargo does not
# watch the profile, so this project's crates are always rebuilt with the new one (the
# dependencies keep the profile of their first build: they are a small part of the time).
CARGO_TARGET_DIR="$OUT/use" cargo clean -q --release -p cpanmeta -p cpanmeta-cli 2>/dev/null || true
build "$OUT/use" "-Cprofile-use=$PWD/$OUT/merged.profdata"
echo "pgo: built $OUT/use/release/cpanmeta and $OUT/use/release/examples/time_lint"
