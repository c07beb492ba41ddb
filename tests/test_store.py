"""The store on SQLite and PostgreSQL. Articles here are short fixtures written for these tests."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect

from bot.store import NewArticle, Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def article(n: int, text: str, entities=None, title=None, published=None, url=None) -> NewArticle:
    return NewArticle(
        url=url or f"https://example.org/news/{n}",
        canonical_url=url or f"https://example.org/news/{n}",
        title=title or f"Fixture story {n}",
        text=text,
        content_hash=f"hash-{n}",
        outlet="Example Wire",
        published_at=published or NOW - timedelta(hours=n),
        entities=entities or {},
        summary=[text.split(".")[0] + "."],
    )


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    yield store
    store.close()


def test_migrations_create_every_table(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "stories", "quotes", "people", "conversations", "subscriptions", "outbox", "alembic_version"} <= tables


def test_duplicates_by_canonical_url_and_by_text(store):
    first = store.add_article(article(1, "Ministers met in Geneva on Monday."))
    assert first.created
    same_url = store.add_article(article(2, "Different words entirely.", url="https://example.org/news/1"))
    assert not same_url.created and same_url.article_id == first.article_id
    same_text = article(3, "Ministers met in Geneva on Monday.")
    same_text.content_hash = "hash-1"
    again = store.add_article(same_text)
    assert not again.created and "same text" in again.reason
    assert store.count_articles() == 1


def test_latest_requires_every_entity_and_is_newest_first(store):
    both_old = store.add_article(article(5, "China and Russia talked.", {("country", "CN"): 2, ("country", "RU"): 1})).article_id
    both_new = store.add_article(article(1, "China and Russia met again.", {("country", "CN"): 1, ("country", "RU"): 1})).article_id
    store.add_article(article(2, "China alone.", {("country", "CN"): 1}))
    assert store.latest_article_ids([("country", "CN"), ("country", "RU")]) == [both_new, both_old]
    assert store.latest_article_ids([("country", "CN"), ("country", "RU")], since=NOW - timedelta(hours=3)) == [both_new]


def test_full_text_search_ranks_and_filters(store):
    a = store.add_article(article(1, "The ceasefire in Gaza holds, officials said.")).article_id
    b = store.add_article(article(2, "Grain exports resumed through the Black Sea.")).article_id
    assert store.search_article_ids(["ceasefire"]) == [a]
    assert store.search_article_ids(["grain", "exports"]) == [b]
    # no article has both words: fall back to any word
    assert set(store.search_article_ids(["ceasefire", "grain"])) == {a, b}
    assert store.search_article_ids(['"; DROP TABLE articles; --']) == []
    assert store.latest_article_ids(keywords=["ceasefire"]) == [a]


def test_stories_group_articles_and_count_outlets(store):
    first = store.add_article(article(3, "Leaders signed the accord."))
    stored = store.get_articles([first.article_id])[0]
    second_draft = article(1, "The accord was signed by the leaders.")
    second_draft.outlet = "Other Wire"
    second = store.add_article(second_draft, story_id=stored.story_id)
    [story] = store.stories_for_articles([second.article_id, first.article_id])
    assert [a.id for a in story.articles] == [second.article_id, first.article_id]
    assert story.outlets == ["Other Wire", "Example Wire"]


def test_conversations_survive_reopening_and_link_to_platform_threads(store, database_url):
    conversation = store.save_conversation("slack", "T1", "C1", None, [1, 2], [10, 11], {"stories": [1, 2]}, days=7)
    assert store.get_conversation("slack", "T1", "C1", conversation).story_ids == [1, 2]
    store.link_thread(conversation, "slack", "T1", "C1", "1700000000.000100")
    reopened = Store(database_url)
    try:
        found = reopened.get_conversation("slack", "T1", "C1", "1700000000.000100")
        assert found is not None and found.article_ids == [10, 11]
        assert reopened.get_conversation("slack", "T1", "C2", "1700000000.000100") is None
    finally:
        reopened.close()


def test_outbox_is_claimed_once_per_day(store):
    subscription = store.subscribe("discord", "G1", "C1", ["country:CN"], "08:00", "Europe/Lisbon")
    entry = store.claim_outbox(subscription, "2026-11-20")
    assert entry is not None
    store.mark_outbox_sent(entry, "m-1")
    assert store.claim_outbox(subscription, "2026-11-20") is None
    assert store.claim_outbox(subscription, "2026-11-21") is not None
    # subscribing again to the same topics updates, never duplicates
    assert store.subscribe("discord", "G1", "C1", ["country:CN"], "09:30", "UTC") == subscription
    [row] = store.subscriptions("discord", "G1", "C1")
    assert (row.at_time, row.timezone) == ("09:30", "UTC")


def test_migrations_go_down_and_up_again_keeping_search(database_url):
    """Every migration reverses; the full-text index still follows the articles afterwards."""
    from alembic import command
    from alembic.config import Config

    from bot.store.database import MIGRATIONS_DIR

    store = Store(database_url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        for target in ("base", "head"):
            with store.engine.begin() as connection:
                config.attributes["connection"] = connection
                (command.downgrade if target == "base" else command.upgrade)(config, target)
        found = store.add_article(article(1, "Envoys resumed talks on the grain corridor.")).article_id
        assert store.search_article_ids(["corridor"]) == [found]
    finally:
        store.close()


def test_a_surname_alone_is_the_same_person_as_the_full_name(store):
    """Fixture quotes written for this test: one person across articles, whichever form comes first."""
    from types import SimpleNamespace

    def quote(speaker):
        return SimpleNamespace(text="We will talk.", start=0, end=13, kind="direct", cue="said", speaker=speaker,
                               speaker_title=None, speaker_affiliation=None)  # fmt: skip

    first = article(1, "Kallas said talks would resume.")
    first.quotes, first.person_keys = [quote("Kallas")], ["kallas"]
    second = article(2, "Kaja Kallas said the envoys met.")
    second.quotes, second.person_keys = [quote("Kaja Kallas")], ["kaja kallas"]
    third = article(3, "Kallas said so again.")
    third.quotes, third.person_keys = [quote("Kallas")], ["kallas"]
    for new in (first, second, third):
        store.add_article(new)
    assert [(name) for _, name, _, _ in store.people()] == ["Kaja Kallas"]
