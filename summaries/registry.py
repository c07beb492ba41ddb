"""Summarizers by name, and the two calls the bot uses: `summarize` and `summarize_story`.

Every algorithm sees the same input: the text's sentences with scraping residue removed
(`summaries.cleaning`); every answer is sentences copied verbatim from the text, in document order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from sumy.parsers.parser import DocumentParser
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer

from summaries.cleaning import summary_spans
from summaries.fast_rank import FastLexRankSummarizer, FastTextRankSummarizer
from summaries.news import NewsSummarizer
from summaries.sentences import sentence_spans
from summaries.tokenizer import document_from_sentences, stemmer, stop_words

__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "Algorithm", "build_summarizer", "summarize", "summarize_story"]

_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Algorithm:
    name: str
    description: str
    summarizer_class: type[AbstractSummarizer]


ALGORITHMS: dict[str, Algorithm] = {
    algorithm.name: algorithm
    for algorithm in (
        Algorithm("news", "lead prior blended with centrality by the share asked, skips captions and duplicates (default)", NewsSummarizer),
        Algorithm("lexrank", "sumy LexRank, vectorised (same choices)", FastLexRankSummarizer),
        Algorithm("textrank", "sumy TextRank, vectorised (same choices)", FastTextRankSummarizer),
        Algorithm("luhn", "sumy Luhn: clusters of significant words", LuhnSummarizer),
        Algorithm("lsa", "sumy LSA: latent semantic analysis", LsaSummarizer),
        Algorithm("edmundson", "sumy Edmundson: cue, title and location words", EdmundsonSummarizer),
        Algorithm("kl", "sumy KL-Sum: closest word distribution", KLSummarizer),
        Algorithm("sumbasic", "sumy SumBasic: word probabilities", SumBasicSummarizer),
        Algorithm("reduction", "sumy Reduction: graph of shared words", ReductionSummarizer),
    )
}
DEFAULT_ALGORITHM = "news"


def build_summarizer(algorithm: str | None = None, title: str | None = None) -> AbstractSummarizer:
    """A configured sumy summarizer (English stemmer and stop words) for an algorithm name."""
    name = (algorithm or DEFAULT_ALGORITHM).strip().lower()
    if name not in ALGORITHMS:
        raise ValueError(f"unknown summary algorithm {algorithm!r}; valid: {', '.join(ALGORITHMS)}")
    summarizer_class = ALGORITHMS[name].summarizer_class
    if summarizer_class is NewsSummarizer:
        summarizer = NewsSummarizer(stemmer(), title=title)
    else:
        summarizer = summarizer_class(stemmer())
    if isinstance(summarizer, EdmundsonSummarizer):
        title_words = _TITLE_WORD.findall(title or "")
        summarizer.bonus_words = (*DocumentParser.SIGNIFICANT_WORDS, *title_words)
        summarizer.stigma_words = DocumentParser.STIGMA_WORDS
        summarizer.null_words = stop_words()
    else:
        summarizer.stop_words = stop_words()
    return summarizer


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    # A text that is all residue by our rules still gets summarized rather than silently dropped.
    return summary_spans(text) or sentence_spans(text)


def summarize(text: str, sentences: int = 3, algorithm: str | None = None, title: str | None = None) -> list[str]:
    """The `sentences` best sentences of `text`, verbatim and in document order."""
    summarizer = build_summarizer(algorithm, title)
    spans = _candidate_spans(text or "")
    if sentences <= 0 or not spans:
        return []
    document = document_from_sentences([text[start:end] for start, end in spans])
    position = {id(sentence): index for index, sentence in enumerate(document.sentences)}
    chosen = sorted(position[id(sentence)] for sentence in summarizer(document, sentences))
    return [text[spans[i][0] : spans[i][1]] for i in chosen]


def summarize_story(articles: list[tuple[str, str]], sentences: int = 3) -> list[tuple[str, str]]:
    """A summary of one story told by several articles: [(article_key, sentence)].

    Sentences are drawn from all articles (facts several outlets report rank higher), each
    verbatim from its own article, without near-duplicates; ordered by article, then position.
    """
    keys: list[str] = []
    texts: list[str] = []
    article_of: list[int] = []
    positions: list[int] = []
    for article_index, (key, text) in enumerate(articles):
        for position, (start, end) in enumerate(_candidate_spans(text or "")):
            keys.append(key)
            texts.append(text[start:end])
            article_of.append(article_index)
            positions.append(position)
    if sentences <= 0 or not texts:
        return []
    summarizer = build_summarizer(DEFAULT_ALGORITHM)
    assert isinstance(summarizer, NewsSummarizer)
    document = document_from_sentences(texts)
    # The share asked of one average article: a 3-sentence story brief is a teaser however many
    # outlets told the story.
    share = sentences * len(articles) / len(texts)
    scores = summarizer.scores(document, np.asarray(positions), share)
    chosen = summarizer.pick(document.sentences, scores, sentences, articles=article_of)
    chosen.sort(key=lambda i: (article_of[i], positions[i]))
    return [(keys[i], texts[i]) for i in chosen]
