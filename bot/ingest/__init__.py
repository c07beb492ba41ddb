"""Ingestion: files, web pages and RSS/Atom feeds -> clean `ArticleDraft`s (or one-line `IngestFailure`s).

The store and the pipeline that dedupes and enriches drafts live elsewhere in `bot/`.
"""
from __future__ import annotations

from bot.ingest.drafts import ArticleDraft, IngestError, IngestFailure

__all__ = ["ArticleDraft", "IngestError", "IngestFailure"]
