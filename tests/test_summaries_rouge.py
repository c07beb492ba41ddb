"""Quality targets of issue 4 on ../shared (skipped when absent): CNN/DailyMail dev sample, 3 sentences,
and BBC News Summary (every 5th article, as many sentences as the reference) as the regression check.

Floors are what the default reached when written (bench/bench_summaries.py prints the full table).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from rouge_score import rouge_scorer
from sumy.parsers.plaintext import PlaintextParser

from summaries import ALGORITHMS, DEFAULT_ALGORITHM, sentence_spans, split_sentences, summarize
from summaries.cleaning import summary_spans
from summaries.registry import build_summarizer
from summaries.tokenizer import TOKENIZER
from tests.conftest import require_shared

STOCK = [n for n in ALGORITHMS if n != DEFAULT_ALGORITHM]
# (text, title, reference lines, sentences to pick)
Case = tuple[str, str | None, str, int]


@pytest.fixture(scope="module")
def cnn_sample() -> list[Case]:
    path = require_shared("eval/cnn-dailymail/sample-dev.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["article"], None, row["highlights"], 3) for row in csv.DictReader(handle)]


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # one BBC file is not UTF-8


@pytest.fixture(scope="module")
def bbc_sample() -> list[Case]:
    root = require_shared("eval/bbc-news-summary")
    cases = []
    for path in sorted((root / "articles").glob("*/*.txt"))[::5]:
        title, _, body = _read(path).partition("\n")
        # Reference sentences are glued ("paid.The Tories"): put the missing space back to split them.
        glued = _read(root / "summaries" / path.parent.name / path.name).strip()
        reference = split_sentences(re.sub(r'(?<=[.!?"])(?=[A-Z"])', " ", glued))
        cases.append((body.strip(), title.strip(), "\n".join(reference), max(1, len(reference))))
    return cases


def _rouge(cases: list[Case], summarize_one) -> tuple[float, float]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    r1 = r2 = 0.0
    for text, title, reference, count in cases:
        summary = "\n".join(" ".join(s.split()) for s in summarize_one(text, count, title))
        scores = scorer.score(reference, summary)
        r1 += scores["rouge1"].fmeasure
        r2 += scores["rouge2"].fmeasure
    return 100 * r1 / len(cases), 100 * r2 / len(cases)


def _default(text: str, count: int, title: str | None) -> list[str]:
    return summarize(text, count, title=title)


def _stock(name: str):
    def run(text: str, count: int, title: str | None) -> list[str]:
        summarizer = build_summarizer(name, title)
        return [str(s) for s in summarizer(PlaintextParser(text, TOKENIZER).document, count)]
    return run


def _lead(clean: bool):
    def run(text: str, count: int, title: str | None) -> list[str]:
        spans = (summary_spans(text) if clean else []) or sentence_spans(text)
        return [text[start:end] for start, end in spans[:count]]
    return run


@pytest.fixture(scope="module")
def cnn_default(cnn_sample) -> tuple[float, float]:
    return _rouge(cnn_sample, _default)


@pytest.fixture(scope="module")
def bbc_default(bbc_sample) -> tuple[float, float]:
    return _rouge(bbc_sample, _default)


def test_cnn_default_meets_targets_and_beats_lead_3(cnn_sample, cnn_default) -> None:
    assert cnn_default[0] >= 38.0 and cnn_default[1] >= 17.0, cnn_default  # issue floor: 35 / 15
    # Lead-3 after the same residue removal (bylines, PUBLISHED/UPDATED stamps) is the hard baseline.
    for baseline in (_rouge(cnn_sample, _lead(False)), _rouge(cnn_sample, _lead(True))):
        assert cnn_default[0] > baseline[0] and cnn_default[1] > baseline[1], (cnn_default, baseline)


@pytest.mark.parametrize("name", STOCK)
def test_cnn_default_beats_stock_algorithm(cnn_sample, cnn_default, name: str) -> None:
    stock = _rouge(cnn_sample, _stock(name))
    assert cnn_default[0] > stock[0] and cnn_default[1] > stock[1], (cnn_default, stock)


def test_bbc_default_keeps_its_level_and_beats_lead_n(bbc_sample, bbc_default) -> None:
    assert bbc_default[0] >= 83.0 and bbc_default[1] >= 76.8, bbc_default
    lead = _rouge(bbc_sample, _lead(True))
    assert bbc_default[0] > lead[0] and bbc_default[1] > lead[1], (bbc_default, lead)


# The two best stock algorithms on BBC; the others trail them by 10+ points (bench_summaries.py)
# and KL alone would take half a minute here.
@pytest.mark.parametrize("name", ["reduction", "textrank"])
def test_bbc_default_no_regression_against_stock_algorithm(bbc_sample, bbc_default, name: str) -> None:
    stock = _rouge(bbc_sample, _stock(name))
    assert bbc_default[0] >= stock[0] and bbc_default[1] >= stock[1], (bbc_default, stock)
