"""Shared fixtures: where the repository and ../shared are."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    env = os.environ.get("CPANMETA_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is not beside the clone (set CPANMETA_SHARED)")
    return path


@pytest.fixture(scope="session")
def oracle(shared: Path) -> list[dict[str, Any]]:
    with open(shared / "corpus" / "oracle.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
