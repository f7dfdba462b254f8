#!/usr/bin/env bash
# Runs the core's criterion benchmark and prints lint cost as a multiple of a plain serde_json
# parse of the same bytes (target: a full lint within 3x). Not a test; compare ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo bench -q -p cpanmeta --bench lint -- --noplot "$@" 2>&1 | grep -E 'corpus:|time:|^[a-z-]+/' || true
est() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['mean']['point_estimate'])" "target/criterion/$1/new/estimates.json"; }
parse=$(est "json-files/serde_json-parse")
for mode in compat strict; do
  lint=$(est "json-files/lint-$mode")
  awk -v l="$lint" -v p="$parse" -v m="$mode" 'BEGIN{printf "lint --mode %-6s on the JSON files: %.2fx the cost of serde_json parsing them\n", m, l/p}'
done
