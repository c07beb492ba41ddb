"""Shared test fixtures.

`shared_dir` points at ../shared (evaluation data and API specs, never copied into the project):
tests that need it skip on a user's fresh clone and fail under CI=true when it is missing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("DIPLOBRIEF_SHARED", PROJECT_ROOT.parent / "shared"))


def require_shared(relative: str) -> Path:
    """Path inside ../shared, or skip (fail under CI=true) when it is absent."""
    path = SHARED_DIR / relative
    if not path.exists():
        message = f"{path} is missing (../shared holds evaluation data and API specs)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def seed_text() -> str:
    return require_shared("seed/000_f48af93e49f340c6.txt").read_text(encoding="utf-8")


@pytest.fixture
def seed_path() -> Path:
    return require_shared("seed/000_f48af93e49f340c6.txt")
