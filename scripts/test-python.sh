#!/usr/bin/env bash
# Builds the Python wheel with maturin, installs it into a fresh virtualenv as a user would, and
# runs the pytest suite, mypy --strict on a user script, and mypy.stubtest against the stubs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
unset RUSTC RUSTC_BOOTSTRAP CARGO_BUILD_TARGET VIRTUAL_ENV
PY=${PYTHON:-python3}
VENV=target/python
MATURIN_VERSION=1.16.0

# The build environment: maturin, pinned.
if [ ! -x "$VENV/build/bin/maturin" ]; then
  "$PY" -m venv "$VENV/build"
  "$VENV/build/bin/pip" install -q "maturin==$MATURIN_VERSION"
fi
rm -rf "$VENV/wheels"
"$VENV/build/bin/maturin" build --release -q -m bindings-python/Cargo.toml --out "$VENV/wheels" 2>&1 | grep -v '^$' || true
WHEEL=$(ls "$VENV"/wheels/cpanmeta-*.whl)
echo "python: built $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) KiB)"

# A fresh environment, as a user gets it.
rm -rf "$VENV/test"
"$PY" -m venv "$VENV/test"
"$VENV/test/bin/pip" install -q "$WHEEL" pytest mypy
cd bindings-python
# From inside the tests directory, so `import cpanmeta` is the installed wheel, not the source tree.
../"$VENV"/test/bin/python -m pytest -q tests "$@"
../"$VENV"/test/bin/python -m mypy --strict tests/typed_usage.py
../"$VENV"/test/bin/python -m mypy.stubtest cpanmeta --allowlist tests/stubtest-allowlist.txt
echo "python: mypy --strict and stubtest passed"
