#!/usr/bin/env bash
# Builds the Python wheel as a user does (`pip wheel ./bindings-python`, maturin backend), installs it into a fresh virtualenv,
# and runs the pytest suite, mypy --strict on a user script, and mypy.stubtest against the stubs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
unset RUSTC RUSTC_BOOTSTRAP CARGO_BUILD_TARGET VIRTUAL_ENV
PY=${PYTHON:-python3}
VENV=target/python

# The wheel built as a user builds it: `pip wheel ./bindings-python` (pip fetches maturin, as
# the package's pyproject.toml asks, into an isolated build environment).
if [ ! -x "$VENV/build/bin/pip" ]; then
  "$PY" -m venv "$VENV/build"
fi
rm -rf "$VENV/wheels"
"$VENV/build/bin/pip" wheel -q --no-deps -w "$VENV/wheels" ./bindings-python
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
