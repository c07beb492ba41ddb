"""Extractive summaries with sumy, offline: `summarize` one article, `summarize_story` several."""
from __future__ import annotations

from summaries.registry import ALGORITHMS, DEFAULT_ALGORITHM, summarize, summarize_story
from summaries.sentences import sentence_spans, split_sentences

__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "sentence_spans", "split_sentences", "summarize", "summarize_story"]
