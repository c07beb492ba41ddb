"""Summary quality and speed: every stock sumy algorithm, lead-3 and the default, by ROUGE F1.

    /work/venv/bin/python bench/bench_summaries.py [--bbc-step 5] [--only lead,reduction,news]

CNN/DailyMail sample (../shared/eval/cnn-dailymail/sample-dev.csv): 3 sentences per article.
BBC News Summary (../shared/eval/bbc-news-summary): as many sentences as the reference has,
on every --bbc-step-th article, as a regression check. ROUGE-1/2/Lsum F1 x 100 (rouge-score,
stemming on, one sentence a line for Lsum). "stock" rows run sumy's own classes on sumy's
PlaintextParser (only the tokenizer swapped for the offline one); the other rows go through
`summaries.summarize`, which first removes scraping residue.
"""
from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

from rouge_score import rouge_scorer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summaries import ALGORITHMS, DEFAULT_ALGORITHM, sentence_spans, split_sentences, summarize
from summaries.cleaning import summary_spans
from summaries.registry import build_summarizer
from summaries.tokenizer import TOKENIZER, stemmer, stop_words

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CNN = SHARED / "eval/cnn-dailymail/sample-dev.csv"
BBC = SHARED / "eval/bbc-news-summary"
Summarizer = Callable[[str, int, str | None], list[str]]


def stock(name: str) -> Summarizer:
    """sumy's own class for `name` (its LexRank/TextRank, not the vectorised ones) on sumy's parser."""
    def run(text: str, count: int, title: str | None) -> list[str]:
        summarizer = build_summarizer(name, title)
        if name in ("lexrank", "textrank"):
            summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name](stemmer())
            summarizer.stop_words = stop_words()
        document = PlaintextParser(text, TOKENIZER).document
        return [str(s) for s in summarizer(document, count)]
    return run


def lead(clean: bool) -> Summarizer:
    def run(text: str, count: int, title: str | None) -> list[str]:
        spans = (summary_spans(text) if clean else []) or sentence_spans(text)
        return [text[start:end] for start, end in spans[:count]]
    return run


def ours(name: str) -> Summarizer:
    return lambda text, count, title: summarize(text, count, name, title)


def systems() -> dict[str, Summarizer]:
    table: dict[str, Summarizer] = {"lead-N raw": lead(False), "lead-N cleaned": lead(True)}
    stock_names = [name for name in ALGORITHMS if name != DEFAULT_ALGORITHM]
    table |= {f"stock {name}": stock(name) for name in stock_names}
    table |= {f"cleaned {name}": ours(name) for name in stock_names}
    table[f"{DEFAULT_ALGORITHM} (default)"] = ours(DEFAULT_ALGORITHM)
    return table


def evaluate(cases: list[tuple[str, str | None, list[str], int]], table: dict[str, Summarizer],
             groups: list[str] | None = None) -> dict[str, dict[str, tuple[float, float]]]:
    """Prints the table; returns {system: {group: (R-1, R-2)}} when each case has a group."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    print(f"{'system':<22} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7}")
    by_group: dict[str, dict[str, tuple[float, float]]] = {}
    for label, run in table.items():
        rows = []
        for text, title, reference, count in cases:
            summary = "\n".join(" ".join(s.split()) for s in run(text, count, title))
            scores = scorer.score("\n".join(reference), summary)
            rows.append([100 * scores[key].fmeasure for key in ("rouge1", "rouge2", "rougeLsum")])
        r1, r2, rl = (statistics.fmean(column) for column in zip(*rows))
        print(f"{label:<22} {r1:6.2f} {r2:6.2f} {rl:7.2f}", flush=True)
        for group in sorted(set(groups or [])):
            picked = [row for row, g in zip(rows, groups or []) if g == group]
            by_group.setdefault(label, {})[group] = (statistics.fmean(r[0] for r in picked), statistics.fmean(r[1] for r in picked))
    return by_group


def print_groups(by_group: dict[str, dict[str, tuple[float, float]]], labels: list[str]) -> None:
    groups = sorted(next(iter(by_group.values())))
    print(f"{'R-1/R-2 by category':<22} " + " ".join(f"{g[:13]:>13}" for g in groups))
    for label in labels:
        print(f"{label:<22} " + " ".join(f"{by_group[label][g][0]:6.2f}/{by_group[label][g][1]:6.2f}" for g in groups))


def cnn_cases() -> list[tuple[str, str | None, list[str], int]]:
    with CNN.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(row["article"], None, [h.strip() for h in row["highlights"].splitlines() if h.strip()], 3) for row in rows]


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # sport/199.txt


def bbc_cases(step: int) -> tuple[list[tuple[str, str | None, list[str], int]], list[str]]:
    """Every step-th article (sorted by path) and each one's category (business, sport, ...)."""
    cases, categories = [], []
    for path in sorted((BBC / "articles").glob("*/*.txt"))[::step]:
        title, _, body = _read(path).partition("\n")
        summary_path = BBC / "summaries" / path.parent.name / path.name
        # Reference sentences are glued ("paid.The Tories"): put the missing space back to split them.
        reference = split_sentences(re.sub(r'(?<=[.!?"])(?=[A-Z"])', " ", _read(summary_path).strip()))
        cases.append((body.strip(), title.strip(), reference, max(1, len(reference))))
        categories.append(path.parent.name)
    return cases, categories


def median_ms(cases: list[tuple[str, str | None, list[str], int]]) -> float:
    times = []
    for text, title, _, count in cases * 3:
        started = time.perf_counter()
        summarize(text, count, None, title)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bbc-step", type=int, default=5, help="use every Nth BBC article (default 5)")
    parser.add_argument("--skip-bbc", action="store_true")
    parser.add_argument("--only", help="comma-separated words: run only systems whose label contains one")
    args = parser.parse_args()
    if not CNN.exists():
        print(f"{CNN} is missing", file=sys.stderr)
        return 1
    words = [w.strip() for w in (args.only or "").split(",") if w.strip()]
    table = {label: run for label, run in systems().items() if not words or any(w in label for w in words)}
    cnn = cnn_cases()
    print(f"CNN/DailyMail sample: {len(cnn)} articles, 3 sentences, ROUGE F1 x 100")
    evaluate(cnn, table)
    print(f"\nmedian time of summarize() with the default ({DEFAULT_ALGORITHM}), CNN articles: {median_ms(cnn):.2f} ms")
    if not args.skip_bbc and BBC.exists():
        bbc, categories = bbc_cases(args.bbc_step)
        print(f"\nBBC News Summary: {len(bbc)} articles (every {args.bbc_step}th), as many sentences as the reference")
        by_group = evaluate(bbc, table, categories)
        print()
        print_groups(by_group, [label for label in table if label.startswith(("lead-N cleaned", "stock textrank", "stock reduction", DEFAULT_ALGORITHM))])
        print(f"\nmedian time of summarize() with the default ({DEFAULT_ALGORITHM}), BBC articles: {median_ms(bbc):.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
