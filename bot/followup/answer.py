"""Answering a follow-up from a thread's stories: scope, people, ranking, widening, and the cited reply.

A reply's text is a short lead-in ("From these stories:", the not-found line); the verbatim sentences are its
items only, each citing its article (outlet, publication date, link), since adapters show both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from bot.followup.passages import Passage, article_sentences, story_passages
from bot.followup.question import Question, parse_question, tokens
from bot.followup.ranking import Need, Scored, answers_type, needs_of, rank, type_match
from bot.followup.related import related, signature
from bot.messages import Reply, ReplyItem, SourceLink
from bot.quotes.names import person_key
from bot.store import ArticleRecord, ConversationRecord, Store, StoryRecord
from summaries.tokenizer import stop_words

MAX_ITEMS = 3
KEEP_RATIO = 0.75  # further sentences must score this share of the best one
MIN_SHARED_TERMS = 2  # a bare "why?" must share this many words with the sentence it asks about
WIDEN_SEARCH = 10  # stored articles a widened question looks at, per search
WIDEN_NAMES = 3  # thread names added to the second widening search
FROM_THREAD = "From these stories:"
WIDENED = "Not in these stories; from an earlier report:"
NOT_FOUND = "Not found in the stored articles."
DATE_UNKNOWN = "The publication date is unknown."


@dataclass
class FollowupAnswer:
    reply: Reply  # text: a short lead-in or the not-found line; items: the 1-3 cited verbatim source sentences
    focus: dict  # what this answer was about, stored on the conversation for the next follow-up
    story_ids: list[int] = field(default_factory=list)  # stories this answer drew from


@dataclass(slots=True)
class Person:
    ids: set[int]
    name: str
    words: frozenset[str]  # folded name words the question used


class _Context:
    """One follow-up being answered: the question, the thread's stories and their sentences."""

    def __init__(self, store: Store, conversation: ConversationRecord, text: str) -> None:
        self.store = store
        self.conversation = conversation
        self.focus = dict(conversation.focus or {})
        self.question = parse_question(text)
        thread_ids = list(conversation.story_ids)
        if thread_ids:
            self.thread = store.get_stories(thread_ids)
        else:
            self.thread = store.stories_for_articles(list(conversation.article_ids))
        self.passages = self._passages(self.thread)
        self.speaker: Person | None = None  # a person the question names without asking what they said

    def _passages(self, stories: list[StoryRecord]) -> list[Passage]:
        article_ids = [a.id for s in stories for a in s.articles]
        return story_passages(stories, self.store.quotes_for_articles(article_ids))

    def focus_stories(self) -> list[StoryRecord]:
        # The core's own commands ("who said what") store the stories under "stories".
        wanted = set(self.focus.get("story_ids") or self.focus.get("stories") or [])
        return [s for s in self.thread if s.id in wanted]

    def focus_person(self) -> Person | None:
        name = self.focus.get("person")
        return Person(set(self.focus.get("person_ids") or []), name, frozenset()) if name else None

    def last_passage(self) -> Passage | None:
        """The sentence the previous answer ended on."""
        last = (self.focus.get("article_id"), self.focus.get("position"))
        return next((p for p in self.passages if (p.article.id, p.sentence.end) == last), None)


