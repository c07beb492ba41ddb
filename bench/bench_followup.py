"""Follow-up latency: questions asked in a thread of 8 stories, in a store of ~1,000 articles.

    python bench/bench_followup.py [--articles 1000] [--rounds 10]

Builds a temporary SQLite store from ../shared (the seed and the 410 Wikinews articles, repeated as
re-worded copies up to --articles; a few copies join their original's story, as other outlets would),
then times `answer_followup` per question. Target (issue 5): p95 <= 50 ms. The baseline in the same
run is the floor every answer pays: reading the thread's stories and quotes from the store.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from bot.followup import answer_followup  # noqa: E402
from bot.ingest.drafts import content_hash  # noqa: E402
from bot.ingest.files import draft_from_file  # noqa: E402
from bot.pipeline import analyse  # noqa: E402
from bot.store import ConversationRecord, NewArticle, Store  # noqa: E402

SHARED = PROJECT_ROOT.parent / "shared"
THREAD_TITLES = [
    "US president Trump ousts national security advisor Bolton",
    "US President Trump announces troop withdrawal from Syria",
    "Chinese submarine enters Japanese waters",
    "Japan to reduce aid to China",
    "US announces restrictions on flying to Cuba",
    "United States military kills Qasem Soleimani",
    "US president Bush visits Canada",
]
QUESTIONS = [
    ["what did Lavrov say?", "what did he say next?", "who else commented?"],
    ["what about BRICS?", "sources?", "when was this?"],
    ["more on the second one", "what did Pompeo say?", "why was Bolton dismissed?"],
    ["how many Syrian refugees does Turkey have?", "what did Lindsey Graham say about ISIS?"],
    ["when did the submarine intrusion occur?", "did China apologise?", "#4"],
    ["what about the Hagia Sophia?", "what about the Antarctic krill quota?", "what did Erdogan say?"],
    ["where was Soleimani killed?", "what about sanctions?", "the last story?"],
    ["how many countries?", "why?", "what did Wang Yi say?", "what did he say about BRICS?", "who else commented?"],
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def add(store: Store, title: str, text: str, url: str, published: datetime | None, story_id: int | None = None) -> int:
    analysis = analyse(title, text)
    added = store.add_article(
        NewArticle(
            url=url, canonical_url=url, title=title, text=text, content_hash=content_hash(text), outlet="Wikinews",
            published_at=published, summary=analysis.summary, entities=analysis.entities, quotes=analysis.quotes,
            person_keys=analysis.person_keys,
        ),
        story_id=story_id,
    )
    return store.get_articles([added.article_id])[0].story_id


def build(store: Store, total: int) -> list[int]:
    records = [json.loads(line) for line in (SHARED / "corpus/wikinews/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    draft = draft_from_file(SHARED / "seed/000_f48af93e49f340c6.txt")
    seed_story = add(store, draft.title, draft.text, draft.url, datetime(2024, 1, 3, tzinfo=timezone.utc))
    story_of: dict[str, int] = {}
    count = 1
    copy = 0
    while count < total:
        for record in records:
            if count >= total:
                break
            published = datetime.combine(date.fromisoformat(record["date"]), datetime.min.time(), timezone.utc) if record.get("date") else None
            if copy == 0:
                story_of[record["title"]] = add(store, record["title"], record["text"], record["url"], published)
            else:  # a re-worded copy: thread stories get it as a second outlet, the rest as separate stories
                text = f"{record['text']}\n\nThis report was updated ({copy})."
                joins = story_of[record["title"]] if record["title"] in THREAD_TITLES else None
                add(store, record["title"], text, f"{record['url']}?copy={copy}", published, story_id=joins)
            count += 1
        copy += 1
    return [seed_story] + [story_of[t] for t in THREAD_TITLES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if not (SHARED / "corpus/wikinews/articles.jsonl").exists():
        sys.exit(f"{SHARED} is missing: the benchmark reads the seed and the Wikinews corpus from ../shared")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.sqlite3")
        started = time.perf_counter()
        thread = build(store, args.articles)
        print(f"store: {store.count_articles()} articles, built in {time.perf_counter() - started:.1f} s; thread of {len(thread)} stories")

        def baseline() -> None:
            stories = store.get_stories(thread)
            store.quotes_for_articles([a.id for s in stories for a in s.articles])

        cold, warm, floor = [], [], []
        slowest = (0.0, "")
        for round_number in range(args.rounds + 1):
            for sequence in QUESTIONS:
                convo = ConversationRecord("b", "console", "local", "c", "b", list(thread), [], {})
                for question in sequence:
                    t0 = time.perf_counter()
                    answer = answer_followup(store, convo, question)
                    elapsed = (time.perf_counter() - t0) * 1000
                    (cold if round_number == 0 else warm).append(elapsed)
                    if round_number and elapsed > slowest[0]:
                        slowest = (elapsed, question)
                    convo.focus = answer.focus
                t0 = time.perf_counter()
                baseline()
                floor.append((time.perf_counter() - t0) * 1000)
        store.close()
    p50, p95 = statistics.median(warm), percentile(warm, 0.95)
    base = statistics.median(floor)
    print(f"first round (sentence analysis cold): p50 {statistics.median(cold):.1f} ms, max {max(cold):.1f} ms over {len(cold)} questions")
    print(f"follow-up answered: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(warm):.1f} ms over {len(warm)} questions")
    print(f"slowest: {slowest[1]!r} ({slowest[0]:.1f} ms)")
    print(f"baseline (read the thread's stories and quotes): p50 {base:.1f} ms; follow-up p50 = {p50 / base:.1f}x baseline")
    print(f"target p95 <= 50 ms: {'met' if p95 <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
