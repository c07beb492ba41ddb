"""Turning stored stories and quotes into reply items: headline, summary, quotes, sources."""
from __future__ import annotations

from collections.abc import Sequence

from bot.messages import QuoteView, ReplyItem, SourceLink
from bot.store import ArticleRecord, QuoteRecord, Store, StoryRecord
from summaries import summarize_story

# Role words that make a quote newsworthy in diplomatic copy.
_SENIOR = ("president", "minister", "secretary", "spokes", "ambassador", "chancellor", "premier", "prime", "envoy", "king", "general")


def article_link(article: ArticleRecord) -> str:
    return article.canonical_url if article.canonical_url.startswith("http") else article.url


def quote_view(quote: QuoteRecord, article: ArticleRecord | None) -> QuoteView:
    return QuoteView(
        text=" ".join(quote.text.split()),  # a quote from a hard-wrapped file keeps its line breaks in the store
        speaker=quote.speaker,
        speaker_title=quote.speaker_title,
        speaker_affiliation=quote.speaker_affiliation,
        kind=quote.kind,
        cue=quote.cue,
        link=article_link(article) if article else None,
        outlet=article.outlet_label if article else None,
        date=article.date if article else None,
    )


def quote_weight(quote: QuoteRecord) -> float:
    """Attributed direct quotes by senior officials first; long run-on reports last."""
    if quote.speaker is None:
        return -1.0
    weight = {"direct": 3.0, "mixed": 2.5, "indirect": 2.0}.get(quote.kind, 1.0)
    if quote.speaker_title and any(word in quote.speaker_title.lower() for word in _SENIOR):
        weight += 1.0
    length = len(quote.text)
    if length < 40 or length > 400:
        weight -= 0.5
    return weight


def best_quotes(quotes: Sequence[QuoteRecord], limit: int) -> list[QuoteRecord]:
    ranked = sorted((q for q in quotes if q.speaker), key=lambda q: (-quote_weight(q), q.article_id, q.start))
    chosen: list[QuoteRecord] = []
    speakers: set[str] = set()
    for quote in ranked:  # one quote per speaker first, for a varied item
        if quote.speaker not in speakers:
            chosen.append(quote)
            speakers.add(quote.speaker)
        if len(chosen) == limit:
            break
    return chosen


def one_report_per_outlet(story: StoryRecord) -> list[ArticleRecord]:
    """Each outlet's newest report of the story, newest first."""
    by_outlet: dict[str, ArticleRecord] = {}
    for article in story.articles:
        by_outlet.setdefault(article.outlet or "unknown outlet", article)
    return list(by_outlet.values())


def story_summary(story: StoryRecord, sentences: int, max_outlets: int = 3, per_outlet: int = 2) -> tuple[list[str], list[str]]:
    """Summary sentences and, when several outlets reported the story, each sentence's outlet.

    A multi-outlet summary ranks only the outlets' stored summaries (already each article's best
    sentences): re-summarizing every full text would make a 50-story digest slow."""
    reports = one_report_per_outlet(story)
    inputs = [(str(a.id), "\n\n".join(a.summary[:per_outlet])) for a in reports[:max_outlets] if a.summary]
    if len(inputs) < 2:
        return story.lead.summary[:sentences], []
    by_key = {str(a.id): a for a in reports}
    picked = summarize_story(inputs, sentences)
    if not picked:
        return story.lead.summary[:sentences], []
    return [s for _, s in picked], [by_key[k].outlet or "unknown outlet" for k, _ in picked]


def story_item(story: StoryRecord, quotes: Sequence[QuoteRecord], sentences: int = 3, max_quotes: int = 2) -> ReplyItem:
    lead = story.lead
    summary, outlets = story_summary(story, sentences)
    by_id = {a.id: a for a in story.articles}
    reports = one_report_per_outlet(story)
    item = ReplyItem(
        headline=lead.title,
        outlet=lead.outlet_label,
        date=lead.date,
        link=article_link(lead),
        summary=summary,
        summary_outlets=outlets,
        quotes=[quote_view(q, by_id.get(q.article_id)) for q in best_quotes(_not_in(quotes, summary), max_quotes)],
        sources=[SourceLink(a.outlet_label, article_link(a), a.date) for a in reports],
        story_id=story.id,
        article_id=lead.id,
    )
    if len(reports) > 1:
        outlets = [a.outlet or "unknown outlet" for a in reports]
        item.note = f"reported by {join_names(outlets)} · confirmed by {len(outlets)} outlets"
    return item


def _not_in(quotes: Sequence[QuoteRecord], sentences: Sequence[str]) -> list[QuoteRecord]:
    """Quotes the summary does not already show word for word."""
    return [q for q in quotes if not any(q.text in sentence for sentence in sentences)]


def story_items(store: Store, stories: Sequence[StoryRecord], sentences: int = 3, max_quotes: int = 2) -> list[ReplyItem]:
    article_ids = [a.id for s in stories for a in s.articles]
    quotes = store.quotes_for_articles(article_ids)
    by_article: dict[int, list[QuoteRecord]] = {}
    for quote in quotes:
        by_article.setdefault(quote.article_id, []).append(quote)
    return [
        story_item(story, [q for a in story.articles for q in by_article.get(a.id, [])], sentences, max_quotes)
        for story in stories
    ]


def join_names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
