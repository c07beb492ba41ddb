"""Command handlers. Each takes a Context and returns an Answer; all run off the event loop."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.briefing import article_link, quote_view, story_items
from bot.commands import Command
from bot.config import Settings
from bot.digest import topics_label
from bot.entities import Topic, parse_topics
from bot.ingest.feeds import load_default_feeds
from bot.messages import IncomingMessage, Reply, ReplyItem
from bot.quotes import name_matches
from bot.store import ConversationRecord, QuoteRecord, Store
from bot.render import format_date

log = logging.getLogger(__name__)

MAX_STORIES = 5
NOT_FOUND = "Not found in the stored articles."


@dataclass(slots=True)
class Context:
    store: Store
    settings: Settings
    message: IncomingMessage
    now: datetime
    conversation: ConversationRecord | None = None

    @property
    def scope(self) -> list[int] | None:
        """Article ids a command inside one of our threads is limited to."""
        return self.conversation.article_ids if self.conversation else None


@dataclass(slots=True)
class Answer:
    reply: Reply
    story_ids: list[int] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    focus: dict = field(default_factory=dict)
    record: bool = True  # whether this answer starts/updates a conversation


def topic_label(topics: list[Topic]) -> str:
    return " + ".join(t.name for t in topics)


def entity_filters(topics: list[Topic]) -> tuple[list[tuple[str, str]], list[str]]:
    entities = [(t.kind, t.code) for t in topics if t.kind in ("country", "organisation")]
    keywords = [t.name for t in topics if t.kind == "keyword"]
    return entities, keywords


def _since_text(since: datetime | None) -> str:
    return f" since {format_date(since)}" if since else ""


def _in_scope(ctx: Context, ids: list[int]) -> list[int]:
    if ctx.scope is None:
        return ids
    allowed = set(ctx.scope)
    return [i for i in ids if i in allowed]


def _stories_answer(ctx: Context, title: str, article_ids: list[int], empty: str, kind: str = "answer") -> Answer:
    stories = ctx.store.stories_for_articles(_in_scope(ctx, article_ids))[:MAX_STORIES]
    if not stories:
        return Answer(Reply(title=title, text=empty, kind="empty"), record=False)
    items = story_items(ctx.store, stories)
    story_ids = [s.id for s in stories]
    article_ids = [a.id for s in stories for a in s.articles]
    return Answer(Reply(title=title, items=items, kind=kind), story_ids, article_ids, {"stories": story_ids, "listing": True})


def latest(ctx: Context, command: Command) -> Answer:
    topics = parse_topics(command.topics)
    entities, keywords = entity_filters(topics)
    label = topic_label(topics) or "all topics"
    ids = ctx.store.latest_article_ids(
        entities, keywords, since=command.since, limit=200 if ctx.scope else 60, diplomatic_only=not topics and ctx.scope is None
    )
    return _stories_answer(
        ctx,
        f"Latest: {label}{_since_text(command.since)}",
        ids,
        f"No stories about {label}{_since_text(command.since)} — {NOT_FOUND.lower()} "
        "Try fewer topics, an earlier 'since', or 'sources' to see what is stored.",
    )


def search(ctx: Context, command: Command) -> Answer:
    ids = ctx.store.search_article_ids(command.words, limit=40, since=command.since)
    return _stories_answer(
        ctx, f"Search: {command.topics}{_since_text(command.since)}", ids, f"No article mentions '{command.topics}'. {NOT_FOUND}"
    )


def summary(ctx: Context, command: Command) -> Answer:
    reference = command.reference
    conversation = ctx.conversation
    if conversation and (not reference or (reference.isdigit() and 0 < int(reference) <= len(conversation.story_ids))):
        # Inside a thread, "summary" covers its stories and "summary 2" the second of them.
        story_ids = conversation.story_ids if not reference else [conversation.story_ids[int(reference) - 1]]
        stories = ctx.store.get_stories(story_ids)
        items = story_items(ctx.store, stories, sentences=3, max_quotes=1)
        return Answer(Reply(title="Summary", items=items), [s.id for s in stories], [a.id for s in stories for a in s.articles],
                      {"stories": [s.id for s in stories]})  # fmt: skip
    if not reference:
        return Answer(Reply(title="Summary", text="Which story? 'summary 2' is the second story of the last answer here; "
                            "'summary <link>' takes an article's link.", kind="error"), record=False)  # fmt: skip
    recent = ctx.store.latest_listing(ctx.message.platform, ctx.message.workspace, ctx.message.channel)
    if recent and reference.isdigit() and 0 < int(reference) <= len(recent.story_ids):
        # Outside a thread (Slack slash commands cannot be used in one), "summary 2" is the channel's last answer's #2.
        stories = ctx.store.get_stories([recent.story_ids[int(reference) - 1]])
        items = story_items(ctx.store, stories, sentences=3, max_quotes=2)
        return Answer(Reply(title=f"Summary of story {reference}", items=items), [s.id for s in stories],
                      [a.id for s in stories for a in s.articles], {"stories": [s.id for s in stories]})  # fmt: skip
    article = ctx.store.find_article(reference)
    if article is None:
        return Answer(Reply(title="Summary", text=f"No stored article has the id or link '{reference}'. {NOT_FOUND}", kind="empty"), record=False)
    stories = ctx.store.get_stories([article.story_id]) if article.story_id else []
    items = story_items(ctx.store, stories, sentences=3, max_quotes=2) if stories else []
    return Answer(Reply(title=f"Summary of article {article.id}", items=items), [s.id for s in stories],
                  [a.id for s in stories for a in s.articles], {"stories": [s.id for s in stories]})  # fmt: skip


def _quote_matches_topics(quote: QuoteRecord, topics: list[Topic]) -> bool:
    from bot.entities import countries_in, organisations_in

    text = quote.text
    codes = set(countries_in(text)) | set(organisations_in(text))
    lowered = text.lower()
    return any(t.code in codes if t.kind != "keyword" else t.name.lower() in lowered for t in topics)


def _speaker_heading(name: str, title: str | None, affiliation: str | None) -> str:
    details = ", ".join(p for p in (title, affiliation) if p)
    return f"{name} — {details}" if details else name


def _quotes_by_speaker(ctx: Context, quotes: list[QuoteRecord], topics: list[Topic], per_speaker: int) -> list[ReplyItem]:
    if topics:
        on_topic = [q for q in quotes if _quote_matches_topics(q, topics)]
        quotes = on_topic or quotes
    articles = {a.id: a for a in ctx.store.get_articles({q.article_id for q in quotes})}
    groups: dict[int, list[QuoteRecord]] = {}
    for quote in quotes:
        if quote.person_id is not None:
            groups.setdefault(quote.person_id, []).append(quote)
    ordered = sorted(groups.values(), key=lambda qs: (-len(qs), qs[0].speaker or ""))
    items = []
    for group in ordered[:8]:
        first = group[0]
        lead_article = articles.get(first.article_id)
        items.append(
            ReplyItem(
                headline=_speaker_heading(first.speaker or "", first.speaker_title, first.speaker_affiliation),
                outlet=lead_article.outlet_label if lead_article else None,
                date=lead_article.date if lead_article else None,
                link=article_link(lead_article) if lead_article else None,
                quotes=[quote_view(q, articles.get(q.article_id)) for q in group[:per_speaker]],
                article_id=first.article_id,
                story_id=lead_article.story_id if lead_article else None,
                note=f"{len(group)} statements" if len(group) > per_speaker else None,
            )
        )
    return items


def who_said_what(ctx: Context, command: Command) -> Answer:
    topics = parse_topics(command.topics)
    entities, keywords = entity_filters(topics)
    label = topic_label(topics)
    if ctx.scope is not None:
        ids = ctx.scope
    else:
        ids = ctx.store.latest_article_ids(entities, keywords, since=command.since, limit=40, diplomatic_only=not topics)
    quotes = [q for q in ctx.store.quotes_for_articles(ids) if q.speaker]
    title = "Who said what" + (f" about {label}" if label else "") + _since_text(command.since)
    if not quotes:
        return Answer(Reply(title=title, text=f"No attributed statements{' about ' + label if label else ''}. {NOT_FOUND}", kind="empty"),
                      record=False)  # fmt: skip
    items = _quotes_by_speaker(ctx, quotes, topics, per_speaker=4)
    # The thread's stories in the order shown, so "the third one" is the third item.
    story_ids = list(dict.fromkeys(item.story_id for item in items if item.story_id))
    article_ids = list(dict.fromkeys(item.article_id for item in items if item.article_id))
    return Answer(Reply(title=title, items=items), story_ids, article_ids, {"stories": story_ids, "listing": True})


PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it"})


def people_matching(store: Store, wanted: str) -> list[tuple[int, str, str | None, str | None]]:
    """Stored people a user's name for them fits ("lavrov", "Sergey Lavrov", "WANG")."""
    words = [w for w in wanted.replace(".", " ").split() if len(w) > 1] or [wanted]
    # Any word may be the one spelled as stored ("Sergey" vs "Sergei"): gather candidates for each.
    candidates = {p[0]: p for word in words for p in store.people(containing=word[:40])}
    return [p for p in candidates.values() if name_matches(wanted, p[1])]