def answer_followup(store: Store, conversation: ConversationRecord, question: str) -> FollowupAnswer:
    """Answer `question` from the conversation's stories (then related stored ones), citing every sentence."""
    ctx = _Context(store, conversation, question)
    q = ctx.question
    scope = ctx.thread
    if q.ordinal is not None:
        if not ctx.thread:
            return _plain(ctx, "This thread has no stories to refer to.", kind="error")
        index = q.ordinal if q.ordinal >= 0 else len(ctx.thread) + q.ordinal
        if not 0 <= index < len(ctx.thread):
            count = len(ctx.thread)
            return _plain(ctx, f"This thread has {count} stor{'y' if count == 1 else 'ies'}; ask about 1 to {count}.", kind="error")
        scope = [ctx.thread[index]]
    elif (q.thing_pronoun or q.kind in ("when", "sources", "more", "who_else")) and ctx.focus_stories():
        scope = ctx.focus_stories()

    if q.kind == "sources":
        return _sources(ctx, scope)
    needs = needs_of(q.words)
    person = _person_asked(ctx, q)
    if q.kind == "who_else":
        return _who_else(ctx, scope, needs, person or ctx.focus_person())
    if person is not None:
        rest = [n for n in needs if person_key(n.word) not in person.words]
        if q.about_speech or q.person_pronoun or not rest:
            return _person(ctx, person, rest, scope)
        # Named, but asked about something else ("were Trump and Bolton at odds?"): rank, preferring their words.
        ctx.speaker = person
    if q.person_pronoun and q.kind in ("what", "more") and not needs:
        return _plain(ctx, "Who do you mean? Name the person, e.g. \"what did Lavrov say?\"", kind="error")
    if not needs:
        if q.generic or q.kind == "how_many":  # "how many countries?", "how many?": nothing says of what
            return _plain(ctx, NOT_FOUND, kind="empty")
        if q.kind == "when":
            return _when(ctx, scope)
        if q.kind == "more" or q.kind == "what":
            return _more(ctx, scope)
        return _about_last_answer(ctx)
    return _ranked(ctx, scope, needs)


def _person_asked(ctx: _Context, q: Question) -> Person | None:
    """Who the question is about: "he"/"she" speaking means the person in focus, even when it names others."""
    focused = ctx.focus_person()
    if focused is not None and q.speaker_pronoun:
        return focused
    named = _named_person(ctx, q)
    if named is None and q.person_pronoun:
        return focused
    return named


# ---- general questions ------------------------------------------------------------------------


def _ranked(ctx: _Context, scope: list[StoryRecord], needs: list[Need]) -> FollowupAnswer:
    q = ctx.question
    passages = _within(ctx.passages, scope)
    found = rank(passages, q, needs, _speaker_bonus(ctx))
    if not found and scope is not ctx.thread:
        found = rank(ctx.passages, q, needs, _speaker_bonus(ctx))
    if not found or found[0].coverage < 1.0:
        wider = _widened(ctx, needs)
        if wider and (not found or wider[0].coverage > found[0].coverage):
            return _answer(ctx, _best(wider), prefix=WIDENED)
    if not found:
        return _plain(ctx, NOT_FOUND, kind="empty")
    return _answer(ctx, _best(found))


def _about_last_answer(ctx: _Context) -> FollowupAnswer:
    """A bare "why?", "where?", "who?": about the sentence last shown, or not answerable.

    Only sentences of its story that are of the asked type and share words with that sentence qualify.
    """
    kind = ctx.question.kind
    last = ctx.last_passage()
    if last is None:
        return _plain(ctx, NOT_FOUND, kind="empty")
    candidates = []
    for passage in ctx.passages:
        if passage.story.id != last.story.id or passage.article.id != last.article.id:
            continue
        shared = len(passage.sentence.terms & last.sentence.terms)
        fits = answers_type(passage, kind, 0, 0) if kind == "why" else type_match(passage, kind)
        if fits and (shared >= MIN_SHARED_TERMS or passage is last):
            candidates.append((-shared, abs(passage.sentence.index - last.sentence.index), passage))
    if not candidates:
        return _plain(ctx, NOT_FOUND, kind="empty")
    candidates.sort(key=lambda c: c[:2])
    return _answer(ctx, [candidates[0][2]])


def _speaker_bonus(ctx: _Context):
    person = ctx.speaker
    return (lambda passage: _said_by(passage, person)) if person else None


def _within(passages: list[Passage], scope: list[StoryRecord]) -> list[Passage]:
    ids = {s.id for s in scope}
    return [p for p in passages if p.story.id in ids]


