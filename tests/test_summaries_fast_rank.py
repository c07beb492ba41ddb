"""The vectorised LexRank/TextRank choose exactly what sumy's own classes choose."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summaries.fast_rank import FastLexRankSummarizer, FastTextRankSummarizer
from summaries.tokenizer import TOKENIZER, stemmer, stop_words
from tests.conftest import require_shared

PAIRS = [(LexRankSummarizer, FastLexRankSummarizer), (TextRankSummarizer, FastTextRankSummarizer)]


def _configured(cls):
    summarizer = cls(stemmer())
    summarizer.stop_words = stop_words()
    return summarizer


def _wikinews_texts(count: int) -> list[str]:
    path = require_shared("corpus/wikinews/articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    # Every 10th article: short and long ones, diplomatic and not.
    return [a["text"] for a in articles[::10][:count]]


@pytest.mark.parametrize(("stock_class", "fast_class"), PAIRS, ids=["lexrank", "textrank"])
def test_same_sentences_as_sumy_on_real_articles(stock_class, fast_class, seed_text: str) -> None:
    stock, fast = _configured(stock_class), _configured(fast_class)
    for text in [seed_text, *_wikinews_texts(25)]:
        document = PlaintextParser(text, TOKENIZER).document
        for count in (1, 3, 5):
            assert [str(s) for s in fast(document, count)] == [str(s) for s in stock(document, count)]


def test_lexrank_graph_is_sumys_graph(seed_text: str) -> None:
    stock, fast = _configured(LexRankSummarizer), _configured(FastLexRankSummarizer)
    for text in [seed_text, *_wikinews_texts(10)]:
        words = [stock._to_words_set(s) for s in PlaintextParser(text, TOKENIZER).document.sentences]
        expected = stock._create_matrix(words, stock.threshold, stock._compute_tf(words), stock._compute_idf(words))
        assert np.array_equal(fast.graph(words, fast.threshold), expected)


def test_textrank_matrix_is_sumys_matrix(seed_text: str) -> None:
    stock, fast = _configured(TextRankSummarizer), _configured(FastTextRankSummarizer)
    for text in [seed_text, *_wikinews_texts(10)]:
        document = PlaintextParser(text, TOKENIZER).document
        assert np.array_equal(fast._create_matrix(document), stock._create_matrix(document))


# Written for this test: repeated sentences, one-word sentences and stop-word-only sentences,
# the corner cases of sumy's formulas (duplicate dict keys, log(1) = 0 norms, empty rows).
EDGE_TEXT = """Sanctions. Sanctions. The talks resumed in Vienna on Monday.
It is what it is. The talks resumed in Vienna on Monday. Iran rejected the offer.
Diplomats said the offer was final. Vienna. Iran said the talks would go on."""


@pytest.mark.parametrize(("stock_class", "fast_class"), PAIRS, ids=["lexrank", "textrank"])
def test_same_sentences_on_degenerate_input(stock_class, fast_class) -> None:
    document = PlaintextParser(EDGE_TEXT, TOKENIZER).document
    stock, fast = _configured(stock_class), _configured(fast_class)
    for count in range(1, 8):
        assert [str(s) for s in fast(document, count)] == [str(s) for s in stock(document, count)]


@pytest.mark.parametrize("fast_class", [FastLexRankSummarizer, FastTextRankSummarizer])
def test_empty_document_gives_nothing(fast_class) -> None:
    assert _configured(fast_class)(PlaintextParser("", TOKENIZER).document, 3) == ()
