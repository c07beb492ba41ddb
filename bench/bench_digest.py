"""Digest and story-matching speed.

    /work/venv/bin/python bench/bench_digest.py [--articles 1000] [--stories 50] [--repeat 15]

Builds 1,000 articles from the Wikinews corpus in ../shared, recombined into multi-outlet stories
(each base article re-told by 1-5 outlets: a shortened text plus a paragraph from another article),
analysed by the real ingest analysis and stored through Store.add_article. Then prints:
  - build_digest for a 50-story digest (target <= 200 ms), and, as a same-run baseline, the general
    reply path (bot.briefing.story_items) over the same 50 stories;
  - StoryMatcher throughput (articles/s; the ingest pipeline needs >= 100) and how often a re-told
    article found its own story.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.briefing import story_items  # noqa: E402
from bot.digest import build_digest  # noqa: E402
from bot.pipeline import analyse  # noqa: E402
from bot.store import NewArticle, Store  # noqa: E402
from bot.stories import StoryMatcher  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
OUTLETS = ["Xinhua", "TASS", "Plataforma", "Al Jazeera", "UN News", "Anadolu", "Kyodo", "Prensa Latina"]
NOW = datetime(2024, 7, 10, 8, 0, tzinfo=timezone.utc)


def load_corpus() -> list[dict]:
    path = SHARED / "corpus" / "wikinews" / "articles.jsonl"
    if not path.exists():
        sys.exit(f"{path} is missing (../shared holds the corpus)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def recombined(corpus: list[dict], count: int, rng: random.Random) -> list[tuple[int, str, str, str, datetime]]:
    """(base index, outlet, title, text, published) for `count` articles, grouped by base event."""
    articles = []
    base = 0
    while len(articles) < count:
        row = corpus[base % len(corpus)]
        paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
        story_time = NOW - timedelta(hours=rng.uniform(0.5, 23.5))
        for outlet in rng.sample(OUTLETS, k=min(rng.choice([1, 1, 2, 2, 3, 3, 4, 5]), count - len(articles))):
            keep = max(1, len(paragraphs) - rng.randint(0, 2))
            other = corpus[rng.randrange(len(corpus))]["text"].split("\n\n")[-1]
            text = "\n\n".join(paragraphs[:keep] + [other])
            title = row["title"] if outlet == OUTLETS[0] or rng.random() < 0.5 else "UPDATE: " + row["title"]
            published = min(story_time + timedelta(minutes=rng.uniform(0, 180)), NOW - timedelta(minutes=1))
            articles.append((base, outlet, title, text, published))
        base += 1
    return articles


def store_articles(store: Store, articles) -> None:
    story_of_base: dict[int, int] = {}
    for number, (base, outlet, title, text, published) in enumerate(articles):
        analysis = analyse(title, text)
        url = f"https://{outlet.lower().replace(' ', '')}.example.test/{number}"
        added = store.add_article(
            NewArticle(
                url=url, canonical_url=url, title=title, text=text,
                content_hash=hashlib.sha256(f"{outlet}{text}".encode()).hexdigest(), outlet=outlet,
                published_at=published, summary=analysis.summary, entities=analysis.entities,
                quotes=analysis.quotes, person_keys=analysis.person_keys,
            ),
            story_id=story_of_base.get(base),
        )
        if base not in story_of_base:
            story_of_base[base] = store.get_articles([added.article_id])[0].story_id


def timed(function, repeat: int) -> tuple[float, object]:
    function()  # warm caches (SQLAlchemy statement cache, summarizer word lists)
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def bench_matcher(articles) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/matcher.sqlite3")
        matcher = StoryMatcher(store)
        first_of_base: dict[int, int] = {}
        joined_own = retold = joined_other = 0
        start = time.perf_counter()
        for number, (base, outlet, title, text, published) in enumerate(articles):
            story = matcher.story_for(title, text, published, outlet=outlet)
            if base in first_of_base:
                retold += 1
                joined_own += story == first_of_base[base]
            joined_other += story is not None and story != first_of_base.get(base)
            story = story if story is not None else 100_000 + number
            first_of_base.setdefault(base, story)
            matcher.remember(story, number, title, text, published, outlet=outlet)
        elapsed = time.perf_counter() - start
        store.close()
    return len(articles) / elapsed, joined_own / max(retold, 1), joined_other / len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    rng = random.Random(4)
    articles = recombined(load_corpus(), args.articles, rng)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.sqlite3")
        start = time.perf_counter()
        store_articles(store, articles)
        print(f"setup: {len(articles)} articles analysed and stored in {time.perf_counter() - start:.1f} s")
        since, until = NOW - timedelta(hours=24), NOW

        digest_ms, reply = timed(lambda: build_digest(store, [], since, until, args.stories), args.repeat)
        story_ids = [item.story_id for item in reply.items]
        multi = sum(1 for item in reply.items if item.note)

        def general_path():
            return story_items(store, store.get_stories(story_ids), sentences=2, max_quotes=1)

        baseline_ms, _ = timed(general_path, max(3, args.repeat // 3))
        store.close()

    throughput, own, other = bench_matcher(articles)
    print(f"build_digest, {len(reply.items)} stories ({multi} multi-outlet) over {len(articles)} articles: "
          f"median {digest_ms:.1f} ms (target <= 200 ms)")
    print(f"baseline, general reply path (briefing.story_items) for the same stories: median {baseline_ms:.1f} ms "
          f"-> digest is {baseline_ms / digest_ms:.1f}x faster")
    print(f"StoryMatcher: {throughput:.0f} articles/s (story_for + remember; ingest needs >= 100); "
          f"re-told articles that joined their own story: {own:.0%}; articles put in another event's story: {other:.1%}")


if __name__ == "__main__":
    main()
