#!/usr/bin/env bash
# Runs `cpanmeta lint --mode compat` and the Perl reference (Parse::CPAN::Meta +
# CPAN::Meta::Validator) over the same META files in one run, and prints per-file times and
# their ratio. Not a test: timings on a shared machine are noisy, so compare ratios.
#
#   scripts/bench-vs-perl.sh [DIR]      default: ../shared/corpus/files
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
DIR=${1:-../shared/corpus/files}
[ -d "$DIR" ] || { echo "bench: $DIR not found" >&2; exit 2; }
cargo build --release -q -p cpanmeta-cli
cargo build --release -q -p cpanmeta --example time_lint
BIN=target/release/cpanmeta
OUT=${BENCH_OUT:-target/bench-vs-perl}
mkdir -p "$OUT"
find "$DIR" -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \) | sort > "$OUT/files.txt"
N=$(wc -l < "$OUT/files.txt")
BYTES=$(xargs cat < "$OUT/files.txt" | wc -c)
echo "files: $N ($BYTES bytes)"

# Perl: in-process time of load_file + is_valid, module loading excluded.
perl scripts/bench/perl_reference.pl < "$OUT/files.txt" > "$OUT/perl.tsv"
PERL_TOTAL=$(awk -F'\t' '$1=="TOTAL"{print $2}' "$OUT/perl.tsv")

# cpanmeta in-process, like the Perl figure: lint() per file, file reading excluded; best of 5.
RUST_INPROC=""
for _ in 1 2 3 4 5; do
  t=$(target/release/examples/time_lint compat < "$OUT/files.txt" | tee "$OUT/cpanmeta.tsv" | awk -F'\t' '$1=="TOTAL"{print $2}')
  if [ -z "$RUST_INPROC" ] || awk -v a="$t" -v b="$RUST_INPROC" 'BEGIN{exit !(a<b)}'; then RUST_INPROC=$t; fi
done

# cpanmeta as a user runs it: one process for all files, best of 5, start-up, reading and JSON
# output included.
best=""
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  xargs "$BIN" lint --mode compat --format json --no-progress < "$OUT/files.txt" > "$OUT/cpanmeta.json" 2> /dev/null || true
  t1=$(date +%s%N)
  dt=$(( t1 - t0 ))
  if [ -z "$best" ] || [ "$dt" -lt "$best" ]; then best=$dt; fi
done
RUST_TOTAL=$(awk -v ns="$best" 'BEGIN{printf "%.6f", ns/1e9}')

awk -v n="$N" -v p="$PERL_TOTAL" -v i="$RUST_INPROC" -v r="$RUST_TOTAL" 'BEGIN{
  printf "Perl reference, in-process (Parse::CPAN::Meta + CPAN::Meta::Validator): %7.3f s, %8.1f us/file\n", p, p/n*1e6;
  printf "cpanmeta lint(), in-process, compat mode (best of 5):                  %7.3f s, %8.1f us/file  -> %.0fx faster\n", i, i/n*1e6, p/i;
  printf "cpanmeta lint --mode compat --format json, whole process (best of 5):  %7.3f s, %8.1f us/file  -> %.0fx faster\n", r, r/n*1e6, p/r }'
# The slowest files for Perl, with the per-file figure.
echo "slowest files for the Perl reference:"
sort -rn "$OUT/perl.tsv" | grep -v TOTAL | head -5 | awk -F'\t' '{printf "  %8.1f us  %s\n", $1*1e6, $2}'
