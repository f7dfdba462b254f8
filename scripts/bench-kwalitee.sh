#!/usr/bin/env bash
# Kwalitee speed: cpanmeta vs Module::CPANTS::Analyse over the same release tarballs, in one run.
#
# usage: scripts/bench-kwalitee.sh [DATA_DIR]   (default $CPANMETA_KWALITEE_DATA or /work/kwalitee-data;
#        its tarballs/ are fetched by tests/oracle/kwalitee/fetch.py)
# Prints releases, total and per-release wall time of each tool, and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-${CPANMETA_KWALITEE_DATA:-/work/kwalitee-data}}"
[ -d "$data/tarballs" ] || { echo "bench-kwalitee: $data/tarballs missing" >&2; exit 2; }
cargo build --release -q -p cpanmeta-cli
mapfile -t releases < <(ls "$data"/tarballs/* | sort)
n=${#releases[@]}
now() { date +%s.%N; }
t0=$(now)
./target/release/cpanmeta kwalitee --format json "${releases[@]}" > /dev/null || [ $? -eq 1 ]
t1=$(now)
printf '%s\n' "${releases[@]}" | perl tests/oracle/kwalitee/cpants.pl - > /dev/null
t2=$(now)
python3 - "$n" "$t0" "$t1" "$t2" <<'PY'
import sys
n, t0, t1, t2 = int(sys.argv[1]), *map(float, sys.argv[2:])
rust, perl = t1 - t0, t2 - t1
print(f"kwalitee bench: {n} releases")
print(f"  cpanmeta (release build, one process): {rust:.2f}s total, {1000 * rust / n:.1f} ms per release")
print(f"  Module::CPANTS::Analyse 1.01 (one perl process): {perl:.2f}s total, {1000 * perl / n:.1f} ms per release")
print(f"  cpanmeta is {perl / rust:.0f}x faster")
PY
