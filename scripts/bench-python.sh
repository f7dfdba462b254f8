#!/usr/bin/env bash
# Lints the same META files from Python (`cpanmeta.lint` on bytes, Report objects built), natively
# (`cpanmeta::lint` in-process, the time_lint example) and with the CLI (one process, JSON output),
# and prints the per-file cost of each and the Python/native ratio (issue target: within 1.5x).
# Not a test: this machine is shared and noisy, so compare the ratios; each figure is a best of 5.
#
#   scripts/bench-python.sh [DIR]      default: ../shared/corpus/files
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
DIR=${1:-${CPANMETA_SHARED:-../shared}/corpus/files}
[ -d "$DIR" ] || { echo "bench: $DIR not found" >&2; exit 2; }
OUT=${BENCH_OUT:-target/bench-python}
mkdir -p "$OUT"
cargo build --release -q -p cpanmeta-cli
cargo build --release -q -p cpanmeta --example time_lint
# The wheel as a user installs it (scripts/test-python.sh builds and installs it into this venv).
VENV=${BENCH_VENV:-target/python/test}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import cpanmeta' 2>/dev/null; then
  scripts/test-python.sh -q -x >/dev/null
fi
find "$DIR" -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \) | sort > "$OUT/files.txt"
N=$(wc -l < "$OUT/files.txt")
echo "files: $N, strict mode"

best_of_5() { # command... -> the smallest TOTAL seconds it printed
  local best="" t
  for _ in 1 2 3 4 5; do
    t=$("$@" | awk -F'\t' '$1=="TOTAL"{print $2}')
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$t; fi
  done
  echo "$best"
}
NATIVE=$(best_of_5 sh -c "target/release/examples/time_lint strict < '$OUT/files.txt'")
cat > "$OUT/lint_bytes.py" <<'PYEOF'
import sys, time
import cpanmeta
paths = [p.rstrip("\n") for p in open(sys.argv[1])]
data = [(p, open(p, "rb").read()) for p in paths]
total = 0.0
for p, b in data:
    t0 = time.perf_counter()
    r = cpanmeta.lint(b, filename=p)
    total += time.perf_counter() - t0
    del r
print(f"TOTAL\t{total:.6f}\t{len(data)}")
PYEOF
PY=$(best_of_5 "$VENV/bin/python" "$OUT/lint_bytes.py" "$OUT/files.txt")
cat > "$OUT/lint_path.py" <<'PYEOF'
import sys, time
import cpanmeta
paths = [p.rstrip("\n") for p in open(sys.argv[1])]
t0 = time.perf_counter()
for p in paths:
    cpanmeta.lint_path(p)
print(f"TOTAL\t{time.perf_counter() - t0:.6f}\t{len(paths)}")
PYEOF
PYPATH=$(best_of_5 "$VENV/bin/python" "$OUT/lint_path.py" "$OUT/files.txt")
best=""
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  xargs target/release/cpanmeta lint --format json --no-progress < "$OUT/files.txt" > "$OUT/cli.json" 2> /dev/null || true
  t1=$(date +%s%N)
  dt=$(( t1 - t0 ))
  if [ -z "$best" ] || [ "$dt" -lt "$best" ]; then best=$dt; fi
done
CLI=$(awk -v ns="$best" 'BEGIN{printf "%.6f", ns/1e9}')
awk -v n="$N" -v nat="$NATIVE" -v py="$PY" -v pp="$PYPATH" -v cli="$CLI" 'BEGIN{
  printf "native cpanmeta::lint, in-process:                 %8.1f us/file\n", nat/n*1e6;
  printf "Python cpanmeta.lint(bytes), in-process:           %8.1f us/file  -> %.2fx native\n", py/n*1e6, py/nat;
  printf "Python cpanmeta.lint_path(path), reading included: %8.1f us/file  -> %.2fx native\n", pp/n*1e6, pp/nat;
  printf "CLI cpanmeta lint --format json, whole process:    %8.1f us/file  -> %.2fx native\n", cli/n*1e6, cli/nat }'

# Instructions (callgrind) do not depend on the machine's load: the same comparison over a sample,
# start-up and first-use initialisation (compiled regexes and schemas) excluded on both sides.
# Native: only the instructions inside time_lint's `measured` (it warms up first). Python: a run
# making two passes over the files minus a run making one, so the difference is one warm pass.
if command -v valgrind >/dev/null; then
  SAMPLE=${BENCH_SAMPLE:-300}
  head -n "$SAMPLE" "$OUT/files.txt" > "$OUT/sample.txt"
  cat > "$OUT/lint_passes.py" <<'PYEOF'
import sys
import cpanmeta
data = [(p, open(p, "rb").read()) for p in (l.rstrip("\n") for l in open(sys.argv[1]))]
for _ in range(int(sys.argv[2])):
    for p, b in data:
        cpanmeta.lint(b, filename=p)
PYEOF
  instr() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/refs:/{gsub(",","",$NF); print $NF}'; }
  nat=$(instr --toggle-collect='time_lint::measured' target/release/examples/time_lint strict < "$OUT/sample.txt")
  py=$(( $(instr "$VENV/bin/python" "$OUT/lint_passes.py" "$OUT/sample.txt" 2) - $(instr "$VENV/bin/python" "$OUT/lint_passes.py" "$OUT/sample.txt" 1) ))
  awk -v n="$SAMPLE" -v a="$nat" -v b="$py" 'BEGIN{
    printf "instructions over %d files, strict, warm: native %.0f/file, Python %.0f/file -> %.2fx native\n", n, a/n, b/n, b/a }'
fi
