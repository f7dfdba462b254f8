#!/usr/bin/env bash
# Builds the WebAssembly package (bindings-wasm/dist/) and the static checker page
# (target/wasm/site/), and prints the modules' sizes against the budget.
#
#   scripts/build-wasm.sh        needs `scripts/setup.sh wasm` once
#
# Route (see scripts/check-wasm32.sh): Debian's rustc-web toolchain builds std from source for
# wasm32-unknown-unknown (-Zbuild-std, allowed on its stable rustc by RUSTC_BOOTSTRAP=1);
# wasm-bindgen-cli at the crate's exact version writes the JS glue; wasm-opt from the npm
# `binaryen` package optimises (Debian's binaryen breaks wasm-bindgen's output).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PKG=bindings-wasm
OUT=target/wasm
DIST=$PKG/dist
SITE=$OUT/site
# The size budget for the optimised module, gzip -9 (bytes): every 100 KB is a page load on MetaCPAN.
BUDGET_GZ=${CPANMETA_WASM_BUDGET_GZ:-600000}

export PATH="$HOME/.cargo/bin:$PATH"
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' $PKG/Cargo.toml)
need() { echo "build-wasm: $1; run scripts/setup.sh wasm" >&2; exit 2; }
[ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] || need "Debian's cargo-web/rustc-web are missing"
test -f "$(/usr/bin/rustc --print sysroot)/lib/rustlib/src/rust/library/std/Cargo.toml" || need "rust-web-src is missing"
command -v wasm-bindgen >/dev/null || need "wasm-bindgen-cli is missing"
[ "$(wasm-bindgen --version)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  need "wasm-bindgen-cli is $(wasm-bindgen --version), the crate needs $WASM_BINDGEN_VERSION"
WASM_OPT=$ROOT/$PKG/node_modules/.bin/wasm-opt
[ -x "$WASM_OPT" ] || need "$WASM_OPT is missing (npm ci in $PKG)"

step() { echo "build-wasm: $*"; }

# Two modules from the one crate: `cpanmeta_wasm` (lint, rules, versions, purls, licenses: what a
# page loads) and `cpanmeta_release` (the feature `release`: lintRelease and kwalitee, with the
# core's lint but not the page's other exports; loaded when a release is dropped). The archive decoders and kwalitee would put a single module
# over the budget; see bindings-wasm/README.md.
mkdir -p "$OUT/raw"
build_module() { # NAME FEATURES [CARGO-FLAGS [RUSTFLAGS]]
  local name=$1 features=$2 flags=${3:-} rustflags=${4:-}
  # 1. The module. Debian's cargo with its own target dir: rustup's artefacts are not compatible.
  #    std is rebuilt with `optimize_for_size` (smaller algorithms in core/alloc, same results).
  #    One target dir per module: their RUSTFLAGS differ, and would rebuild each other.
  step "cargo build $name (wasm32-unknown-unknown, profile wasm${features:+, features $features})"
  (
    export RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc
    unset CARGO_BUILD_TARGET RUSTC_WRAPPER
    export RUSTFLAGS=$rustflags
    /usr/bin/cargo build --quiet -p cpanmeta-wasm --lib --target wasm32-unknown-unknown \
      ${features:+--features "$features"} $flags \
      -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size --profile wasm --target-dir "target/wasm32/$name"
  )
  cp "target/wasm32/$name/wasm32-unknown-unknown/wasm/cpanmeta_wasm.wasm" "$OUT/raw/$name.wasm"

  # 2. The glue: one ES module for browsers and Node (the wrapper reads the file itself in Node).
  #    --experimental-reset-state-function exports __wbg_reset_state, which re-creates the
  #    instance after a panic has trapped it.
  step "wasm-bindgen $WASM_BINDGEN_VERSION --target web ($name)"
  wasm-bindgen --target web --experimental-reset-state-function --out-name "$name" \
    --out-dir "$OUT/bindgen" "$OUT/raw/$name.wasm"

  # 3. What dominates, measured while the names are still there.
  step "size breakdown of $name (before wasm-opt; code shares carry over)"
  node $PKG/tools/wasm-size.mjs "$OUT/bindgen/${name}_bg.wasm" 10

  # 4. Optimise and drop the names.
  #    -Os rather than -Oz: a few KB larger raw, smaller gzipped (measured; see the README).
  step "wasm-opt -Os $name ($("$WASM_OPT" --version))"
  "$WASM_OPT" -Os --strip-debug --strip-producers "$OUT/bindgen/${name}_bg.wasm" -o "$OUT/${name}_bg.wasm"
}
rm -rf "$OUT/bindgen"
build_module cpanmeta_wasm ""
# The release module without the rules' docs (`rules()` there has none; the page's module has
# them) and without panic locations (`-Zlocation-detail=none`: a panic's message keeps its text,
# loses its file and line), to stay within the budget; see bindings-wasm/README.md.
build_module cpanmeta_release release --no-default-features -Zlocation-detail=none

# 5. The npm package.
rm -rf "$DIST"
mkdir -p "$DIST"
for name in cpanmeta_wasm cpanmeta_release; do
  cp "$OUT/bindgen/$name.js" "$OUT/bindgen/$name.d.ts" "$OUT/${name}_bg.wasm" "$DIST/"
done
cp $PKG/js/*.js $PKG/js/*.d.ts "$DIST/"

# 6. The page: the static files plus the package, one directory any static server can serve.
rm -rf "$SITE"
mkdir -p "$SITE/pkg"
cp -r $PKG/page/. "$SITE/"
cp "$DIST"/*.js "$DIST"/*.wasm "$SITE/pkg/"
# The offline cache is keyed by the content, so a new build replaces the old cache.
HASH=$(cat "$SITE"/*.html "$SITE"/*.js "$SITE"/*.css "$SITE"/pkg/* | sha256sum | cut -c1-16)
sed -i "s/__BUILD_HASH__/$HASH/" "$SITE/sw.js"

# 7. The budget, for both modules: the page's (cpanmeta_wasm) and the release reader's
#    (cpanmeta_release, fetched when a release is dropped).
size_line() { # LABEL FILE
  local raw gz
  raw=$(stat -c %s "$2")
  gz=$(gzip -9c "$2" | wc -c)
  awk -v l="$1" -v r="$raw" -v g="$gz" -v b="$BUDGET_GZ" 'BEGIN {
    printf "build-wasm: %s: %d bytes raw (%.1f KiB), %d bytes gzip -9 (%.1f KiB); budget %d bytes gzipped (%.0f%%)\n",
      l, r, r / 1024, g, g / 1024, b, 100 * g / b }'
}
glue=$(cat "$DIST/index.js" "$DIST/binding.js" "$DIST/cpanmeta_wasm.js" | gzip -9c | wc -c)
size_line "module size (page load, cpanmeta_wasm_bg.wasm)" "$DIST/cpanmeta_wasm_bg.wasm"
size_line "release module size (on demand, cpanmeta_release_bg.wasm)" "$DIST/cpanmeta_release_bg.wasm"
printf 'build-wasm: JS wrapper + glue: %d bytes gzip -9\n' "$glue"
echo "build-wasm: package in $DIST, page in $SITE (serve it: python3 -m http.server -d $SITE)"
over=0
for name in cpanmeta_wasm cpanmeta_release; do
  gz=$(gzip -9c "$DIST/${name}_bg.wasm" | wc -c)
  if [ "$gz" -gt "$BUDGET_GZ" ]; then
    echo "build-wasm: OVER BUDGET: ${name}_bg.wasm is $gz bytes gzipped, the budget $BUDGET_GZ" >&2
    over=1
  fi
done
# Everything is built and usable; the exit status says the budget is blown (3, distinct from a
# failed build) so that scripts/test-wasm.sh can still run the tests and fail at the end.
[ "$over" = 0 ] || exit 3