def what_did(ctx: Context, command: Command) -> Answer:
    wanted = command.person.strip()
    title = f"What {wanted} said" + (f" about {command.topics}" if command.topics else "") + _since_text(command.since)
    people = people_matching(ctx.store, wanted)
    if not people:
        return Answer(Reply(title=title, text=f"No statements by '{wanted}'. {NOT_FOUND}", kind="empty"), record=False)
    exact = [p for p in people if p[1].lower() == wanted.lower()]
    if len(people) > 1 and len(exact) != 1:
        # "wang" may be Wang Yi or Sam Wang: never merge different people under one heading.
        names = "; ".join(_speaker_heading(name, role, affiliation) for _, name, role, affiliation in people[:8])
        return Answer(Reply(title="Which one?", text=f"Several people match '{wanted}': {names}. Ask e.g. 'what did {people[0][1]} say'.",
                            kind="error"), record=False)  # fmt: skip
    people = exact or people
    person_ids = [p[0] for p in people]
    topics = parse_topics(command.topics)
    quoted_ids = ctx.store.article_ids_quoting(person_ids, since=command.since)  # newest first
    note = None
    answer = _statements(ctx, _in_scope(ctx, quoted_ids), person_ids, topics)
    if answer is None and ctx.scope is not None:
        # Not in this thread's stories: say so and widen to everything stored.
        answer = _statements(ctx, quoted_ids, person_ids, topics)
        note = "Not in these stories; from other stored reports:"
    if answer is None:
        on = f" on {command.topics}" if command.topics else (_since_text(command.since) or " in these stories")
        return Answer(Reply(title=title, text=f"No statements by {people[0][1]}{on}. {NOT_FOUND}", kind="empty"), record=False)
    if note:
        answer.reply.text = note
    return answer


