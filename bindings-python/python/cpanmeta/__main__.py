"""``python -m cpanmeta``: the same command line as the ``cpanmeta`` binary (same code)."""

import sys

from cpanmeta._cpanmeta import run_cli


def main() -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    return run_cli(["cpanmeta", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
