"""Vectorised LexRank/TextRank against sumy's own, on one document of N real sentences.

    /work/venv/bin/python bench/bench_fast_rank.py [--sentences 1000]

Sentences come from the Wikinews corpus in ../shared (articles concatenated until N);
both implementations run in this process on the same parsed document, and the script checks
that they choose the same sentences before printing the speed ratio.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summaries.fast_rank import FastLexRankSummarizer, FastTextRankSummarizer
from summaries.sentences import split_sentences
from summaries.tokenizer import document_from_sentences, stemmer, stop_words

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/corpus/wikinews/articles.jsonl"


def real_sentences(count: int) -> list[str]:
    sentences: list[str] = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            sentences.extend(s for s in split_sentences(json.loads(line)["text"]) if len(s.split()) >= 5)
            if len(sentences) >= count:
                return sentences[:count]
    raise SystemExit(f"the corpus has only {len(sentences)} sentences")


def timed(summarizer, texts: list[str], count: int, repeats: int) -> tuple[float, tuple]:
    """Best of `repeats` runs (the machine is shared), each on a freshly parsed document."""
    best, chosen = float("inf"), ()
    for _ in range(repeats):
        document = document_from_sentences(texts)
        started = time.perf_counter()
        chosen = summarizer(document, count)
        best = min(best, time.perf_counter() - started)
    return best, chosen


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--summary", type=int, default=10, help="sentences to choose")
    args = parser.parse_args()
    texts = real_sentences(args.sentences)
    print(f"{len(texts)} sentences from {CORPUS.name}; choosing {args.summary}")
    for label, stock_class, fast_class in (
        ("LexRank", LexRankSummarizer, FastLexRankSummarizer),
        ("TextRank", TextRankSummarizer, FastTextRankSummarizer),
    ):
        stock, fast = stock_class(stemmer()), fast_class(stemmer())
        stock.stop_words = fast.stop_words = stop_words()
        fast(document_from_sentences(texts), args.summary)  # warm the shared stemmer cache
        stock_seconds, stock_choice = timed(stock, texts, args.summary, repeats=2)
        fast_seconds, fast_choice = timed(fast, texts, args.summary, repeats=7)
        same = [str(s) for s in stock_choice] == [str(s) for s in fast_choice]
        print(
            f"{label:<9} sumy {stock_seconds * 1000:9.1f} ms   fast {fast_seconds * 1000:7.1f} ms   "
            f"ratio {stock_seconds / fast_seconds:6.1f}x   same sentences: {same}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
