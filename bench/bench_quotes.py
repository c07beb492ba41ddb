"""Extraction speed on the Wikinews corpus, against a baseline measured in the same run.

    python bench/bench_quotes.py [--repeat N]

Baseline: one pass of a compiled regex for quotation marks over the same texts (the floor any
extractor pays); the figure that matters is articles/s of `extract_quotes` on one core. Times are the
process's CPU time (best of N passes), so other work on a shared machine does not count against it.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from bot.quotes import extract_quotes  # noqa: E402

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
_BASELINE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def load_texts(path: Path) -> list[str]:
    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            texts.append(json.loads(line)["text"])
        except (ValueError, KeyError, TypeError) as exc:
            print(f"skipping line {number} of {path}: {exc}", file=sys.stderr)
    return texts


def rate(texts: list[str], work, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            work(text)
        best = min(best, time.process_time() - started)
    return len(texts) / best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus)
    quotes = sum(len(extract_quotes(t)) for t in texts)
    extract_rate = rate(texts, extract_quotes, args.repeat)
    baseline_rate = rate(texts, lambda t: _BASELINE.findall(t), args.repeat)
    chars = sum(map(len, texts)) / max(1, len(texts))
    print(f"{len(texts)} articles (mean {chars:.0f} chars), {quotes} quotes")
    print(f"extract_quotes: {extract_rate:.0f} articles/s (target >= 500)")
    print(f"baseline quote-mark regex: {baseline_rate:.0f} articles/s; extract_quotes costs "
          f"{baseline_rate / extract_rate:.0f}x the baseline")


if __name__ == "__main__":
    main()