def _widened(ctx: _Context, needs: list[Need]) -> list[Scored]:
    """The best sentences of stored stories outside the thread that share its subject (see bot.followup.related)."""
    seen = {a.id for s in ctx.thread for a in s.articles}
    thread = signature(ctx.passages)
    words = [n.word for n in needs]
    ids = ctx.store.search_article_ids(words, limit=WIDEN_SEARCH)
    if thread.names:  # stories on the thread's subject first, as the question's words alone may find any story
        ids += ctx.store.search_article_ids(words + sorted(thread.names)[:WIDEN_NAMES], limit=WIDEN_SEARCH)
    ids = [i for i in dict.fromkeys(ids) if i not in seen]
    thread_ids = {t.id for t in ctx.thread}
    stories = [s for s in ctx.store.stories_for_articles(ids, max_articles=5) if s.id not in thread_ids]
    passages = ctx._passages(stories)  # one read of the quotes for all candidates
    if ctx.passages:  # a thread without stories has no subject to keep to: the whole store answers
        by_story: dict[int, list[Passage]] = {}
        for passage in passages:
            by_story.setdefault(passage.story.id, []).append(passage)
        kept = {i for i, own in by_story.items() if related(thread, signature(own, central=1))}
        passages = [p for p in passages if p.story.id in kept]
    return rank(passages, ctx.question, needs) if passages else []


def _best(found: list[Scored]) -> list[Passage]:
    """Up to three distinct sentences scoring near the best one."""
    chosen: list[Passage] = []
    seen: set[str] = set()
    for scored in found:
        if scored.score < found[0].score * KEEP_RATIO or len(chosen) == MAX_ITEMS:
            break
        key = _key(scored.passage.text)
        if key not in seen:
            seen.add(key)
            chosen.append(scored.passage)
    return chosen


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


# ---- people -----------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    stop = stop_words()
    return frozenset(w for w in person_key(name).split() if len(w) > 1 and w not in stop)


def _named_person(ctx: _Context, q: Question) -> Person | None:
    """The speaker the question names, by surname or full name in any case; None when it names none."""
    asked = {person_key(w) for w in tokens(q.text)}
    speakers = {}
    for passage in ctx.passages:
        for quote in passage.quotes:
            if quote.speaker:
                speakers.setdefault(quote.person_id or quote.speaker, quote.speaker)
    found = _best_name_match(asked, speakers)
    if found is None:  # someone quoted in other stored stories
        found = _best_name_match(asked, {pid: name for pid, name, _title, _aff in ctx.store.people()})
    return found


def _best_name_match(asked: set[str], speakers: dict) -> Person | None:
    """The speaker matching most asked words; other forms of the same name ("Wekesa" for "Amina Wekesa") join it."""
    matches = []
    for key, name in speakers.items():
        if words := _name_words(name) & asked:
            matches.append((len(words), len(_name_words(name)), key, name, words))
    if not matches:
        return None
    matches.sort(key=lambda m: (-m[0], -m[1]))
    _, _, key, name, words = matches[0]
    best = Person({key} if isinstance(key, int) else set(), name, words)
    full = _name_words(name)
    for _, _, other_key, other_name, _ in matches[1:]:
        if _name_words(other_name) <= full and isinstance(other_key, int):
            best.ids.add(other_key)
    return best


def _said_by(passage: Passage, person: Person) -> bool:
    return any(_said_by_quote(q, person) for q in passage.quotes)


