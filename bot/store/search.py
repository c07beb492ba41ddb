"""Full-text search behind one interface: SQLite FTS5 or PostgreSQL tsvector (see migration 0001)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

RANK_WINDOW = 5000
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


def clean_words(words: Sequence[str]) -> list[str]:
    """Words safe to put in a query: letters, digits, inner hyphens/apostrophes."""
    result = []
    for word in words:
        for token in _WORD.findall(word):
            token = token.strip("'-")
            if token:
                result.append(token.lower())
    return result


def _fts5_query(words: list[str], any_word: bool) -> str:
    # Each word quoted: FTS5 treats quoted text as a phrase, so user input cannot inject syntax.
    return (" OR " if any_word else " ").join('"' + w.replace('"', "") + '"' for w in words)


def _tsquery(words: list[str], any_word: bool) -> str:
    return (" | " if any_word else " & ").join(re.sub(r"[^\w]", "", w) for w in words if re.sub(r"[^\w]", "", w))


def matching_ids_query(dialect: str, keywords: Sequence[str]):
    """A subquery of article ids containing every keyword."""
    words = clean_words(keywords)
    if dialect == "sqlite":
        return text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts_q").bindparams(fts_q=_fts5_query(words, False))
    return text("SELECT id FROM articles WHERE search_vector @@ to_tsquery('english', :ts_q)").bindparams(
        ts_q=_tsquery(words, False)
    )


def ranked_ids(
    session: Session, dialect: str, words: Sequence[str], limit: int = 20, since: datetime | None = None
) -> list[int]:
    """Best-matching article ids: all words if any article has them all, else any word."""
    cleaned = clean_words(words)
    if not cleaned:
        return []
    for any_word in (False, True):
        ids = _ranked(session, dialect, cleaned, any_word, limit, since)
        if ids or len(cleaned) == 1:
            return ids
    return []


def _ranked(session: Session, dialect: str, words: list[str], any_word: bool, limit: int, since: datetime | None) -> list[int]:
    since_clause = ""
    params: dict = {"limit": limit}
    if since is not None:
        params["since"] = since.replace(tzinfo=None) if dialect == "sqlite" else since
        since_clause = " AND a.sort_time >= :since"
    if dialect == "sqlite":
        params["q"] = _fts5_query(words, any_word)
        # Rank only the most recently stored matches: bm25 over every hit of a common word
        # ("said": most of the archive) would cost a full scan per query.
        sql = (
            "SELECT f.rowid FROM (SELECT rowid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts"
            " WHERE articles_fts MATCH :q ORDER BY rowid DESC LIMIT :window) f"
            f" JOIN articles a ON a.id = f.rowid WHERE 1 = 1{since_clause}"
            " ORDER BY f.score, a.sort_time DESC LIMIT :limit"
        )
        params["window"] = RANK_WINDOW
    else:
        params["q"] = _tsquery(words, any_word)
        sql = (
            "SELECT a.id FROM articles a, to_tsquery('english', :q) query"
            f" WHERE a.search_vector @@ query{since_clause}"
            " ORDER BY ts_rank_cd(a.search_vector, query) DESC, a.sort_time DESC LIMIT :limit"
        )
    return [row[0] for row in session.execute(text(sql), params)]
