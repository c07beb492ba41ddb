"""Foundation benchmark: `latest` and `search` latency at 100k articles, and ingest throughput.

    /work/venv/bin/python bench/bench_store.py                 # 100k articles on SQLite
    /work/venv/bin/python bench/bench_store.py --quick         # 10k, for a fast check
    /work/venv/bin/python bench/bench_store.py --postgres      # also PostgreSQL (local server, own schema)

Articles are recombined from real text: the Wikinews corpus and the seed article in ../shared
(read in place, never copied). Each article keeps most sentences of one source article and splices
in a paragraph from another; countries and organisations are tagged with bot.entities.mentions_in
(per source sentence, summed), published times spread over one year, and about a third of the
articles join another outlet's story. A sample goes through the real `Store.add_article`, the rest
is bulk-inserted with SQLAlchemy Core into the same tables (the FTS triggers index them).

Then: p50/p95 of `latest …` and `search …` through the core (`DiploBrief.handle`, or the handlers
when bot.app does not import), and the full ingest pipeline (`ArticleWriter.write`) with each
stage timed on its own. Targets (issue 2): p95 <= 50 ms per command, ingest >= 100 articles/s.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, insert, text

from bot.commands import parse_command
from bot.config import Settings
from bot.entities import mentions_in
from bot.ingest.drafts import ArticleDraft
from bot.ingest.files import draft_from_file
from bot.messages import IncomingMessage
from bot.store import NewArticle, Store
from bot.store.models import Article, ArticleEntity, Story, Summary
from summaries.sentences import split_sentences

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus/wikinews/articles.jsonl"
SEED = SHARED / "seed/000_f48af93e49f340c6.txt"
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

# Real outlet names only label the synthetic rows; the text is recombined corpus text.
OUTLETS = ("Reuters", "AP", "AFP", "Xinhua", "TASS", "Al Jazeera", "BBC", "UN News", "Kyodo", "Yonhap", "DW", "Plataforma")
LATEST_QUERIES = (
    "latest China Russia",
    "latest China and Russia since 30 days",
    "latest United States Iran",
    "latest Chinese Russian since yesterday",
    "latest NATO",
    "latest NATO Russia since 3 months",
    "latest UN since 7 days",
    "latest United States",
    "latest Kyrgyzstan Kazakhstan",
    "latest Chad Norway",
    "latest China gas",
)
SEARCH_QUERIES = (
    "search said",
    "search government minister",
    "search election since 30 days",
    "search ceasefire",
    "search earthquake tsunami",
    "search Lavrov",
    "search Magnitogorsk",
    "search strategic coordination partnership",
    "search zzyzx",
)
SAMPLE_SIZE = 1000  # articles stored through the real Store.add_article
BATCH = 5000


# ---- source text --------------------------------------------------------------------------


@dataclass(slots=True)
class Source:
    title: str
    title_entities: Counter
    paragraphs: list[list[tuple[str, Counter]]]  # sentences with their tagged entities
    weight: float


def _entities(text_: str) -> Counter:
    found = mentions_in(text_)
    counts: Counter = Counter()
    for code, n in found.countries.items():
        counts[("country", code)] += n
    for code, n in found.organisations.items():
        counts[("organisation", code)] += n
    return counts


def load_sources() -> list[Source]:
    records = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    seed = draft_from_file(SEED)  # boilerplate removed by the real ingest code
    records.append({"title": seed.title, "text": seed.text})
    sources = []
    for record in records:
        paragraphs = []
        for paragraph in record["text"].split("\n\n"):
            sentences = [(s, _entities(s)) for s in split_sentences(paragraph) if len(s.split()) >= 4]
            if sentences:
                paragraphs.append(sentences)
        if sum(map(len, paragraphs)) >= 3:
            tagged = {key for p in paragraphs for _, e in p for key in e}
            # International stories weigh more: a diplomatic news store holds more of them.
            sources.append(Source(record["title"], _entities(record["title"]), paragraphs, 1.0 + len(tagged)))
    return sources


# ---- recombined articles ------------------------------------------------------------------


@dataclass(slots=True)
class Generated:
    source: int
    title: str
    text: str
    entities: Counter
    summary: list[str]
    outlet: str


class Recombiner:
    def __init__(self, sources: list[Source], seed: int) -> None:
        self.sources = sources
        self.rng = random.Random(seed)
        self.cumulative = []
        total = 0.0
        for source in sources:
            total += source.weight
            self.cumulative.append(total)
        self.hashes: set[str] = set()

    def pick(self) -> int:
        return self.rng.choices(range(len(self.sources)), cum_weights=self.cumulative)[0]

    def article(self) -> Generated:
        while True:
            generated = self._article()
            digest = hashlib.sha256(generated.text.encode()).hexdigest()
            if digest not in self.hashes:
                self.hashes.add(digest)
                return generated

    def _article(self) -> Generated:
        rng = self.rng
        index = self.pick()
        main = self.sources[index]
        paragraphs = [[s for s in p if rng.random() < 0.8] for p in main.paragraphs]
        paragraphs = [p for p in paragraphs if p]
        other = self.sources[self.pick()].paragraphs
        spliced = rng.choice(other)
        start = rng.randrange(len(spliced))
        paragraphs.insert(rng.randint(1, max(1, len(paragraphs))), spliced[start : start + rng.randint(1, 3)])
        entities = Counter(main.title_entities)
        for paragraph in paragraphs:
            for _, found in paragraph:
                entities.update(found)
        sentences = [s for p in paragraphs for s, _ in p]
        body = "\n\n".join(" ".join(s for s, _ in p) for p in paragraphs)
        return Generated(index, main.title, body, entities, sentences[:3], rng.choice(OUTLETS))


# ---- building the store -------------------------------------------------------------------


def build(store: Store, sources: list[Source], count: int, now: datetime, seed: int = 1) -> dict[str, float]:
    """Fill `store` with `count` articles; returns timings."""
    generator = Recombiner(sources, seed)
    rng = random.Random(seed + 1)
    last_story: dict[int, list] = {}  # source index -> [story id, time, size]
    started = time.perf_counter()

    def timing(source: int) -> tuple[int | None, datetime]:
        previous = last_story.get(source)
        if previous and previous[2] < 5 and rng.random() < 0.35:  # another outlet reports the same event
            previous[2] += 1
            return previous[0], min(now, previous[1] + timedelta(hours=rng.uniform(0.5, 48)))
        return None, now - timedelta(days=rng.uniform(0, 365))

    sample = min(SAMPLE_SIZE, count)
    for i in range(sample):
        article = generator.article()
        story_id, published = timing(article.source)
        new = NewArticle(
            url=f"https://bench.invalid/{article.outlet.replace(' ', '-').lower()}/{i}",
            canonical_url=f"https://bench.invalid/{article.outlet.replace(' ', '-').lower()}/{i}",
            title=article.title,
            text=article.text,
            content_hash=hashlib.sha256(article.text.encode()).hexdigest(),
            outlet=article.outlet,
            published_at=published,
            language="en",
            summary=article.summary,
            entities=dict(_entities(f"{article.title}\n\n{article.text}")),  # the real tagger on the whole text
        )
        added = store.add_article(new, story_id=story_id)
        if story_id is None:
            stored = store.get_articles([added.article_id])[0].story_id
            last_story[article.source] = [stored, published, 1]
    sample_seconds = time.perf_counter() - started

    with store.engine.connect() as connection:
        next_article = connection.execute(text("SELECT coalesce(max(id), 0) FROM articles")).scalar() + 1
        next_story = connection.execute(text("SELECT coalesce(max(id), 0) FROM stories")).scalar() + 1
    fetched = now
    bulk_started = time.perf_counter()
    remaining = count - sample
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            connection.execute(text("PRAGMA synchronous=OFF"))  # build speed only; reads are unaffected
        done = 0
        while done < remaining:
            articles, entities, summaries, stories = [], [], [], []
            for _ in range(min(BATCH, remaining - done)):
                article = generator.article()
                story_id, published = timing(article.source)
                article_id = next_article
                next_article += 1
                if story_id is None:
                    story_id = next_story
                    next_story += 1
                    stories.append(dict(id=story_id, title=article.title, first_seen=fetched, last_published=published, article_count=1))
                    last_story[article.source] = [story_id, published, 1]
                url = f"https://bench.invalid/{article.outlet.replace(' ', '-').lower()}/{article_id}"
                articles.append(
                    dict(
                        id=article_id, url=url, canonical_url=url, title=article.title, outlet=article.outlet, credits=[],
                        published_at=published, fetched_at=fetched, sort_time=published, text=article.text, language="en",
                        content_hash=hashlib.sha256(article.text.encode()).hexdigest(), story_id=story_id, source_id=None,
                    )
                )  # fmt: skip
                entities.extend(
                    dict(article_id=article_id, kind=kind, code=code, mentions=n, sort_time=published)
                    for (kind, code), n in article.entities.items()
                )
                summaries.append(dict(article_id=article_id, algorithm="default", sentences=article.summary))
                done += 1
            if stories:
                connection.execute(insert(Story.__table__), stories)
            connection.execute(insert(Article.__table__), articles)
            connection.execute(insert(ArticleEntity.__table__), entities)
            connection.execute(insert(Summary.__table__), summaries)
            print(f"\r  bulk: {done}/{remaining}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        # Stories joined by later reports: their size and newest time (sample stories included).
        connection.execute(
            text(
                "UPDATE stories SET article_count = (SELECT count(*) FROM articles a WHERE a.story_id = stories.id),"
                " last_published = (SELECT max(a.sort_time) FROM articles a WHERE a.story_id = stories.id)"
            )
        )
        if store.dialect == "postgresql":
            for table in ("articles", "stories"):
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    return {"sample": sample_seconds, "sample_count": sample, "bulk": time.perf_counter() - bulk_started, "bulk_count": remaining}


# ---- latency ------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


class Answerer:
    """The core's reply path: DiploBrief.handle when bot.app imports, else the handlers directly."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.loop = asyncio.new_event_loop()
        try:
            from bot.app import DiploBrief
        except ImportError as error:
            from bot import handlers
            from bot.handlers import Context

            self.via = f"bot.handlers (bot.app does not import: {error})"

            def answer(line: str):
                now = datetime.now(timezone.utc)
                command = parse_command(line, now, settings.timezone)
                message = IncomingMessage("console", "local", "console", "u", line)
                return handlers.HANDLERS[command.name](Context(store, settings, message, now), command).reply

            self.answer = answer
        else:
            core = DiploBrief(settings, store)
            self.via = "bot.app.DiploBrief.handle"
            self.answer = lambda line: self.loop.run_until_complete(
                core.handle(IncomingMessage("console", "local", "console", "u", line))
            )