def _statements(ctx: Context, article_ids: list[int], person_ids: list[int], topics: list[Topic]) -> Answer | None:
    """One item per article (newest first) with the person's statements in it."""
    quotes = ctx.store.quotes_for_articles(article_ids, person_ids=person_ids)
    if topics:
        quotes = [q for q in quotes if _quote_matches_topics(q, topics)]
    if not quotes:
        return None
    quoted = {q.article_id for q in quotes}
    ordered_ids = [i for i in article_ids if i in quoted][:MAX_STORIES]
    articles = {a.id: a for a in ctx.store.get_articles(ordered_ids)}
    items = []
    for article_id in ordered_ids:
        article = articles[article_id]
        items.append(
            ReplyItem(
                headline=article.title,
                outlet=article.outlet_label,
                date=article.date,
                link=article_link(article),
                quotes=[quote_view(q, article) for q in quotes if q.article_id == article_id],
                article_id=article.id,
                story_id=article.story_id,
            )
        )
    first = quotes[0]
    story_ids = list(dict.fromkeys(a.story_id for a in articles.values() if a.story_id))
    last = [q for q in quotes if q.article_id == ordered_ids[-1]][-1]  # "what did he say next?" goes on from here
    focus = {"stories": story_ids, "person": first.speaker, "person_ids": person_ids, "article_id": last.article_id, "position": last.end}
    heading = _speaker_heading(first.speaker or "", first.speaker_title, first.speaker_affiliation)
    return Answer(Reply(title=heading, items=items), story_ids, ordered_ids, focus)


def topic_codes(topics: list[Topic]) -> list[str]:
    return [f"{t.kind}:{t.code if t.kind != 'keyword' else t.name.lower()}" for t in topics]


def subscribe(ctx: Context, command: Command) -> Answer:
    msg = ctx.message
    topics = parse_topics(command.topics)
    at_time = command.at_time or ctx.settings.digest_time
    zone = command.timezone or ctx.settings.timezone
    ctx.store.subscribe(msg.platform, msg.workspace, msg.channel, topic_codes(topics), at_time, zone)
    what = topic_label(topics) or "all diplomatic news"
    local_now = ctx.now.astimezone(ZoneInfo(zone))
    hour, minute = map(int, at_time.split(":"))
    next_run = local_now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if next_run <= local_now:
        next_run += timedelta(days=1)
    text = (
        f"Subscribed this channel to a daily digest of {what} at {at_time} ({zone}). "
        f"Next one: {next_run.strftime('%a %d %b %H:%M')}. Change it with 'subscribe … at HH:MM Area/City', stop with 'unsubscribe'."
    )
    return Answer(Reply(title="Subscribed", text=text, kind="ack"), record=False)


