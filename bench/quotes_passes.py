"""Run `extract_quotes` over the first N Wikinews texts, P times: a fixed workload for instruction counts.

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/quotes_passes.py 2 60

Subtract the same count for `python -c "import bot.quotes"`; compare two trees with PYTHONPATH. Counts are steadier
than timings on a shared machine (about ±0.5%), and a ratio of two counts is the figure to report.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.append(str(PROJECT_ROOT))  # appended: PYTHONPATH picks the tree being measured

from bot.quotes import extract_quotes  # noqa: E402

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"


def main(argv: list[str]) -> None:
    passes, count = (int(argv[0]), int(argv[1])) if len(argv) >= 2 else (2, 60)
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [json.loads(line)["text"] for line in lines[:count]]
    for _ in range(passes):
        for text in texts:
            extract_quotes(text)


if __name__ == "__main__":
    main(sys.argv[1:])