def measure(answerer: Answerer, queries: tuple[str, ...], runs: int) -> tuple[list[tuple], list[float], list[float]]:
    """Round-robin over `queries` until `runs` commands ran; per query (items, p50, p95, max, CPU p95) in ms.

    CPU time (this process, all threads) is printed beside wall time: the machine may be shared,
    and CPU time shows what a command costs when it has a core to itself."""
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    cpu: dict[str, list[float]] = {q: [] for q in queries}
    items: dict[str, int] = {}
    for query in queries:  # warm caches once, and see that it answers
        reply = answerer.answer(query)
        if reply.kind == "error":
            raise SystemExit(f"{query!r} failed: {reply.text}")
        items[query] = len(reply.items)
    rounds = math.ceil(runs / len(queries))
    for _ in range(rounds):
        for query in queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            answerer.answer(query)
            per_query[query].append((time.perf_counter() - started) * 1000)
            cpu[query].append((time.process_time() - cpu_started) * 1000)
    rows = [(q, items[q], statistics.median(t), percentile(t, 0.95), max(t), percentile(cpu[q], 0.95)) for q, t in per_query.items()]
    return rows, [t for ts in per_query.values() for t in ts], [t for ts in cpu.values() for t in ts]


# ---- ingest throughput ---------------------------------------------------------------------