def _person(ctx: _Context, person: Person, needs: list[Need], scope: list[StoryRecord]) -> FollowupAnswer:
    q = ctx.question
    said = _in_reading_order([p for p in ctx.passages if _said_by(p, person)])
    # "what did Holt say in the second one?": that story first, the whole thread when not quoted there.
    said = _within(said, scope) or said
    prefix = FROM_THREAD
    if not said:
        mentioned = [s for s in rank(ctx.passages, q, needs_of(q.words)) if s.coverage == 1.0]
        if mentioned and not q.speaker_pronoun:  # named in the thread without being quoted there
            return _answer(ctx, _best(mentioned))
        ids = ctx.store.article_ids_quoting(sorted(person.ids), limit=20) if person.ids else []
        stories = ctx.store.stories_for_articles(ids, max_articles=5)
        said = _in_reading_order([p for p in ctx._passages(stories) if _said_by(p, person)])
        prefix = WIDENED
    if needs:
        ranked = rank(said, q, needs)
        if not ranked:
            if q.speaker_pronoun:  # "what did he say about X?" is about his words only
                return _plain(ctx, f"{person.name} is not quoted on that in the stored articles. {NOT_FOUND}", kind="empty", person=person)
            return _ranked(ctx, ctx.thread, needs + needs_of([person.name.split()[-1]]))
        return _statements(ctx, _best(ranked), said, prefix, person)
    said = _distinct(said)
    if q.person_pronoun and q.wants_next:
        last = (ctx.focus.get("article_id"), ctx.focus.get("position"))
        after = [i for i, p in enumerate(said) if (p.article.id, p.sentence.end) == last]
        said = said[after[0] + 1 :] if after else said
        if not said:
            return _plain(ctx, f"No further statements by {person.name} in these stories.", kind="empty", person=person)
    if not said:
        return _plain(ctx, f"{person.name} is not quoted in the stored articles. {NOT_FOUND}", kind="empty", person=person)
    return _answer(ctx, said[:MAX_ITEMS], prefix=prefix, person=person)


def _statements(ctx: _Context, chosen: list[Passage], said: list[Passage], prefix: str, person: Person) -> FollowupAnswer:
    """One item per statement: a matched sentence with the other sentences of its quotation, in reading order.

    "What did Haley say about the Kurds?" matches the middle of her quotation; its start names her.
    """
    items, shown, taken = [], [], set()
    for passage in chosen:
        quote = _quote_of(passage, person)
        group = [passage]
        if quote is not None and (quote.start < passage.sentence.start or quote.end > passage.sentence.end):
            group = [p for p in said if p.article.id == passage.article.id and quote in p.quotes][:MAX_ITEMS] or group
        group = [p for p in group if (p.article.id, p.sentence.index) not in taken]
        if not group:
            continue
        taken.update((p.article.id, p.sentence.index) for p in group)
        items.append(_item_for(passage.article, passage.story.id, [p.text for p in group], _speaker_note(quote)))
        shown.extend(group)
    return _reply(ctx, items, shown, prefix, person)


def _in_reading_order(passages: list[Passage]) -> list[Passage]:
    """Story by story as the thread lists them; within a story, oldest report first, so "next" means later.

    Undated reports come after dated ones, in the order they were stored.
    """
    def key(p: Passage):
        published = p.article.published_at
        return (p.story_rank, published is None, published.timestamp() if published else 0.0, p.article.id, p.sentence.start)

    return sorted(passages, key=key)


def _distinct(passages: list[Passage]) -> list[Passage]:
    seen: set[str] = set()
    result = []
    for passage in passages:
        if (key := _key(passage.text)) not in seen:
            seen.add(key)
            result.append(passage)
    return result


