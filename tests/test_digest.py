"""Building digests: which stories, in what order, and what each item shows.

All articles here are WRITTEN FOR THESE TESTS (invented events and wording).
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from bot.digest import build_digest, rank_stories
from bot.quotes.model import ExtractedQuote
from bot.store import NewArticle, Store

NOW = datetime(2024, 7, 10, 7, 0, tzinfo=timezone.utc)
SINCE = NOW - timedelta(hours=24)


def quote(text: str, article: str, kind: str = "direct", speaker: str | None = None, title: str | None = None) -> ExtractedQuote:
    start = article.index(text)
    return ExtractedQuote(text, start, start + len(text), kind, "said", speaker, title, None, None, None)


def add(
    store: Store,
    key: str,
    outlet: str,
    title: str,
    sentences: list[str],
    hours_ago: float,
    story: int | None = None,
    entities: dict | None = None,
    quotes: list[tuple] = (),
) -> tuple[int, int]:
    """Store one article; returns (article id, story id)."""
    text = " ".join(sentences)
    url = f"https://{outlet.lower().replace(' ', '')}.example.test/{key}"
    extracted = [quote(q[0], text, *q[1:]) for q in quotes]
    added = store.add_article(
        NewArticle(
            url=url,
            canonical_url=url,
            title=title,
            text=text,
            content_hash=hashlib.sha256(f"{key}{text}".encode()).hexdigest(),
            outlet=outlet,
            published_at=NOW - timedelta(hours=hours_ago),
            summary=sentences[:3],
            entities=entities or {},
            quotes=extracted,
            person_keys=[q.speaker.lower() if q.speaker else None for q in extracted],
        ),
        story_id=story,
    )
    return added.article_id, store.get_articles([added.article_id])[0].story_id


CN_RU = {("country", "CN"): 2, ("country", "RU"): 2}

GAS = [
    "China and Russia signed an agreement on a second gas pipeline through Mongolia on Tuesday.",
    "The pipeline will carry 50 billion cubic metres of gas a year.",
    "Officials said construction would start next spring.",
]
GAS_QUOTES = [
    ("a landmark for our energy partnership", "indirect", "Sergei Lavrov", "Foreign Minister"),
    ("This pipeline is a new chapter for two good neighbours", "direct", "Wang Yi", "Foreign Minister"),
    ("We will watch the price closely", "direct", None, None),
]


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'digest.sqlite3'}")
    yield store
    store.close()


@pytest.fixture
def newsroom(store):
    """Five stories: coverage and age chosen so the ranking rule decides the order."""
    ids = {}
    gas_text = [GAS[0], "Foreign Minister Wang Yi said: \"This pipeline is a new chapter for two good neighbours.\"", GAS[1]]
    lavrov = "Sergei Lavrov called the deal a landmark for our energy partnership."
    gas_tass = [
        "Russia and China agreed on Tuesday to build the Power of Siberia 2 gas pipeline.",
        lavrov,
        "\"We will watch the price closely,\" one trader said.",
    ]
    a, gas = add(store, "gas-x", "Xinhua", "China, Russia sign gas pipeline deal", gas_text, 11, entities=CN_RU,
                 quotes=[GAS_QUOTES[1]])
    add(store, "gas-t", "TASS", "Moscow and Beijing agree Power of Siberia 2", gas_tass, 10.5, story=gas, entities=CN_RU,
        quotes=[GAS_QUOTES[0], GAS_QUOTES[2]])
    add(store, "gas-p", "Plataforma", "Pipeline deal links Russian gas to China",
        ["Russia will send gas to China through a new pipeline, the two governments said.", GAS[2]], 10, story=gas, entities=CN_RU)
    ids["gas"] = gas
    _, ids["summit"] = add(store, "summit-1", "Al Jazeera", "EU and China hold trade summit in Brussels",
                           ["EU and Chinese leaders met in Brussels on electric vehicle tariffs.", "No deal was reached."], 20,
                           entities={("country", "CN"): 1, ("organisation", "EU"): 2})
    add(store, "summit-2", "Plataforma", "Brussels summit ends without tariff deal",
        ["The EU-China summit ended without an agreement on tariffs.", "Talks will resume in autumn."], 20, story=ids["summit"],
        entities={("country", "CN"): 1, ("organisation", "EU"): 2})
    _, ids["fresh"] = add(store, "fresh", "TASS", "Lavrov arrives in Ankara for talks",
                          ["Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday.", "He will meet his Turkish counterpart."],
                          1, entities={("country", "RU"): 1, ("country", "TR"): 1})
    _, ids["older_single"] = add(store, "paris", "Plataforma", "France names new ambassador to Brazil",
                                 ["France has named a new ambassador to Brazil.", "She takes up the post in September."], 5,
                                 entities={("country", "FR"): 1, ("country", "BR"): 1})
    _, ids["yesterday"] = add(store, "old", "Xinhua", "China and Russia hold border talks",
                              ["Chinese and Russian officials held border talks.", "The talks were routine."], 30, entities=CN_RU)
    return ids


def test_ranking_by_coverage_then_recency(store, newsroom):
    reply = build_digest(store, [], SINCE, NOW, size=10)
    # 3 outlets 10 h ago > 2 outlets 20 h ago > 1 outlet 1 h ago > 1 outlet 5 h ago; 30 h ago is outside.
    assert [i.story_id for i in reply.items] == [newsroom[k] for k in ("gas", "summit", "fresh", "older_single")]
    assert reply.kind == "digest"


def test_rank_stories_prefers_coverage_unless_much_older():
    since, until = SINCE, NOW
    members = [
        (1, 1, "A", NOW - timedelta(hours=2)),
        (2, 2, "A", NOW - timedelta(hours=1)), (2, 3, "B", NOW - timedelta(hours=1)),
        (3, 4, "A", NOW - timedelta(hours=23)), (3, 5, "B", NOW - timedelta(hours=23)), (3, 6, "B", NOW - timedelta(hours=23)),
        (4, 7, "A", NOW - timedelta(hours=3)), (4, 8, "A", NOW - timedelta(hours=3)),  # one outlet twice (re-post)
    ]
    ranked = rank_stories(members, since, until)
    assert [r.story_id for r in ranked][:2] == [2, 3]  # two outlets beat one, even a day old
    assert [r.outlets for r in ranked] == [2, 2, 1, 1]
    assert [r.story_id for r in ranked][2:] == [1, 4]  # a re-post does not count as coverage; newer first


def test_size_limits_the_items(store, newsroom):
    reply = build_digest(store, [], SINCE, NOW, size=2)
    assert [i.story_id for i in reply.items] == [newsroom["gas"], newsroom["summit"]]


def test_topics_filter(store, newsroom):
    china = build_digest(store, ["country:CN"], SINCE, NOW, size=10)
    assert [i.story_id for i in china.items] == [newsroom["gas"], newsroom["summit"]]
    both = build_digest(store, ["country:CN", "country:RU"], SINCE, NOW, size=10)
    assert [i.story_id for i in both.items] == [newsroom["gas"]]
    eu = build_digest(store, ["organisation:EU"], SINCE, NOW, size=10)
    assert [i.story_id for i in eu.items] == [newsroom["summit"]]
    keyword = build_digest(store, ["keyword:ambassador"], SINCE, NOW, size=10)
    assert [i.story_id for i in keyword.items] == [newsroom["older_single"]]


def test_multi_outlet_item(store, newsroom):
    item = build_digest(store, [], SINCE, NOW, size=1).items[0]
    stories = store.get_stories([newsroom["gas"]])[0]
    assert item.headline == stories.lead.title  # the newest report leads
    assert item.article_id == stories.lead.id and item.story_id == newsroom["gas"]
    assert {s.outlet for s in item.sources} == {"Xinhua", "TASS", "Plataforma"}
    assert all(s.link.startswith("https://") for s in item.sources)
    assert "confirmed by 3 outlets" in item.note
    texts = {a.outlet: a.text for a in stories.articles}
    assert 1 <= len(item.summary) <= 2
    assert len(item.summary_outlets) == len(item.summary)
    for sentence, outlet in zip(item.summary, item.summary_outlets):
        assert sentence in texts[outlet]  # verbatim, and cited to the outlet it came from


def test_quote_is_attributed_direct_by_titled_speaker(store, newsroom):
    item = build_digest(store, [], SINCE, NOW, size=1).items[0]
    assert len(item.quotes) == 1
    chosen = item.quotes[0]
    assert (chosen.speaker, chosen.kind, chosen.speaker_title) == ("Wang Yi", "direct", "Foreign Minister")
    assert chosen.outlet == "Xinhua" and chosen.link.endswith("/gas-x")


def test_single_outlet_item_uses_its_stored_summary(store, newsroom):
    reply = build_digest(store, ["country:FR"], SINCE, NOW, size=5)
    (item,) = reply.items
    assert item.summary == ["France has named a new ambassador to Brazil.", "She takes up the post in September."]
    assert item.note is None and item.summary_outlets == [] and item.quotes == []
    assert [s.outlet for s in item.sources] == ["Plataforma"]


def test_empty_window(store, newsroom):
    reply = build_digest(store, ["country:JP"], SINCE, NOW, size=5)
    assert reply.kind == "empty" and reply.items == []
    assert reply.text.startswith("No new diplomatic stories")
    assert len(reply.text) < 120


def test_reports_after_until_are_ignored(store, newsroom):
    reply = build_digest(store, [], NOW - timedelta(hours=12), NOW - timedelta(hours=10, minutes=15), size=5)
    (item,) = reply.items  # only the gas story's first two reports existed then
    assert {s.outlet for s in item.sources} == {"Xinhua", "TASS"}


def test_title_default_and_given(store, newsroom):
    assert build_digest(store, ["country:CN"], SINCE, NOW, 3).title == "Digest: China"
    assert build_digest(store, [], SINCE, NOW, 3, title="Morning").title == "Morning"
