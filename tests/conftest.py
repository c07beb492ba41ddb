"""Shared test fixtures.

`shared_dir` points at ../shared (evaluation data and API specs, never copied into the project):
tests that need it skip on a user's fresh clone and fail under CI=true when it is missing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# The local HTTP server and a polite fetcher for the ingest tests.
pytest_plugins = ["tests.fixtures.ingest.local_server"]

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


POSTGRES_URL = os.environ.get("DIPLOBRIEF_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_answers() -> str | None:
    """None when the test PostgreSQL server answers, else why not."""
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL.replace("+psycopg", ""), connect_timeout=3):
            return None
    except Exception as error:  # any failure means "not available here"
        return f"PostgreSQL at {POSTGRES_URL} does not answer: {error}"


@pytest.fixture
def postgres_url():
    """A PostgreSQL URL on a fresh schema of its own (dropped afterwards); required under CI=true."""
    import uuid

    import psycopg

    problem = _postgres_answers()
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = POSTGRES_URL.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Every store test runs on SQLite and on the local PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'diplobrief.sqlite3'}"
    return request.getfixturevalue("postgres_url")


def make_settings(database_url: str, **extra: str):
    """Settings for tests: an explicit environment, never the developer's own .env."""
    from bot.config import Settings

    env = {"DATABASE_URL": database_url, "DIPLOBRIEF_PER_HOST_DELAY": "0", "HOME": str(PROJECT_ROOT)}
    env.update(extra)
    return Settings.load(env=env)
