#!/usr/bin/env bash
# A large run: the corpus's META files replicated into a tree of N files (default 100,000), linted
# with `cpanmeta lint --format json-lines` on one thread and on all cores. Prints wall time, peak
# resident memory (from `/usr/bin/time -v`), files and findings for each, and checks that both
# runs wrote the same bytes. Not a test: timings on a shared machine are noisy.
#
#   scripts/bench-large.sh [N] [CORPUS_DIR]      default: 100000 ../shared/corpus/files
#   FORMATS="json-lines json sarif" scripts/bench-large.sh   also time other formats (all cores)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
N=${1:-100000}
CORPUS=${2:-${CPANMETA_SHARED:-../shared}/corpus/files}
FORMATS=${FORMATS:-json-lines}
[ -d "$CORPUS" ] || { echo "bench: $CORPUS not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time (GNU time) is needed for peak memory" >&2; exit 2; }
cargo build --release -q -p cpanmeta-cli
BIN=$PWD/target/release/cpanmeta
OUT=${BENCH_OUT:-$PWD/target/bench-large}
TREE=$OUT/tree-$N
mkdir -p "$OUT"

# The tree: whole copies of the corpus (r0, r1, ...), then part of one more, until N files.
if [ ! -f "$TREE/.complete" ]; then
  rm -rf "$TREE"
  mkdir -p "$TREE"
  (cd "$CORPUS" && find . -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \) | sort) > "$OUT/corpus-files.txt"
  PER=$(wc -l < "$OUT/corpus-files.txt")
  [ "$PER" -gt 0 ] || { echo "bench: no META files in $CORPUS" >&2; exit 2; }
  left=$N
  r=0
  while [ "$left" -gt 0 ]; do
    mkdir -p "$TREE/r$r"
    take=$(( left < PER ? left : PER ))
    head -n "$take" "$OUT/corpus-files.txt" | tar -C "$CORPUS" -cf - -T - | tar -C "$TREE/r$r" -xf -
    left=$(( left - take ))
    r=$(( r + 1 ))
  done
  touch "$TREE/.complete"
fi
FILES=$(find "$TREE" -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \) | wc -l)
BYTES=$(find "$TREE" -type f -name '*META.*' -printf '%s\n' | awk '{s += $1} END {print s}')
CORES=$(nproc)
echo "tree: $TREE: $FILES files, $BYTES bytes; machine: $CORES cores ($(uname -m))"

# One measured run: wall time and peak RSS from GNU time; exit code 1 (findings) is expected.
measure() {
  local label=$1 format=$2 threads=$3
  local out="$OUT/out-$format-j$threads"
  local rc=0
  /usr/bin/time -v -o "$OUT/time-$format-j$threads.txt" \
    "$BIN" lint --no-progress --format "$format" -j "$threads" "$TREE" > "$out" 2> "$OUT/stderr-$format-j$threads.txt" || rc=$?
  [ "$rc" -le 1 ] || { echo "bench: cpanmeta exited $rc" >&2; cat "$OUT/stderr-$format-j$threads.txt" >&2; exit 2; }
  local t="$OUT/time-$format-j$threads.txt" wall rss cpu share
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$t")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$t")
  cpu=$(awk -F': ' '/User time|System time/{s += $2} END {printf "%.1f", s}' "$t")
  # The share of the cores the run got: on a shared machine, wall time depends on the neighbours.
  share=$(awk -F': ' '/Percent of CPU/{print $2}' "$t")
  printf '%-22s wall %-8s cpu %6ss (%5s)  peak RSS %5.1f MiB  output %6.1f MiB  | %s\n' \
    "$label" "$wall" "$cpu" "$share" "$(echo "$rss / 1024" | bc -l)" \
    "$(echo "$(stat -c %s "$out") / 1048576" | bc -l)" "$(head -n1 "$OUT/stderr-$format-j$threads.txt")"
}

for format in $FORMATS; do
  measure "$format, 1 thread" "$format" 1
  measure "$format, $CORES threads" "$format" "$CORES"
  if cmp -s "$OUT/out-$format-j1" "$OUT/out-$format-j$CORES"; then
    echo "  $format: 1 thread and $CORES threads wrote the same bytes"
  else
    echo "  $format: OUTPUT DIFFERS between 1 and $CORES threads" >&2
    exit 1
  fi
done