def _who_else(ctx: _Context, scope: list[StoryRecord], needs: list[Need], person: Person | None) -> FollowupAnswer:
    """Speakers other than the one in focus, each with the first sentence quoting them."""
    passages = _within(ctx.passages, scope)
    if needs:
        passages = [s.passage for s in rank(passages, ctx.question, needs)]
        passages.sort(key=lambda p: (p.story_rank, p.sentence.index))
    first_by_speaker: dict[str, tuple[Passage, object]] = {}
    for passage in passages:
        for quote in passage.quotes:
            if not quote.speaker or (person and _said_by_quote(quote, person)):
                continue
            if person and _name_words(quote.speaker) <= _name_words(person.name):  # "Lavrov" once "Sergei Lavrov"
                continue
            first_by_speaker.setdefault(person_key(quote.speaker), (passage, quote))
    if not first_by_speaker:
        who = f"besides {person.name} " if person else ""
        return _plain(ctx, f"No one {who}is quoted in these stories.", kind="empty", person=person)
    chosen: list[tuple[Passage, object]] = []
    seen: set[str] = set()
    for passage, quote in first_by_speaker.values():
        if (key := _key(passage.text)) not in seen and len(chosen) < MAX_ITEMS:
            seen.add(key)
            chosen.append((passage, quote))
    names = _distinct_names([quote.speaker for _, quote in first_by_speaker.values()])
    # With one other speaker, "he" now means that one; with several it stays ambiguous.
    only = _person_of(next(iter(first_by_speaker.values()))[1]) if len(first_by_speaker) == 1 else person
    items = [_item_for(p.article, p.story.id, [p.text], _speaker_note(quote)) for p, quote in chosen]
    prefix = "Also quoted: " + ", ".join(names) + "."
    return _reply(ctx, items, [p for p, _ in chosen], prefix, only)


def _distinct_names(names: list[str]) -> list[str]:
    """Each speaker once: "Gebremedhin" goes when "Haile Gebremedhin" is listed."""
    unique = list(dict.fromkeys(names))
    return [n for n in unique if not any(o != n and _name_words(n) < _name_words(o) for o in unique)]


def _person_of(quote) -> Person:
    return Person({quote.person_id} if quote.person_id else set(), quote.speaker, frozenset())


def _said_by_quote(quote, person: Person) -> bool:
    if person.ids and quote.person_id:
        return quote.person_id in person.ids
    return bool(quote.speaker) and person_key(quote.speaker) == person_key(person.name)


# ---- the story as a whole: when, sources, more ------------------------------------------------


def _when(ctx: _Context, scope: list[StoryRecord]) -> FollowupAnswer:
    """The publication date (never the fetch time) and the sentence that places the events in time."""
    scope = scope[:MAX_ITEMS]
    if not scope:
        return _plain(ctx, NOT_FOUND, kind="empty")
    items, undated = [], 0
    for story in scope:
        article = _first_dated(story)
        timed = next((s for a in (article, *story.articles) for s in article_sentences(a) if s.has_time), None)
        note = None if len(scope) == 1 else (f"published {_day(article.published_at)}" if article.published_at else "publication date unknown")
        items.append(_item_for(article, story.id, [timed.text] if timed else [], note))
        undated += article.published_at is None
    if len(scope) > 1:
        text = "When these stories were published, with the sentence giving the time:"
    else:
        published = _first_dated(scope[0]).published_at
        said = " The report says:" if items[0].summary else " The report does not say when."
        text = (f"Published {_day(published)}." if published else DATE_UNKNOWN) + said
    ids = [s.id for s in scope]
    return FollowupAnswer(Reply(title=_title(ctx.question), items=items, text=text), _focus(ctx, ids), ids)


def _first_dated(story: StoryRecord) -> ArticleRecord:
    """The story's earliest report with a publication date; its lead when none has one."""
    dated = [a for a in story.articles if a.published_at is not None]
    return min(dated, key=lambda a: a.published_at) if dated else story.lead


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def _sources(ctx: _Context, scope: list[StoryRecord]) -> FollowupAnswer:
    if not scope:
        return _plain(ctx, NOT_FOUND, kind="empty")
    items = []
    for story in scope:
        item = _item_for(story.lead, story.id, [])
        item.headline = story.title
        item.sources = [SourceLink(a.outlet_label, a.url, a.published_at) for a in story.articles]
        items.append(item)
    outlets = len({s.outlet for item in items for s in item.sources})
    text = f"Reported by {outlets} outlet{'s' if outlets != 1 else ''}:"
    ids = [s.id for s in scope]
    return FollowupAnswer(Reply(title="Sources", items=items, text=text), _focus(ctx, ids), ids)