def unsubscribe(ctx: Context, command: Command) -> Answer:
    msg = ctx.message
    topics = parse_topics(command.topics) if command.topics else None
    removed = ctx.store.unsubscribe(msg.platform, msg.workspace, msg.channel, topic_codes(topics) if topics else None)
    if removed:
        text = f"Removed {removed} subscription{'s' if removed != 1 else ''} from this channel."
    else:
        existing = ctx.store.subscriptions(msg.platform, msg.workspace, msg.channel)
        text = "This channel has no such subscription." + (
            " It has: " + "; ".join(topics_label(r.topics) for r in existing) + ". Unsubscribe with exactly those topics, or 'unsubscribe' for all."
            if existing else ""
        )  # fmt: skip
    return Answer(Reply(title="Unsubscribed", text=text, kind="ack"), record=False)


def subscriptions(ctx: Context, command: Command) -> Answer:
    msg = ctx.message
    rows = ctx.store.subscriptions(msg.platform, msg.workspace, msg.channel)
    if not rows:
        return Answer(Reply(title="Subscriptions", text="No digests for this channel. Example: subscribe China Russia at 08:00 Europe/Lisbon", kind="empty"), record=False)
    lines = [f"• {topics_label(r.topics)} — daily at {r.at_time} ({r.timezone})" for r in rows]
    return Answer(Reply(title="Subscriptions", text="\n".join(lines), kind="ack"), record=False)


def sources(ctx: Context, command: Command) -> Answer:
    configured = ctx.store.list_sources()
    lines = ["Feeds fetched by 'diplobrief ingest --feeds':"]
    if configured:
        for url, name, _kind, fetched, error in configured:
            state = f"last fetched {format_date(fetched)}" if fetched else "not fetched yet"
            lines.append(f"• {name or url} — {url} ({state}{'; last error: ' + error if error else ''})")
    else:
        feeds = list(ctx.settings.feeds) or [f"{f.name} — {f.url}" for f in load_default_feeds()]
        lines.extend(f"• {f}" for f in feeds)
    outlets = ctx.store.outlet_counts()
    if outlets:
        lines.append("")
        lines.append("Stored articles by outlet:")
        lines.extend(
            f"• {outlet}: {count}" + (f" (newest published {format_date(newest)})" if newest else " (no publication dates)")
            for outlet, count, newest in outlets[:20]
        )
    return Answer(Reply(title="Sources", text="\n".join(lines), kind="ack"), record=False)


def sources_add(ctx: Context, command: Command) -> Answer:
    added = ctx.store.add_source(command.reference)
    text = f"Added {command.reference}; it is fetched with the other feeds." if added else f"{command.reference} is already a source."
    return Answer(Reply(title="Sources", text=text, kind="ack"), record=False)


def sources_remove(ctx: Context, command: Command) -> Answer:
    removed = ctx.store.remove_source(command.reference)
    text = f"Removed {command.reference}." if removed else f"{command.reference} is not one of the sources (see 'sources')."
    return Answer(Reply(title="Sources", text=text, kind="ack"), record=False)


HELP_TEXT = """DiploBrief briefs you on diplomatic news from the stored articles, always citing its sources.

• latest China Russia [since yesterday] — newest stories involving all the named countries/organisations
• who said what [about BRICS] [since 3 days] — statements grouped by speaker
• what did Lavrov say [about BRICS] — one person's statements
• summary 2 | summary <link> — the second story of the last answer, or an article by link (in a thread: its stories)
• search ceasefire Gaza — full-text search
• digest [China] [since yesterday] — the top stories now
• subscribe China Russia at 08:00 Europe/Lisbon — a daily digest in this channel (admins)
• unsubscribe | subscriptions — manage this channel's digests
• sources — where the news comes from (admins: sources add/remove <feed URL>)
Ask follow-up questions in the thread of any answer: "what did he say next?", "more on the second one", "sources?"."""


def help_answer(ctx: Context, command: Command, problem: str | None = None) -> Answer:
    text = HELP_TEXT if not problem else f"{problem}\n\n{HELP_TEXT}"
    return Answer(Reply(title="DiploBrief help", text=text, kind="help" if not problem else "error"), record=False)


HANDLERS: dict[str, Callable[[Context, Command], Answer]] = {
    "latest": latest,
    "search": search,
    "summary": summary,
    "whosaid": who_said_what,
    "whatdid": what_did,
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "subscriptions": subscriptions,
    "sources": sources,
    "sources_add": sources_add,
    "sources_remove": sources_remove,
    "help": help_answer,
}
