"""The store: every database read and write the core makes, behind one small class.

Methods are synchronous; the async core calls them through `asyncio.to_thread`.
"""
from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection, Engine, bindparam, delete, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from bot.store import search as fulltext
from bot.store.database import make_engine, make_sessions, migrate
from bot.store.models import (
    Article,
    ArticleEntity,
    Channel,
    Conversation,
    HttpValidator,
    OutboxEntry,
    Person,
    Quote,
    Source,
    Story,
    Subscription,
    Summary,
    utcnow,
)
from bot.store.records import (
    AddedArticle,
    ArticleRecord,
    ConversationRecord,
    QuoteRecord,
    StoryRecord,
    SubscriptionRecord,
)

SUMMARY_ALGORITHM = "default"
# Articles without a publication date sort after every dated one and fall outside every
# "since" window and digest: their fetch time is not when the news happened.
UNDATED = datetime(1970, 1, 1, tzinfo=timezone.utc)

# Built once: constructing and cache-keying statements per article was a visible share of ingest time.
_FIND_DUPLICATE = (
    select(Article.id, Article.canonical_url, Article.story_id)
    .where((Article.canonical_url == bindparam("url")) | (Article.content_hash == bindparam("hash")))
    .limit(1)
)
_INSERT_STORY = insert(Story).returning(Story.id)
_INSERT_ARTICLE = insert(Article).returning(Article.id)


@dataclass(slots=True)
class NewArticle:
    """Everything the ingest pipeline computed for one article."""

    url: str
    canonical_url: str
    title: str
    text: str
    content_hash: str
    outlet: str | None = None
    credits: Sequence[str] = ()
    published_at: datetime | None = None
    language: str | None = None
    summary: Sequence[str] = ()
    entities: dict[tuple[str, str], int] | None = None  # (kind, code) -> mentions
    quotes: Sequence = ()  # bot.quotes.ExtractedQuote
    person_keys: Sequence[str | None] = ()  # person_key per quote (None when unattributed)
    source_id: int | None = None
    salient: frozenset[tuple[str, str]] | None = None  # entities central to the article (None: all of them)
    diplomatic: bool = True