def _more(ctx: _Context, scope: list[StoryRecord]) -> FollowupAnswer:
    if len(scope) != 1 and ctx.question.ordinal is None:
        scope = ctx.focus_stories()[:1] or scope[:1]
    if not scope:
        return _plain(ctx, NOT_FOUND, kind="empty")
    story = scope[0]
    lead = story.lead
    texts = list(lead.summary[:MAX_ITEMS]) or [s.text for s in article_sentences(lead)[:MAX_ITEMS]]
    item = _item_for(lead, story.id, texts)
    item.headline = story.title
    item.sources = [SourceLink(a.outlet_label, a.url, a.published_at) for a in story.articles]
    reply = Reply(title=story.title, items=[item], text="More on this story:")
    return FollowupAnswer(reply, _focus(ctx, [story.id]), [story.id])


# ---- replies ----------------------------------------------------------------------------------


def _item_for(article: ArticleRecord, story_id: int | None, sentences: list[str], note: str | None = None) -> ReplyItem:
    return ReplyItem(
        headline=article.title,
        outlet=article.outlet_label,
        date=article.published_at,  # None when the source gave none: the fetch time is not a publication date
        link=article.url,
        summary=sentences,
        story_id=story_id,
        article_id=article.id,
        note=note,
    )


def _speaker_note(quote) -> str | None:
    if quote is None or not quote.speaker:
        return None
    detail = ", ".join(x for x in (quote.speaker_title, quote.speaker_affiliation) if x)
    return f"said by {quote.speaker}" + (f" ({detail})" if detail else "")


def _quote_of(passage: Passage, person: Person | None):
    """The passage's quote by `person` when there is one, else its first attributed quote."""
    attributed = [q for q in passage.quotes if q.speaker]
    return next((q for q in attributed if person and _said_by_quote(q, person)), attributed[0] if attributed else None)


def _title(q: Question) -> str:
    return q.text if len(q.text) <= 80 else q.text[:77] + "..."


def _answer(ctx: _Context, passages: list[Passage], prefix: str = FROM_THREAD, person: Person | None = None) -> FollowupAnswer:
    """Passages in the given order; neighbours from one article with one speaker share an item (one headline)."""
    items: list[ReplyItem] = []
    for passage in passages:
        note = _speaker_note(_quote_of(passage, person))
        if items and items[-1].article_id == passage.article.id and items[-1].note == note:
            items[-1].summary.append(passage.text)
        else:
            items.append(_item_for(passage.article, passage.story.id, [passage.text], note))
    return _reply(ctx, items, passages, prefix, person)


def _reply(ctx: _Context, items: list[ReplyItem], passages: list[Passage], prefix: str, person: Person | None) -> FollowupAnswer:
    story_ids = list(dict.fromkeys(p.story.id for p in passages))
    focus = _focus(ctx, story_ids, person)
    if passages:
        focus["article_id"], focus["position"] = passages[-1].article.id, passages[-1].sentence.end
    return FollowupAnswer(Reply(title=_title(ctx.question), items=items, text=prefix), focus, story_ids)


def _plain(ctx: _Context, text: str, kind: str = "answer", person: Person | None = None) -> FollowupAnswer:
    return FollowupAnswer(Reply(title=_title(ctx.question), text=text, kind=kind), _focus(ctx, [], person), [])


def _focus(ctx: _Context, story_ids: list[int], person: Person | None = None) -> dict:
    """What the answer was about; a person named earlier stays the referent of "he"/"she" until another is named."""
    earlier = list(ctx.focus.get("story_ids") or ctx.focus.get("stories") or [])
    focus = {"story_ids": story_ids or earlier, "question": ctx.question.kind}
    if person is not None:
        focus["person"], focus["person_ids"] = person.name, sorted(person.ids)
    elif ctx.focus.get("person"):
        focus["person"], focus["person_ids"] = ctx.focus["person"], ctx.focus.get("person_ids") or []
    if person is not None and person.name == ctx.focus.get("person"):
        focus["article_id"], focus["position"] = ctx.focus.get("article_id"), ctx.focus.get("position")
    return focus
