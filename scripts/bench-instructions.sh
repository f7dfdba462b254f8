#!/usr/bin/env bash
# Counts instructions (valgrind's callgrind) per file for the two speed targets, so the figures
# repeat whatever else the machine is doing:
#   - `lint()` in compat and strict mode against a plain `serde_json` parse of the same JSON files
#     (target: a full lint within 3x the parse);
#   - `lint()` in compat mode against the Perl reference, Parse::CPAN::Meta + CPAN::Meta::Validator
#     in-process (target: 100x fewer), on a fixed sample of the files (perl under callgrind is
#     slow).
# Start-up is excluded on both sides. Rust: only the instructions inside time_lint's `measured`
# function count, after an uncounted pass over the files that runs every lazy initialisation
# (regexes, compiled schemas); reading the files and printing are outside too. Perl: a run that
# only loads the modules and reads the first JSON and YAML file once (perl_reference.pl
# --warm-only) is subtracted from the full run. The callgrind files stay in $OUT for
# callgrind_annotate.
#
#   scripts/bench-instructions.sh [DIR]    default: ../shared/corpus/files
#   SAMPLE=N   every Nth file for the Perl comparison (default 5); PERL=0 skips it
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
DIR=${1:-../shared/corpus/files}
SAMPLE=${SAMPLE:-5}
[ -d "$DIR" ] || { echo "bench: $DIR not found" >&2; exit 2; }
command -v valgrind > /dev/null || { echo "bench: valgrind not found" >&2; exit 2; }
# Line tables (for callgrind_annotate) change no code; a target dir of its own keeps the usual
# release build untouched.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target/instr}
CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release -q -p cpanmeta --example time_lint
BIN=$CARGO_TARGET_DIR/release/examples/time_lint
OUT=${BENCH_OUT:-target/bench-instructions}
mkdir -p "$OUT"
find "$DIR" -type f \( -name 'META.json' -o -name 'META.yml' -o -name 'MYMETA.json' -o -name 'MYMETA.yml' \) | sort > "$OUT/all.txt"
grep '\.json$' "$OUT/all.txt" > "$OUT/json.txt" || true
awk -v n="$SAMPLE" 'NR % n == 1 || n == 1' "$OUT/all.txt" > "$OUT/sample.txt"
count() { wc -l < "$1" | tr -d ' '; }

# Instructions inside `measured` for one mode over one file list.
rust() { # name mode list
  valgrind --tool=callgrind --callgrind-out-file="$OUT/$1.callgrind" \
    --toggle-collect='time_lint::measured' "$BIN" "$2" < "$3" > /dev/null 2> "$OUT/$1.log"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$OUT/$1.log"
}
per() { awk -v i="$1" -v n="$2" 'BEGIN{printf "%10.0f", i/n}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

NALL=$(count "$OUT/all.txt")
NJSON=$(count "$OUT/json.txt")
echo "files: $NALL ($NJSON JSON); instructions per file (callgrind)"
SERDE=$(rust serde serde "$OUT/json.txt")
JCOMPAT=$(rust json-compat compat "$OUT/json.txt")
JSTRICT=$(rust json-strict strict "$OUT/json.txt")
ACOMPAT=$(rust all-compat compat "$OUT/all.txt")
ASTRICT=$(rust all-strict strict "$OUT/all.txt")
echo "JSON files:"
echo "  serde_json::from_slice::<Value>   $(per "$SERDE" "$NJSON")"
echo "  lint --mode compat                $(per "$JCOMPAT" "$NJSON")  -> $(ratio "$JCOMPAT" "$SERDE")x the parse (target: at most 3x)"
echo "  lint --mode strict                $(per "$JSTRICT" "$NJSON")  -> $(ratio "$JSTRICT" "$SERDE")x the parse (target: at most 3x)"
echo "all files:"
echo "  lint --mode compat                $(per "$ACOMPAT" "$NALL")"
echo "  lint --mode strict                $(per "$ASTRICT" "$NALL")"

if [ "${PERL:-1}" != 0 ]; then
  NS=$(count "$OUT/sample.txt")
  SCOMPAT=$(rust sample-compat compat "$OUT/sample.txt")
  valgrind --tool=callgrind --callgrind-out-file="$OUT/perl-load.callgrind" \
    perl scripts/bench/perl_reference.pl --warm-only < "$OUT/sample.txt" > /dev/null 2> "$OUT/perl-load.log"
  LOAD=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$OUT/perl-load.log")
  valgrind --tool=callgrind --callgrind-out-file="$OUT/perl.callgrind" \
    perl scripts/bench/perl_reference.pl < "$OUT/sample.txt" > "$OUT/perl.tsv" 2> "$OUT/perl.log"
  PERLI=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$OUT/perl.log")
  PERLW=$((PERLI - LOAD))
  if [ "$SAMPLE" = 1 ]; then echo "all $NS files, against the Perl reference:"; else echo "every ${SAMPLE}th file, $NS files, against the Perl reference:"; fi
  echo "  Perl reference                    $(per "$PERLW" "$NS")  (start-up, $(per "$LOAD" 1), excluded)"
  echo "  lint --mode compat                $(per "$SCOMPAT" "$NS")  -> $(ratio "$PERLW" "$SCOMPAT")x fewer (target: at least 100x)"
fi