class Store:
    def __init__(self, database_url: str) -> None:
        self.engine: Engine = make_engine(database_url)
        migrate(self.engine)
        self.sessions = make_sessions(self.engine)
        self.dialect = self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # ---- articles -------------------------------------------------------------------------

    def find_duplicate(self, canonical_url: str, content_hash: str) -> AddedArticle | None:
        with self.engine.connect() as connection:
            return self._duplicate(connection, canonical_url, content_hash)

    @staticmethod
    def _duplicate(connection: Connection, canonical_url: str, content_hash: str) -> AddedArticle | None:
        row = connection.execute(_FIND_DUPLICATE, {"url": canonical_url, "hash": content_hash}).first()
        if row is None:
            return None
        reason = "same canonical URL" if row.canonical_url == canonical_url else f"same text as article {row.id}"
        return AddedArticle(row.id, False, reason, row.story_id)

    def add_article(self, new: NewArticle, story_id: int | None = None) -> AddedArticle:
        """Store one article with its story, entities, summary and quotes; a duplicate is not stored twice.

        Core statements rather than ORM objects: this is the ingest hot path (see bench/bench_store.py)."""
        fetched = utcnow()
        sort_time = new.published_at or UNDATED
        try:
            with self.engine.begin() as connection:
                duplicate = self._duplicate(connection, new.canonical_url, new.content_hash)
                if duplicate:
                    return duplicate
                if story_id is None:
                    story_id = connection.execute(
                        _INSERT_STORY, {"title": new.title, "first_seen": fetched, "last_published": sort_time, "article_count": 1}
                    ).scalar_one()
                else:
                    newest = func.max if self.dialect == "sqlite" else func.greatest
                    connection.execute(
                        update(Story)
                        .where(Story.id == story_id)
                        .values(article_count=Story.article_count + 1, last_published=newest(Story.last_published, sort_time))
                    )
                article_id = connection.execute(
                    _INSERT_ARTICLE,
                    {
                        "url": new.url,
                        "canonical_url": new.canonical_url,
                        "title": new.title,
                        "outlet": new.outlet,
                        "credits": list(new.credits),
                        "published_at": new.published_at,
                        "fetched_at": fetched,
                        "sort_time": sort_time,
                        "text": new.text,
                        "language": new.language,
                        "content_hash": new.content_hash,
                        "diplomatic": new.diplomatic,
                        "story_id": story_id,
                        "source_id": new.source_id,
                    },
                ).scalar_one()
                self._add_analysis(connection, article_id, sort_time, new.summary, new.entities or {}, new.quotes, new.person_keys,
                                   new.salient)  # fmt: skip
        except IntegrityError:  # a concurrent ingest stored it first
            return self.find_duplicate(new.canonical_url, new.content_hash) or AddedArticle(0, False, "duplicate")
        return AddedArticle(article_id, True, story_id=story_id)

    def _add_analysis(
        self, connection: Connection, article_id: int, sort_time: datetime, summary, entities, quotes, person_keys, salient=None
    ) -> None:
        if summary:
            connection.execute(insert(Summary), [{"article_id": article_id, "algorithm": SUMMARY_ALGORITHM, "sentences": list(summary)}])
        if entities:
            connection.execute(
                insert(ArticleEntity),
                [
                    {
                        "article_id": article_id,
                        "kind": kind,
                        "code": code,
                        "mentions": mentions,
                        "sort_time": sort_time,
                        "salient": salient is None or (kind, code) in salient,
                    }
                    for (kind, code), mentions in entities.items()
                ],
            )
        if not quotes:
            return
        people = self._people_ids(connection, {key: quote for quote, key in zip(quotes, person_keys) if key and quote.speaker})
        connection.execute(
            insert(Quote),
            [
                {
                    "article_id": article_id,
                    "person_id": people.get(key) if key and quote.speaker else None,
                    "text": quote.text,
                    "start": quote.start,
                    "end": quote.end,
                    "kind": quote.kind,
                    "cue": quote.cue,
                    "speaker_mention": quote.speaker,
                    "speaker_title": quote.speaker_title,
                    "speaker_affiliation": quote.speaker_affiliation,
                }
                for quote, key in zip(quotes, person_keys)
            ],
        )

    @staticmethod
    def _people_ids(connection: Connection, speakers: dict[str, object]) -> dict[str, int]:
        """Person ids for these keys, creating the missing people; keeps the fullest name and any title seen.

        A surname alone ("Trump") is the one stored person with that surname ("Donald Trump"), and a full
        name arriving after its surname alone takes that person over: one person across articles."""
        if not speakers:
            return {}
        surnames = {key.split()[-1] for key in speakers}
        condition = Person.key.in_(list(speakers) + list(surnames))
        lone = [key for key in speakers if " " not in key]  # only a surname alone needs the full names' scan
        if lone:
            condition = condition | or_(*(Person.key.like(f"% {surname}") for surname in lone))
        rows = connection.execute(
            select(Person.id, Person.key, Person.name, Person.title, Person.affiliation).where(condition)
        ).all()
        known = {row.key: row for row in rows}
        by_surname: dict[str, list] = {}
        for row in rows:
            by_surname.setdefault(row.key.split()[-1], []).append(row)
        ids: dict[str, int] = {}
        for key, quote in speakers.items():
            row = known.get(key)
            if row is None and " " not in key:
                full = [r for r in by_surname.get(key, []) if " " in r.key]
                row = full[0] if len(full) == 1 else None
            if row is None and " " in key and key.split()[-1] in known and len(by_surname.get(key.split()[-1], [])) == 1:
                row = known[key.split()[-1]]  # the surname-only person becomes the full name
                connection.execute(update(Person).where(Person.id == row.id).values(key=key))
            if row is None:
                ids[key] = connection.execute(
                    insert(Person)
                    .values(key=key, name=quote.speaker, title=quote.speaker_title, affiliation=quote.speaker_affiliation)
                    .returning(Person.id)
                ).scalar_one()
                continue
            ids[key] = row.id
            better = {
                "name": quote.speaker if len(quote.speaker) > len(row.name) else row.name,
                "title": row.title or quote.speaker_title,
                "affiliation": row.affiliation or quote.speaker_affiliation,
            }
            if better != {"name": row.name, "title": row.title, "affiliation": row.affiliation}:
                connection.execute(update(Person).where(Person.id == row.id).values(**better))
        return ids

    def replace_analysis(
        self, article_id: int, summary: Sequence[str], entities: dict, quotes: Sequence, person_keys, salient=None, diplomatic=True
    ) -> None:
        """Re-processing: recompute what ingest derived from an article's text."""
        with self.engine.begin() as connection:
            for table in (Quote, ArticleEntity, Summary):
                connection.execute(delete(table).where(table.article_id == article_id))
            connection.execute(update(Article).where(Article.id == article_id).values(diplomatic=diplomatic))
            sort_time = connection.execute(select(Article.sort_time).where(Article.id == article_id)).scalar_one()
            self._add_analysis(connection, article_id, sort_time, summary, entities, quotes, person_keys, salient)

    def article_ids(self) -> list[int]:
        with self.sessions() as session:
            return list(session.execute(select(Article.id).order_by(Article.id)).scalars())

    def count_articles(self) -> int:
        with self.sessions() as session:
            return session.execute(select(func.count(Article.id))).scalar_one()

    def get_articles(self, ids: Iterable[int]) -> list[ArticleRecord]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return []
        with self.sessions() as session:
            rows = session.execute(select(Article).where(Article.id.in_(ids))).scalars().all()
            summaries = dict(
                session.execute(
                    select(Summary.article_id, Summary.sentences).where(
                        Summary.article_id.in_(ids), Summary.algorithm == SUMMARY_ALGORITHM
                    )
                ).all()
            )
        by_id = {row.id: _article_record(row, summaries.get(row.id, [])) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def find_article(self, reference: str) -> ArticleRecord | None:
        """An article by id or by (canonical) URL."""
        with self.sessions() as session:
            if reference.isdigit() and len(reference) < 16:  # larger numbers overflow the id column
                found = session.get(Article, int(reference))
                found_id = found.id if found else None
            else:
                found_id = session.execute(
                    select(Article.id).where((Article.url == reference) | (Article.canonical_url == reference))
                ).scalar()
        return self.get_articles([found_id])[0] if found_id else None

    def entities_of(self, article_ids: Iterable[int]) -> dict[int, dict[tuple[str, str], int]]:
        ids = list(article_ids)
        result: dict[int, dict[tuple[str, str], int]] = {i: {} for i in ids}
        if not ids:
            return result
        with self.sessions() as session:
            for article_id, kind, code, mentions in session.execute(
                select(ArticleEntity.article_id, ArticleEntity.kind, ArticleEntity.code, ArticleEntity.mentions).where(
                    ArticleEntity.article_id.in_(ids)
                )
            ):
                result[article_id][(kind, code)] = mentions
        return result

    # ---- finding stories ------------------------------------------------------------------

    def latest_article_ids(
        self,
        entities: Sequence[tuple[str, str]] = (),
        keywords: Sequence[str] = (),
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
        diplomatic_only: bool = False,
    ) -> list[int]:
        """Newest articles centrally about every entity and matching every keyword."""
        if not entities:
            query = select(Article.id)
            if diplomatic_only:
                query = query.where(Article.diplomatic.is_(True))
            time, article_id = Article.sort_time, Article.id
        else:
            # Walk the rarest entity's (kind, code, sort_time) index newest-first; check the others by key.
            first, *others = sorted(entities, key=self._entity_count) if len(entities) > 1 else entities
            time, article_id = ArticleEntity.sort_time, ArticleEntity.article_id
            query = select(ArticleEntity.article_id).where(
                ArticleEntity.kind == first[0], ArticleEntity.code == first[1], ArticleEntity.salient.is_(True)
            )
            for kind, code in others:
                other = aliased(ArticleEntity)
                query = query.where(
                    exists().where(
                        other.article_id == ArticleEntity.article_id, other.kind == kind, other.code == code, other.salient.is_(True)
                    )
                )
        if keywords:
            query = query.where(article_id.in_(fulltext.matching_ids_query(self.dialect, keywords)))
        if since is not None:
            query = query.where(time >= since)
        if until is not None:
            query = query.where(time < until)
        query = query.order_by(time.desc(), article_id.desc()).limit(limit)
        with self.sessions() as session:
            return list(session.execute(query).scalars())

    def _entity_count(self, entity: tuple[str, str]) -> int:
        with self.sessions() as session:
            return session.execute(
                select(func.count()).where(ArticleEntity.kind == entity[0], ArticleEntity.code == entity[1])
            ).scalar_one()

    def search_article_ids(self, words: Sequence[str], limit: int = 20, since: datetime | None = None) -> list[int]:
        with self.sessions() as session:
            return fulltext.ranked_ids(session, self.dialect, words, limit=limit, since=since)

    def stories_for_articles(self, article_ids: Sequence[int], max_articles: int = 20) -> list[StoryRecord]:
        """Stories of the given articles, in the order the articles came, each with all its articles."""
        if not article_ids:
            return []
        with self.sessions() as session:
            story_of = dict(
                session.execute(select(Article.id, Article.story_id).where(Article.id.in_(list(article_ids)))).all()
            )
        story_ids = list(dict.fromkeys(story_of[a] for a in article_ids if story_of.get(a) is not None))
        return self.get_stories(story_ids, max_articles=max_articles)

    def get_stories(self, story_ids: Sequence[int], max_articles: int = 20) -> list[StoryRecord]:
        story_ids = list(dict.fromkeys(story_ids))
        if not story_ids:
            return []
        with self.sessions() as session:
            stories = {s.id: s for s in session.execute(select(Story).where(Story.id.in_(story_ids))).scalars()}
            members = session.execute(
                select(Article.story_id, Article.id)
                .where(Article.story_id.in_(story_ids))
                .order_by(Article.sort_time.desc(), Article.id.desc())
            ).all()
        by_story: dict[int, list[int]] = {}
        for story_id, article_id in members:
            by_story.setdefault(story_id, []).append(article_id)
        articles = {a.id: a for a in self.get_articles([a for ids in by_story.values() for a in ids[:max_articles]])}
        result = []
        for story_id in story_ids:
            story = stories.get(story_id)
            ids = [a for a in by_story.get(story_id, [])[:max_articles] if a in articles]
            if story and ids:
                result.append(StoryRecord(story.id, story.title, story.last_published, [articles[a] for a in ids]))
        return result

    def recent_articles(self, limit: int, lead_chars: int = 600) -> list[tuple[int | None, int, str, str, str | None, datetime]]:
        """(story id, article id, title, lead, outlet, time) of the newest articles, oldest first
        (the story matcher's starting index)."""
        with self.sessions() as session:
            rows = session.execute(
                select(Article.story_id, Article.id, Article.title, func.substr(Article.text, 1, lead_chars), Article.outlet, Article.sort_time)
                .order_by(Article.sort_time.desc(), Article.id.desc())
                .limit(limit)
            ).all()
        return [tuple(row) for row in reversed(rows)]

    def story_members(self, article_ids: Sequence[int], until: datetime) -> list[tuple[int, int, str | None, datetime]]:
        """(story id, article id, outlet, time) of every article, up to `until`, of the stories of `article_ids`."""
        if not article_ids:
            return []
        with self.sessions() as session:
            story_ids = set(session.execute(select(Article.story_id).where(Article.id.in_(list(article_ids)))).scalars())
            story_ids.discard(None)
            if not story_ids:
                return []
            rows = session.execute(
                select(Article.story_id, Article.id, Article.outlet, Article.sort_time).where(
                    Article.story_id.in_(story_ids), Article.sort_time < until
                )
            ).all()
        return [tuple(row) for row in rows]

    # ---- quotes and people ----------------------------------------------------------------

    def quotes_for_articles(
        self, article_ids: Sequence[int], person_ids: Sequence[int] | None = None, attributed_only: bool = False
    ) -> list[QuoteRecord]:
        """Quotes of these articles in text order, with their speaker's stored name, title and affiliation.

        Plain rows, not ORM objects: a 50-story digest reads hundreds of quotes."""
        if not article_ids:
            return []
        query = (
            select(
                Quote.id, Quote.article_id, Quote.text, Quote.start, Quote.end, Quote.kind, Quote.cue, Quote.person_id,
                Person.name, Person.title, Quote.speaker_title, Person.affiliation, Quote.speaker_affiliation,
            )  # fmt: skip
            .join(Person, Quote.person_id == Person.id, isouter=not attributed_only)
            .where(Quote.article_id.in_(list(article_ids)))
            .order_by(Quote.article_id, Quote.start)
        )
        if person_ids is not None:
            query = query.where(Quote.person_id.in_(list(person_ids)))
        with self.sessions() as session:
            rows = session.execute(query).all()
        return [QuoteRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or r[10], r[11] or r[12]) for r in rows]

    def article_ids_quoting(self, person_ids: Sequence[int], since: datetime | None = None, limit: int = 200) -> list[int]:
        query = (
            select(Quote.article_id)
            .join(Article, Article.id == Quote.article_id)
            .where(Quote.person_id.in_(list(person_ids)))
            .group_by(Quote.article_id, Article.sort_time)
            .order_by(Article.sort_time.desc())
            .limit(limit)
        )
        if since is not None:
            query = query.where(Article.sort_time >= since)
        with self.sessions() as session:
            return list(session.execute(query).scalars())

    def people(self, containing: str | None = None, limit: int | None = None) -> list[tuple[int, str, str | None, str | None]]:
        """People quoted in the store, optionally only those whose name contains a word (any case)."""
        query = select(Person.id, Person.name, Person.title, Person.affiliation).order_by(Person.name)
        if containing:
            escaped = containing.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(func.lower(Person.name).like(f"%{escaped}%", escape="\\"))
        if limit:
            query = query.limit(limit)
        with self.sessions() as session:
            return [tuple(r) for r in session.execute(query).all()]

    # ---- sources and HTTP validators ------------------------------------------------------

    def list_sources(self) -> list[tuple[str, str | None, str, datetime | None, str | None]]:
        with self.sessions() as session:
            rows = session.execute(
                select(Source.url, Source.name, Source.kind, Source.last_fetched_at, Source.last_error).order_by(Source.id)
            ).all()
        return [tuple(r) for r in rows]

    def add_source(self, url: str, name: str | None = None, kind: str = "feed") -> bool:
        with self.sessions() as session:
            if session.execute(select(Source.id).where(Source.url == url)).scalar() is not None:
                return False
            session.add(Source(url=url, name=name, kind=kind))
            session.commit()
            return True

    def remove_source(self, url: str) -> bool:
        with self.sessions() as session:
            removed = session.execute(delete(Source).where(Source.url == url)).rowcount
            session.commit()
            return bool(removed)

    def source_id(self, url: str) -> int | None:
        with self.sessions() as session:
            return session.execute(select(Source.id).where(Source.url == url)).scalar()

    def record_fetch(self, url: str, error: str | None) -> None:
        with self.sessions() as session:
            session.execute(update(Source).where(Source.url == url).values(last_fetched_at=utcnow(), last_error=error))
            session.commit()

    def outlet_counts(self) -> list[tuple[str, int, datetime | None]]:
        with self.sessions() as session:
            rows = session.execute(
                select(Article.outlet, func.count(Article.id), func.max(Article.published_at))
                .group_by(Article.outlet)
                .order_by(func.count(Article.id).desc())
            ).all()
        return [(outlet or "unknown outlet", count, latest) for outlet, count, latest in rows]

    def validator(self, url: str) -> tuple[str | None, str | None]:
        with self.sessions() as session:
            row = session.get(HttpValidator, url)
            return (row.etag, row.last_modified) if row else (None, None)

    def put_validator(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self.sessions() as session:
            row = session.get(HttpValidator, url)
            if row is None:
                session.add(HttpValidator(url=url, etag=etag, last_modified=last_modified))
            else:
                row.etag, row.last_modified = etag, last_modified
            session.commit()

    # ---- conversations --------------------------------------------------------------------

    def save_conversation(
        self,
        platform: str,
        workspace: str,
        channel: str,
        thread: str | None,
        story_ids: Sequence[int],
        article_ids: Sequence[int],
        focus: dict,
        days: int,
    ) -> str:
        """Record what a reply showed. A reply inside a thread updates that thread's conversation;
        a new reply gets a new conversation whose provisional thread id is its own id."""
        now = utcnow()
        with self.sessions() as session:
            existing = None
            if thread:
                existing = session.execute(
                    select(Conversation).where(
                        Conversation.platform == platform,
                        Conversation.workspace == workspace,
                        Conversation.channel == channel,
                        Conversation.thread == thread,
                    )
                ).scalar()
            if existing is not None:
                if story_ids:
                    # Keep the thread's earlier stories reachable ("the first one") after narrower answers.
                    existing.story_ids = list(dict.fromkeys([*existing.story_ids, *story_ids]))
                    existing.article_ids = list(dict.fromkeys([*existing.article_ids, *article_ids]))
                existing.focus = focus
                existing.updated_at = now
                existing.expires_at = now + timedelta(days=days)
                session.commit()
                return existing.id
            conversation_id = "t" + secrets.token_hex(6)
            session.add(
                Conversation(
                    id=conversation_id,
                    platform=platform,
                    workspace=workspace,
                    channel=channel,
                    thread=thread or conversation_id,
                    story_ids=list(story_ids),
                    article_ids=list(article_ids),
                    focus=focus,
                    created_at=now,
                    updated_at=now,
                    expires_at=now + timedelta(days=days),
                )
            )
            session.commit()
            return conversation_id

    def get_conversation(self, platform: str, workspace: str, channel: str, thread: str) -> ConversationRecord | None:
        with self.sessions() as session:
            row = session.execute(
                select(Conversation).where(
                    Conversation.platform == platform,
                    Conversation.workspace == workspace,
                    Conversation.channel == channel,
                    Conversation.thread == thread,
                    Conversation.expires_at > utcnow(),
                )
            ).scalar()
            if row is None and platform == "console":
                # The console has one thread namespace: a thread id alone finds its conversation.
                row = session.execute(
                    select(Conversation).where(Conversation.thread == thread, Conversation.expires_at > utcnow())
                ).scalar()
            return _conversation_record(row) if row else None

    def latest_listing(self, platform: str, workspace: str, channel: str) -> ConversationRecord | None:
        """The channel's most recent live list of stories (latest, search, who said what, digest): what
        "summary 2" refers to outside a thread."""
        with self.sessions() as session:
            rows = session.execute(
                select(Conversation)
                .where(
                    Conversation.platform == platform,
                    Conversation.workspace == workspace,
                    Conversation.channel == channel,
                    Conversation.expires_at > utcnow(),
                )
                .order_by(Conversation.updated_at.desc())
                .limit(20)
            ).scalars()
            row = next((r for r in rows if (r.focus or {}).get("listing")), None)
            return _conversation_record(row) if row else None

    def link_thread(self, conversation_id: str, platform: str, workspace: str, channel: str, thread: str) -> None:
        with self.sessions() as session:
            session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id)
                .values(platform=platform, workspace=workspace, channel=channel, thread=thread)
            )
            session.commit()

    def purge_conversations(self) -> int:
        with self.sessions() as session:
            removed = session.execute(delete(Conversation).where(Conversation.expires_at <= utcnow())).rowcount
            session.commit()
            return removed

    # ---- channels, subscriptions, outbox --------------------------------------------------

    def _channel_id(self, session: Session, platform: str, workspace: str, channel: str) -> int:
        found = session.execute(
            select(Channel.id).where(Channel.platform == platform, Channel.workspace == workspace, Channel.channel == channel)
        ).scalar()
        if found is None:
            row = Channel(platform=platform, workspace=workspace, channel=channel)
            session.add(row)
            session.flush()
            found = row.id
        return found

    def subscribe(self, platform: str, workspace: str, channel: str, topics: list[str], at_time: str, timezone: str) -> int:
        """One subscription per channel and topic set; subscribing again to the same topics updates its time."""
        with self.sessions() as session:
            channel_id = self._channel_id(session, platform, workspace, channel)
            for existing in session.execute(select(Subscription).where(Subscription.channel_id == channel_id)).scalars():
                if sorted(existing.topics) == sorted(topics):
                    existing.at_time, existing.timezone = at_time, timezone
                    session.commit()
                    return existing.id
            row = Subscription(channel_id=channel_id, topics=topics, at_time=at_time, timezone=timezone)
            session.add(row)
            session.commit()
            return row.id

    def unsubscribe(self, platform: str, workspace: str, channel: str, topics: list[str] | None = None) -> int:
        with self.sessions() as session:
            channel_id = self._channel_id(session, platform, workspace, channel)
            removed = 0
            for existing in session.execute(select(Subscription).where(Subscription.channel_id == channel_id)).scalars():
                if topics is None or sorted(existing.topics) == sorted(topics):
                    session.delete(existing)
                    removed += 1
            session.commit()
            return removed

    def subscriptions(self, platform: str | None = None, workspace: str | None = None, channel: str | None = None) -> list[SubscriptionRecord]:
        query = select(Subscription, Channel).join(Channel, Channel.id == Subscription.channel_id).order_by(Subscription.id)
        if platform is not None:
            query = query.where(Channel.platform == platform)
        if workspace is not None:
            query = query.where(Channel.workspace == workspace)
        if channel is not None:
            query = query.where(Channel.channel == channel)
        with self.sessions() as session:
            return [
                SubscriptionRecord(s.id, c.platform, c.workspace, c.channel, list(s.topics), s.at_time, s.timezone)
                for s, c in session.execute(query).all()
            ]

    def claim_outbox(self, subscription_id: int, digest_date: str) -> int | None:
        """The outbox row for this subscription and day, if it still needs sending; None once sent."""
        with self.sessions() as session:
            row = session.execute(
                select(OutboxEntry).where(OutboxEntry.subscription_id == subscription_id, OutboxEntry.digest_date == digest_date)
            ).scalar()
            if row is None:
                row = OutboxEntry(subscription_id=subscription_id, digest_date=digest_date, status="pending")
                session.add(row)
                try:
                    session.commit()
                except IntegrityError:  # another worker created it first
                    session.rollback()
                    return None
            if row.status == "sent":
                return None
            row.attempts += 1
            session.commit()
            return row.id

    def outbox_state(self, subscription_id: int, digest_date: str) -> tuple[int, str, dict | None] | None:
        """(id, status, saved payload) of the outbox row for this subscription and day, if any."""
        with self.sessions() as session:
            row = session.execute(
                select(OutboxEntry.id, OutboxEntry.status, OutboxEntry.payload).where(
                    OutboxEntry.subscription_id == subscription_id, OutboxEntry.digest_date == digest_date
                )
            ).first()
        return tuple(row) if row else None

    def save_outbox_payload(self, entry_id: int, payload: dict) -> None:
        with self.sessions() as session:
            session.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id).values(payload=payload, status="sending"))
            session.commit()

    def mark_outbox_sent(self, entry_id: int, message_id: str | None) -> None:
        with self.sessions() as session:
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry_id)
                .values(status="sent", message_id=message_id, sent_at=utcnow())
            )
            session.commit()

    def mark_outbox_failed(self, entry_id: int, status: str = "pending") -> None:
        with self.sessions() as session:
            session.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id).values(status=status))
            session.commit()

    def outbox_rows(self) -> list[tuple[int, str, str, str | None]]:
        with self.sessions() as session:
            return [
                tuple(r)
                for r in session.execute(
                    select(OutboxEntry.subscription_id, OutboxEntry.digest_date, OutboxEntry.status, OutboxEntry.message_id)
                ).all()
            ]


def _article_record(row: Article, summary: list[str]) -> ArticleRecord:
    return ArticleRecord(
        id=row.id,
        url=row.url,
        canonical_url=row.canonical_url,
        title=row.title,
        outlet=row.outlet,
        credits=list(row.credits or []),
        published_at=row.published_at,
        fetched_at=row.fetched_at,
        text=row.text,
        language=row.language,
        story_id=row.story_id,
        summary=list(summary or []),
    )


def _conversation_record(row: Conversation) -> ConversationRecord:
    return ConversationRecord(
        row.id, row.platform, row.workspace, row.channel, row.thread, list(row.story_ids), list(row.article_ids), dict(row.focus or {})
    )
