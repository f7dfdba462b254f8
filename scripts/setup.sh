#!/usr/bin/env bash
# Installs what building and testing cpanmeta needs on a fresh machine of this project's kind
# (Debian 12, root, rustup Rust, only the package registries reachable). Idempotent: each part
# checks before it installs.
#
#   scripts/setup.sh           everything the tests need
#   scripts/setup.sh rust      the Rust toolchain pieces (rustfmt, clippy, cargo-nextest)
#   scripts/setup.sh python    Python 3 with venv (the Python package's tests make their own venvs)
#   scripts/setup.sh wasm      Debian's rustc-web toolchain, wasm-bindgen-cli, Chromium, npm packages, and what the
#                              WebAssembly package needs: wasm-bindgen-cli, npm packages, Chromium
#   scripts/setup.sh perl      the Perl reference modules used by differential tests
set -euo pipefail
export PATH="$HOME/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

APT_UPDATED=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $APT_UPDATED = 0 ]; then $SUDO apt-get update -q >/dev/null; APT_UPDATED=1; fi
  echo "setup: apt-get install ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

setup_rust() {
  command -v cargo >/dev/null || { echo "setup: cargo not found (install rustup first)" >&2; exit 2; }
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  command -v cargo-nextest >/dev/null || cargo install --locked cargo-nextest
}

setup_wasm() {
  # Debian's rustc-web 1.96 (LLVM with the WebAssembly backend) + its std sources + lld.
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  setup_wasm_package
}

# ---- wasm: the WebAssembly package and its tests (scripts/build-wasm.sh, scripts/test-wasm.sh)
setup_wasm_package() {
  local root want
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  # Headless Chromium for the page's end-to-end tests (driven by playwright-core; no browser download).
  apt_install chromium chromium-driver
  command -v npm >/dev/null || apt_install nodejs npm
  # wasm-bindgen-cli must be exactly the version of the `wasm-bindgen` crate. No --locked: its
  # lock file pins a crate version the registry mirror here does not serve.
  want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' "$root/bindings-wasm/Cargo.toml")
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    echo "setup: cargo install wasm-bindgen-cli $want"
    cargo install --quiet wasm-bindgen-cli --version "$want"
  fi
  # playwright-core, binaryen (wasm-opt) and typescript, exactly as package-lock.json pins them;
  # again whenever the lock file changes (a copy of it in node_modules records what was installed).
  local stamp="$root/bindings-wasm/node_modules/.installed-package-lock.json"
  if ! cmp -s "$root/bindings-wasm/package-lock.json" "$stamp" 2>/dev/null; then
    echo "setup: npm ci in bindings-wasm"
    (cd "$root/bindings-wasm" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$root/bindings-wasm/package-lock.json" "$stamp"
  fi
}

setup_python() {
  # scripts/test-python.sh makes its own virtualenvs and installs maturin, pytest and mypy there.
  command -v python3 >/dev/null || apt_install python3 python3-venv
  python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
}

setup_perl() {
  # CPAN::Meta and version.pm ship with perl; the differential tests need nothing more yet.
  command -v perl >/dev/null || apt_install perl
  perl -MCPAN::Meta -Mversion -e1
}

parts=("$@"); [ ${#parts[@]} -gt 0 ] || parts=(rust python wasm perl)
for part in "${parts[@]}"; do
  case "$part" in
    rust) setup_rust ;;
    python) setup_python ;;
    wasm) setup_wasm ;;
    perl) setup_perl ;;
    *) echo "setup: unknown part '$part'" >&2; exit 2 ;;
  esac
done
echo "setup: ok (${parts[*]})"
