#!/usr/bin/env bash
# Runs `cpanmeta lint --mode compat` and the Perl reference (Parse::CPAN::Meta +
# CPAN::Meta::Validator) over the same META files in one run, and prints per-file times and
# their ratio. Not a test: timings on a shared machine are noisy, so compare ratios.
#
# cpanmeta is timed as the plain release build and as the PGO build of scripts/build-pgo.sh
# (trained on every other corpus release; the files it never saw get a line of their own).
#
#   scripts/bench-vs-perl.sh [DIR]      default: ../shared/corpus/files
#   PGO=0                               only the plain release build
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
DIR=${1:-../shared/corpus/files}
[ -d "$DIR" ] || { echo "bench: $DIR not found" >&2; exit 2; }
cargo build --release -q -p cpanmeta-cli
cargo build --release -q -p cpanmeta --example time_lint
BIN=target/release/cpanmeta
# The PGO build (scripts/build-pgo.sh) too, unless PGO=0.
PGO_DIR=target/pgo/use/release
PGO_TRAIN_LIST=target/pgo/train.txt
PGO_BIN=""
if [ "${PGO:-1}" != 0 ]; then
  scripts/build-pgo.sh
  PGO_BIN=$PGO_DIR/cpanmeta
fi
OUT=${BENCH_OUT:-target/bench-vs-perl}
mkdir -p "$OUT"
find "$DIR" -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \) | sort > "$OUT/files.txt"
N=$(wc -l < "$OUT/files.txt")
BYTES=$(xargs cat < "$OUT/files.txt" | wc -c)
echo "files: $N ($BYTES bytes)"

# Perl: in-process time of load_file + is_valid, module loading excluded.
perl scripts/bench/perl_reference.pl < "$OUT/files.txt" > "$OUT/perl.tsv"
PERL_TOTAL=$(awk -F'\t' '$1=="TOTAL"{print $2}' "$OUT/perl.tsv")

# cpanmeta in-process, like the Perl figure: lint() per file, file reading excluded; the plain
# release build and the PGO build taking turns, best of 5 each (the per-file times of the best
# run are kept).
best_run() { # binary tsv: one run; its lines replace tsv's when its total is lower
  local t
  t=$("$1" compat < "$OUT/files.txt" | tee "$2.run" | awk -F'\t' '$1=="TOTAL"{print $2}')
  if [ ! -s "$2" ] || awk -v a="$t" -v b="$(awk -F'\t' '$1=="TOTAL"{print $2}' "$2")" 'BEGIN{exit !(a<b)}'; then
    mv "$2.run" "$2"
  fi
}
rm -f "$OUT/cpanmeta.tsv" "$OUT/cpanmeta-pgo.tsv"
for _ in 1 2 3 4 5; do
  best_run target/release/examples/time_lint "$OUT/cpanmeta.tsv"
  [ -z "$PGO_BIN" ] || best_run "$PGO_DIR/examples/time_lint" "$OUT/cpanmeta-pgo.tsv"
done
total() { awk -F'\t' '$1=="TOTAL"{print $2}' "$1"; }
RUST_INPROC=$(total "$OUT/cpanmeta.tsv")

# cpanmeta as a user runs it: one process for all files (`xargs -s` keeps them on one command
# line), best of 5, start-up, reading and JSON output included.
whole() { # binary -> best seconds
  local best="" t0 t1 dt
  for _ in 1 2 3 4 5; do
    t0=$(date +%s%N)
    xargs -s 2000000 "$1" lint --mode compat --format json --no-progress < "$OUT/files.txt" > "$OUT/cpanmeta.json" 2> /dev/null || true
    t1=$(date +%s%N)
    dt=$(( t1 - t0 ))
    if [ -z "$best" ] || [ "$dt" -lt "$best" ]; then best=$dt; fi
  done
  awk -v ns="$best" 'BEGIN{printf "%.6f", ns/1e9}'
}
RUST_TOTAL=$(whole "$BIN")

line() { # label seconds
  awk -v n="$N" -v p="$PERL_TOTAL" -v t="$2" -v l="$1" 'BEGIN{
    printf "%-76s %7.3f s, %8.1f us/file  -> %.0fx faster\n", l, t, t/n*1e6, p/t }'
}
awk -v n="$N" -v p="$PERL_TOTAL" 'BEGIN{
  printf "%-76s %7.3f s, %8.1f us/file\n", "Perl reference, in-process (Parse::CPAN::Meta + CPAN::Meta::Validator):", p, p/n*1e6 }'
line "cpanmeta lint(), in-process, compat mode, release build (best of 5):" "$RUST_INPROC"
if [ -n "$PGO_BIN" ]; then
  line "cpanmeta lint(), in-process, compat mode, PGO build (best of 5):" "$(total "$OUT/cpanmeta-pgo.tsv")"
  # The files the profile was not trained on: the Perl and the PGO times of exactly those.
  if grep -vxFf "$PGO_TRAIN_LIST" "$OUT/files.txt" > "$OUT/held-out.txt" && [ -s "$OUT/held-out.txt" ]; then
    sum() { awk -F'\t' 'NR==FNR{keep[$0]=1; next} ($2 in keep){s+=$1} END{printf "%.6f", s}' "$OUT/held-out.txt" "$1"; }
    HP=$(sum "$OUT/perl.tsv"); HR=$(sum "$OUT/cpanmeta-pgo.tsv"); HN=$(wc -l < "$OUT/held-out.txt")
    awk -v n="$HN" -v p="$HP" -v r="$HR" 'BEGIN{
      printf "  of which the %d files the profile never saw: Perl %.1f us/file, PGO build %.1f us/file  -> %.0fx faster\n", n, p/n*1e6, r/n*1e6, p/r }'
  fi
fi
line "cpanmeta lint --mode compat --format json, whole process, release build (best of 5):" "$RUST_TOTAL"
[ -z "$PGO_BIN" ] || line "cpanmeta lint --mode compat --format json, whole process, PGO build (best of 5):" "$(whole "$PGO_BIN")"
# The slowest files for Perl, with the per-file figure.
echo "slowest files for the Perl reference:"
# (awk reads to the end: `head` would close the pipe early, and pipefail would fail the script)
sort -rn "$OUT/perl.tsv" | awk -F'\t' '$1 != "TOTAL" && ++n <= 5 {printf "  %8.1f us  %s\n", $1*1e6, $2}'