def drafts(sources: list[Source], count: int, now: datetime, seed: int) -> list[ArticleDraft]:
    generator = Recombiner(sources, seed)
    rng = random.Random(seed)
    result = []
    for i in range(count):
        article = generator.article()
        url = f"https://bench.invalid/new/{seed}/{i}"
        result.append(
            ArticleDraft(url=url, canonical_url=url, title=article.title, text=article.text, outlet=article.outlet,
                         published=now - timedelta(hours=rng.uniform(0, 72)), language="en")  # fmt: skip
        )
    return result


STAGES = ("entities", "quotes", "summary", "story matching", "DB write")


def pipeline_throughput(store: Store, sources: list[Source], count: int, now: datetime) -> tuple[float, float, dict[str, float], float]:
    """Articles/s of ArticleWriter.write, and seconds per stage (each stage's calls timed in place)."""
    import bot.pipeline as pipeline

    spent: Counter = Counter()

    def timed(stage: str, function: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - started

        return wrapper

    setup_started = time.perf_counter()
    writer = pipeline.ArticleWriter(store)  # loads the recent articles the story matcher compares with
    setup = time.perf_counter() - setup_started
    patched = {"mentions_in": "entities", "extract_quotes": "quotes", "person_key": "quotes", "summarize": "summary"}
    originals = {name: getattr(pipeline, name) for name in patched}
    for name, stage in patched.items():
        setattr(pipeline, name, timed(stage, originals[name]))
    for name in ("story_for", "remember"):
        setattr(writer.matcher, name, timed("story matching", getattr(writer.matcher, name)))
    for name in ("find_duplicate", "add_article", "get_articles"):
        setattr(store, name, timed("DB write", getattr(store, name)))
    try:
        batch = drafts(sources, count, now, seed=7 + store.count_articles())  # new texts on a reused database
        started, cpu_started = time.perf_counter(), time.process_time()
        created = sum(1 for draft in batch if getattr(writer.write(draft), "created", False))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
        for name in ("find_duplicate", "add_article", "get_articles"):
            delattr(store, name)
    if created != count:
        print(f"  note: {count - created} of {count} drafts were not stored as new", file=sys.stderr)
    spent["other"] = elapsed - sum(spent.values())
    return count / elapsed, count / cpu, dict(spent), setup


# ---- running ------------------------------------------------------------------------------


def run(label: str, store: Store, sources: list[Source], args, settings: Settings) -> None:
    now = datetime.now(timezone.utc)
    print(f"\n== {label}: {args.articles} articles (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores) ==")
    if args.reuse:
        print(f"reusing {args.reuse}: {store.count_articles()} articles stored")
    else:
        built = build(store, sources, args.articles, now)
        print(
            f"built in {built['sample'] + built['bulk']:.1f} s: {built['sample_count']} through Store.add_article "
            f"({built['sample_count'] / built['sample']:.0f}/s), {built['bulk_count']} bulk ({built['bulk_count'] / max(built['bulk'], 1e-9):.0f}/s); "
            f"{store.count_articles()} articles stored"
        )
    answerer = Answerer(store, settings)
    print(f"commands through {answerer.via}")
    for name, queries in (("latest", LATEST_QUERIES), ("search", SEARCH_QUERIES)):
        rows, all_times, all_cpu = measure(answerer, queries, args.runs)
        print(f"\n{'command':44} {'items':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU p95':>8}")
        for query, items, p50, p95, worst, cpu95 in rows:
            print(f"{query:44} {items:5d} {p50:8.1f} {p95:8.1f} {worst:8.1f} {cpu95:8.1f}")
        p50, p95 = statistics.median(all_times), percentile(all_times, 0.95)
        verdict = "meets" if p95 <= 50 else "MISSES"
        print(f"{'all ' + name + f' ({len(all_times)} runs)':44} {'':5} {p50:8.1f} {p95:8.1f} {max(all_times):8.1f} "
              f"{percentile(all_cpu, 0.95):8.1f}   {verdict} p95 <= 50 ms")
    print(f"(load average {os.getloadavg()[0]:.1f})")
    if args.pipeline:
        rate, cpu_rate, stages, setup = pipeline_throughput(store, sources, args.pipeline, now)
        print(f"\ningest pipeline, {args.pipeline} recombined drafts, one process (ArticleWriter setup {setup * 1000:.0f} ms):")
        print(f"{'stage':20} {'ms/article':>10} {'articles/s':>11} {'share':>6}")
        total = sum(stages.values())
        for stage in (*STAGES, "other"):
            seconds = stages.get(stage, 0.0)
            per = seconds / args.pipeline * 1000
            print(f"{stage:20} {per:10.2f} {args.pipeline / seconds if seconds > 0 else float('inf'):11.0f} {seconds / total:6.0%}")
        print(f"{'full pipeline':20} {total / args.pipeline * 1000:10.2f} {rate:11.0f}        {'meets' if rate >= 100 else 'MISSES'} >= 100 articles/s")
        print(f"{'(per CPU second)':20} {1000 / cpu_rate:10.2f} {cpu_rate:11.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10k articles, 100 runs per command, 200 drafts")
    parser.add_argument("--runs", type=int, default=200, help="commands timed per kind (round-robin over its queries)")
    parser.add_argument("--pipeline", type=int, default=500, help="drafts through the ingest pipeline (0: skip)")
    parser.add_argument("--postgres", action="store_true", help=f"also run on {POSTGRES_URL} in a schema of its own")
    parser.add_argument("--keep", type=Path, help="build the SQLite database at this path and keep it")
    parser.add_argument("--reuse", type=Path, help="time commands and ingest on this SQLite database (from --keep); no build")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.runs, args.pipeline = 10_000, 100, 200
    if not CORPUS.exists():
        raise SystemExit(f"needs the corpus at {CORPUS}")

    started = time.perf_counter()
    sources = load_sources()
    print(f"{len(sources)} source articles ({sum(len(p) for s in sources for p in s.paragraphs)} sentences) tagged in {time.perf_counter() - started:.1f} s")

    with tempfile.TemporaryDirectory(prefix="bench_store_") as scratch:
        path = args.reuse or args.keep or Path(scratch) / "bench.db"
        if path.exists() and not args.reuse:
            raise SystemExit(f"{path} exists; give a new path")
        url = f"sqlite:///{path}"
        store = Store(url)
        try:
            run("SQLite", store, sources, args, Settings(database_url=url, data_dir=Path(scratch), load_sample=False))
            print(f"database file: {path.stat().st_size / 1e6:.0f} MB")
        finally:
            store.close()
        if args.postgres:
            schema = f"bench_store_{int(time.time())}"
            admin = create_engine(POSTGRES_URL)
            with admin.begin() as connection:
                connection.execute(text(f"CREATE SCHEMA {schema}"))
            pg_url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
            try:
                store = Store(pg_url)
                try:
                    run("PostgreSQL", store, sources, args, Settings(database_url=pg_url, data_dir=Path(scratch), load_sample=False))
                finally:
                    store.close()
            finally:
                with admin.begin() as connection:
                    connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
                admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
