"""Ingest pipeline: drafts in, analysed articles stored (deduplicated, grouped into stories)."""
from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.entities import mentions_in
from bot.ingest.collect import Progress, collect
from bot.ingest.drafts import ArticleDraft, IngestFailure
from bot.ingest.http import PoliteFetcher
from bot.quotes import extract_quotes, person_key
from bot.stories import StoryMatcher
from bot.store import AddedArticle, NewArticle, Store
from summaries import summarize

log = logging.getLogger(__name__)

# Beyond this an article is almost certainly a dump, not news: keep the start, say so once.
MAX_TEXT_CHARS = 200_000
SUMMARY_SENTENCES = 3


@dataclass(slots=True)
class IngestReport:
    added: list[int] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    failures: list[IngestFailure] = field(default_factory=list)

    def line(self) -> str:
        return f"{len(self.added)} new, {len(self.duplicates)} already stored, {len(self.failures)} failed"


LEAD_CHARS = 700  # title and lead (two paragraphs at most): where a report names what it is about
LEAD_PARAGRAPHS = 2
SALIENT_MENTIONS = 3  # or named this often anywhere (more in long articles) …
WORDS_PER_SALIENT_MENTION_CHARS = 1800  # … one more mention needed per ~300 words
# Vocabulary of international affairs; two different ones plus an international actor make a report diplomatic news.
DIPLOMACY = re.compile(
    r"\b(minist(?:er|ry|ries)s?|diplomat\w*|embass\w+|ambassador\w*|envoy\w*|summit\w*|treat(?:y|ies)|sanction\w*|bilateral|"
    r"multilateral|foreign|talks|negotiat\w+|ceasefire|truce|accords?|alliances?|allies|president\w*|premier|"
    r"secretary of state|security council|delegation\w*|consul\w*|state visit|peace|war|conflict|troops|refugees?|"
    r"borders?|nuclear|trade deals?|tariffs?|united nations|resolutions?|cooperation|partnership|agree(?:d|ment|ments)?)\b",
    re.I,
)


@dataclass(slots=True)
class Analysis:
    summary: list[str]
    entities: dict[tuple[str, str], int]
    quotes: list
    person_keys: list[str | None]
    salient: frozenset[tuple[str, str]]
    diplomatic: bool


def analyse(title: str, text: str) -> Analysis:
    """Everything derived from an article's text: countries, organisations, quotes, summary, relevance."""
    entities: dict[tuple[str, str], int] = {}
    mentions = mentions_in(f"{title}\n\n{text}")
    for code, count in mentions.countries.items():
        entities[("country", code)] = count
    for code, count in mentions.organisations.items():
        entities[("organisation", code)] = count
    lead_text = "\n\n".join(text.split("\n\n", LEAD_PARAGRAPHS)[:LEAD_PARAGRAPHS])[:LEAD_CHARS]
    lead = mentions_in(f"{title}\n\n{lead_text}")
    in_lead = {("country", c) for c in lead.countries} | {("organisation", c) for c in lead.organisations}
    # Named often *for its length*: a 5,000-word round-up naming Iran four times is not about Iran.
    often = max(SALIENT_MENTIONS, len(text) // WORDS_PER_SALIENT_MENTION_CHARS)
    salient = frozenset(key for key, count in entities.items() if key in in_lead or count >= often)
    countries = sum(1 for kind, _ in salient if kind == "country")
    organisations = sum(1 for kind, _ in salient if kind == "organisation")
    vocabulary = {match.lower() for match in DIPLOMACY.findall(f"{title}\n{lead_text}")}
    diplomatic = len(vocabulary) >= 2 and (countries >= 2 or organisations >= 1)
    quotes = extract_quotes(text)
    keys = [person_key(q.speaker) if q.speaker else None for q in quotes]
    summary = summarize(text, SUMMARY_SENTENCES, title=title)
    return Analysis(summary, entities, quotes, keys, salient, diplomatic)


class ArticleWriter:
    """Stores drafts one at a time (sync; called off the event loop)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.matcher = StoryMatcher(store)

    def write(self, draft: ArticleDraft, source_id: int | None = None) -> AddedArticle | IngestFailure:
        text = draft.text.strip()
        if not text:
            return IngestFailure(draft.url, "no article text found (empty after removing boilerplate)")
        if len(text) > MAX_TEXT_CHARS:
            log.warning("%s: article is %d characters; stored the first %d", draft.url, len(text), MAX_TEXT_CHARS)
            text = text[:MAX_TEXT_CHARS].rsplit("\n\n", 1)[0]
        content_hash = draft.content_hash()
        duplicate = self.store.find_duplicate(draft.canonical_url, content_hash)
        if duplicate:
            return duplicate
        analysis = analyse(draft.title, text)
        new = NewArticle(
            url=draft.url,
            canonical_url=draft.canonical_url,
            title=draft.title,
            text=text,
            content_hash=content_hash,
            outlet=draft.outlet,
            credits=draft.credits,
            published_at=draft.published,
            language=draft.language,
            summary=analysis.summary,
            entities=analysis.entities,
            quotes=analysis.quotes,
            person_keys=analysis.person_keys,
            source_id=source_id,
            salient=analysis.salient,
            diplomatic=analysis.diplomatic,
        )
        story_id = self.matcher.story_for(draft.title, text, draft.published, outlet=draft.outlet)
        added = self.store.add_article(new, story_id=story_id)
        if added.created:
            self.matcher.remember(added.story_id, added.article_id, draft.title, text, draft.published, outlet=draft.outlet)
        return added


def reprocess(store: Store, on_progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute summaries, entities and quotes of every stored article (after an extractor upgrade)."""
    ids = store.article_ids()
    for done, article_id in enumerate(ids, 1):
        article = store.get_articles([article_id])[0]
        analysis = analyse(article.title, article.text)
        store.replace_analysis(
            article_id, analysis.summary, analysis.entities, analysis.quotes, analysis.person_keys, analysis.salient, analysis.diplomatic
        )
        if on_progress:
            on_progress(done, len(ids))
    return len(ids)


async def ingest(
    store: Store,
    targets: Sequence[str],
    fetcher: PoliteFetcher,
    *,
    on_progress: Callable[[Progress], None] | None = None,
    writer: ArticleWriter | None = None,
) -> IngestReport:
    """Ingest files, directories, pages and feeds; every bad input is one log line and nothing else is lost."""
    writer = writer or await asyncio.to_thread(ArticleWriter, store)
    report = IngestReport()
    async for item in collect(list(targets), fetcher, on_progress=on_progress):
        if isinstance(item, IngestFailure):  # collect() has logged it
            report.failures.append(item)
        else:
            try:
                source_id = await asyncio.to_thread(store.source_id, item.feed_url) if item.feed_url else None
                result = await asyncio.to_thread(writer.write, item, source_id)
            except Exception as error:  # one broken article must not stop the batch
                log.exception("%s: could not be stored", item.url)
                result = IngestFailure(item.url, f"could not be stored ({type(error).__name__}: {error})")
            if isinstance(result, IngestFailure):
                log.warning("%s", result)
                report.failures.append(result)
                continue
            if item.fetched is not None:  # stored (or already there): a 304 next time loses nothing
                await fetcher.remember(item.fetched)
            if result.created:
                report.added.append(result.article_id)
            else:
                report.duplicates.append((item.url, result.reason))
    return report
