"""Building a digest: the top stories of a window, one item each, ranked by coverage and recency."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone


from bot.briefing import story_item
from bot.entities.catalogue import country_by_code, organisation_by_code
from bot.messages import Reply, ReplyItem
from bot.store import QuoteRecord, Store, StoryRecord
from summaries import split_sentences

log = logging.getLogger(__name__)

MAX_CANDIDATE_ARTICLES = 5000
SUMMARY_SENTENCES = 2
STORY_OUTLETS = 3
STORY_SENTENCES_PER_OUTLET = 2
LONG_SENTENCE = 240  # a first sentence this long is the whole summary ("1–2 sentences" stays readable)


@dataclass(slots=True)
class RankedStory:
    story_id: int
    outlets: int
    newest: datetime
    score: float


def parse_topic_codes(topics: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """["country:CN", "organisation:BRICS", "keyword:gas"] -> entity filters and keywords."""
    entities, keywords = [], []
    for topic in topics:
        kind, _, value = topic.partition(":")
        if kind in ("country", "organisation") and value:
            entities.append((kind, value))
        elif kind == "keyword" and value:
            keywords.append(value)
        else:
            log.warning("digest topic %r is not kind:value; ignored", topic)
    return entities, keywords


def topics_label(topics: list[str]) -> str:
    names = []
    for topic in topics:
        kind, _, value = topic.partition(":")
        entity = country_by_code(value) if kind == "country" else organisation_by_code(value) if kind == "organisation" else None
        names.append(entity.name if entity else value)
    return " + ".join(names) or "all diplomatic news"


def rank_stories(members: list[tuple[int, int, str | None, datetime]], since: datetime, until: datetime) -> list[RankedStory]:
    """Stories by coverage (distinct outlets) discounted by age: a story loses half its weight per window length.

    `members` are (story id, article id, outlet, time) of every article of the candidate stories."""
    half_life = max((until - since).total_seconds(), 3600.0)
    outlets: dict[int, set[str]] = {}
    newest: dict[int, datetime] = {}
    for story_id, _, outlet, time in members:
        outlets.setdefault(story_id, set()).add(outlet or "unknown outlet")
        if story_id not in newest or time > newest[story_id]:
            newest[story_id] = time
    ranked = []
    for story_id, names in outlets.items():
        age = max((until - newest[story_id]).total_seconds(), 0.0)
        ranked.append(RankedStory(story_id, len(names), newest[story_id], len(names) * 0.5 ** (age / half_life)))
    ranked.sort(key=lambda r: (-r.score, -r.newest.timestamp(), -r.story_id))
    return ranked


def build_digest(store: Store, topics: list[str], since: datetime, until: datetime, size: int, title: str | None = None) -> Reply:
    """The top `size` stories about `topics` ([] = all) published in [since, until)."""
    label = topics_label(topics)
    title = title or f"Digest: {label}"
    since_text = f"{since.astimezone(timezone.utc):%d %b %Y %H:%M} UTC"
    entities, keywords = parse_topic_codes(topics)
    ids = store.latest_article_ids(
        entities, keywords, since=since, until=until, limit=MAX_CANDIDATE_ARTICLES, diplomatic_only=not topics
    )
    ranked = rank_stories(store.story_members(ids, until), since, until)[:size]
    stories = store.get_stories([r.story_id for r in ranked])
    if not stories:
        about = "" if not topics else f" about {label}"
        return Reply(title=title, text=f"No new diplomatic stories{about} since {since_text}.", kind="empty")
    stories = [_until(story, until) for story in stories]
    quotes = store.quotes_for_articles([a.id for s in stories for a in s.articles], attributed_only=True)
    by_article: dict[int, list[QuoteRecord]] = {}
    for quote in quotes:
        by_article.setdefault(quote.article_id, []).append(quote)
    items = [digest_item(story, [q for a in story.articles for q in by_article.get(a.id, [])]) for story in stories]
    count = f"{len(items)} {'story' if len(items) == 1 else 'stories'}"
    text = f"{count} since {since_text}, most widely reported first."
    return Reply(title=title, items=items, text=text, kind="digest")


def digest_item(story: StoryRecord, quotes: list[QuoteRecord]) -> ReplyItem:
    """A story as `latest` shows it, shortened to 1–2 sentences and its most newsworthy quote."""
    item = story_item(story, quotes, sentences=SUMMARY_SENTENCES, max_quotes=1)
    if not item.summary:
        item.summary = split_sentences(story.lead.text)[:SUMMARY_SENTENCES]
    if item.summary and len(item.summary[0]) >= LONG_SENTENCE:  # "1–2 sentences" must stay readable
        item.summary, item.summary_outlets = item.summary[:1], item.summary_outlets[:1]
    return item


def _until(story: StoryRecord, until: datetime) -> StoryRecord:
    """The story as it stood at `until` (a digest built for a past window ignores later reports)."""
    articles = [a for a in story.articles if (a.published_at or a.fetched_at) < until] or story.articles
    return StoryRecord(story.id, story.title, story.last_published, articles)
