#!/usr/bin/env bash
# Builds the WebAssembly package and the checker page, then runs their tests:
#   - tsc --strict on a user's typed code against the shipped index.d.ts and release.d.ts,
#   - node --test: the package API; the release reader against the CLI on every archive fixture;
#     parity with the CLI on a corpus sample (skips without ../shared); and the page end to end in
#     headless Chromium (screenshots: target/wasm/screenshot.png, screenshot-release.png).
# Needs `scripts/setup.sh wasm` once.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

budget=0
scripts/build-wasm.sh || budget=$?
[ "$budget" = 0 ] || [ "$budget" = 3 ] || exit "$budget"

# The CLI the parity test compares with (the rustup toolchain, not Debian's).
(unset RUSTC RUSTC_BOOTSTRAP CARGO_BUILD_TARGET; cargo build --quiet -p cpanmeta-cli)

cd bindings-wasm
node_modules/.bin/tsc -p tests/tsconfig.json
echo "test-wasm: index.d.ts type-checks a user's code (tsc --strict)"
node --test --test-reporter=spec tests/api.test.mjs tests/release.test.mjs tests/parity.test.mjs tests/browser.test.mjs "$@"
echo "test-wasm: screenshots in target/wasm/screenshot.png and target/wasm/screenshot-release.png"
if [ "$budget" = 3 ]; then
  echo "test-wasm: FAIL: the tests pass but a module is over the size budget (see build-wasm above)" >&2
  exit 1
fi
