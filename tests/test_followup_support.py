"""Helpers for the follow-up tests (no tests here): a store filled with the seed, Wikinews and fixture articles."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

from bot.ingest.drafts import content_hash
from bot.ingest.files import draft_from_file
from bot.pipeline import analyse
from bot.store import ConversationRecord, NewArticle, Store
from tests.conftest import require_shared

FIXTURES = Path(__file__).parent / "fixtures" / "followup" / "articles.json"
SEED = "seed/000_f48af93e49f340c6.txt"
WIKINEWS = "corpus/wikinews/articles.jsonl"


def add(store: Store, title: str, text: str, url: str, outlet: str | None, published: datetime | None,
        story_id: int | None = None, credits: list[str] | None = None) -> tuple[int, int]:
    """Store one article analysed as ingest does (quotes, speakers, entities, summary); (article id, story id)."""
    analysis = analyse(title, text)
    added = store.add_article(
        NewArticle(
            url=url, canonical_url=url, title=title, text=text, content_hash=content_hash(text),
            outlet=outlet, credits=credits or [], published_at=published, summary=analysis.summary,
            entities=analysis.entities, quotes=analysis.quotes, person_keys=analysis.person_keys,
        ),
        story_id=story_id,
    )
    assert added.created, added.reason
    return added.article_id, store.get_articles([added.article_id])[0].story_id


SEED_PUBLISHED = datetime(2024, 1, 3, 12, 0, tzinfo=timezone.utc)


def add_seed(store: Store, published: datetime | None = SEED_PUBLISHED) -> tuple[int, int]:
    # bot.ingest strips the seed's breadcrumb, repeated title and site footer, as the product does.
    draft = draft_from_file(require_shared(SEED))
    return add(store, draft.title, draft.text, draft.url, draft.outlet, published, credits=draft.credits)


def fixture_articles() -> list[dict]:
    return json.loads(FIXTURES.read_text(encoding="utf-8"))["articles"]


def add_fixtures(store: Store) -> dict[str, int]:
    """Fixture stories by their "story" key -> story id (articles sharing a key share a story)."""
    stories: dict[str, int] = {}
    for article in fixture_articles():
        _, story_id = add(
            store, article["title"], article["text"], article["url"], article["outlet"],
            datetime.fromisoformat(article["published"]), story_id=stories.get(article["story"]),
        )
        stories[article["story"]] = story_id
    return stories


def wikinews_records() -> dict[str, dict]:
    path = require_shared(WIKINEWS)
    return {r["title"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def add_wikinews(store: Store, record: dict) -> int:
    published = datetime.combine(date.fromisoformat(record["date"]), datetime.min.time(), timezone.utc) if record.get("date") else None
    return add(store, record["title"], record["text"], record["url"], "Wikinews", published)[1]


def conversation(story_ids: list[int], focus: dict | None = None) -> ConversationRecord:
    return ConversationRecord("t1", "console", "local", "c", "t1", list(story_ids), [], dict(focus or {}))


def shown_sentences(answer) -> list[str]:
    return [sentence for item in answer.reply.items for sentence in item.summary]
