"""SQLAlchemy 2 models. Schema changes go through Alembic (bot/migrations)."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stored naive in UTC (SQLite has no timezone), always returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=timezone.utc) if value is not None else None


class Base(DeclarativeBase):
    pass


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="feed")  # feed | page
    enabled: Mapped[bool] = mapped_column(default=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class HttpValidator(Base):
    """ETag / Last-Modified per URL, for conditional GET."""

    __tablename__ = "http_validators"
    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))


class Story(Base):
    """One event, possibly reported by several outlets."""

    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_published: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    article_count: Mapped[int] = mapped_column(Integer, default=1)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    credits: Mapped[list] = mapped_column(JSON, default=list)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sort_time: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # published, else fetched
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(20))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    diplomatic: Mapped[bool] = mapped_column(default=True, server_default=true())  # international-affairs news
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))


class Summary(Base):
    __tablename__ = "summaries"
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    algorithm: Mapped[str] = mapped_column(String(40), primary_key=True)
    sentences: Mapped[list] = mapped_column(JSON)


class ArticleEntity(Base):
    """A country or organisation an article involves, with its mention count."""

    __tablename__ = "article_entities"
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # country | organisation
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    mentions: Mapped[int] = mapped_column(Integer, default=1)
    sort_time: Mapped[datetime | None] = mapped_column(UTCDateTime)  # copy of the article's, for newest-first scans
    salient: Mapped[bool] = mapped_column(default=True, server_default=true())  # in the title or lead, or named often
    __table_args__ = (
        Index("ix_article_entities_code", "kind", "code", "article_id"),
        Index("ix_article_entities_salient_time", "kind", "code", "salient", "sort_time", "article_id"),
    )


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # identity across articles
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    affiliation: Mapped[str | None] = mapped_column(String(300))


class Quote(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    cue: Mapped[str | None] = mapped_column(String(100))
    speaker_mention: Mapped[str | None] = mapped_column(String(300))
    speaker_title: Mapped[str | None] = mapped_column(String(300))
    speaker_affiliation: Mapped[str | None] = mapped_column(String(300))


class Channel(Base):
    __tablename__ = "channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    workspace: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(100))
    __table_args__ = (UniqueConstraint("platform", "workspace", "channel"),)


class Subscription(Base):
    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"), index=True)
    topics: Mapped[list] = mapped_column(JSON, default=list)  # ["country:CN", "organisation:BRICS", "keyword:gas"]
    at_time: Mapped[str] = mapped_column(String(5))  # HH:MM local
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxEntry(Base):
    """One digest per (subscription, local date): makes delivery exactly-once for the channel."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    digest_date: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD in the subscription's timezone
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | sending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[str | None] = mapped_column(String(100))
    payload: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("subscription_id", "digest_date"),)


class Conversation(Base):
    """The stories a reply showed, keyed by the thread it lives in."""

    __tablename__ = "conversations"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    workspace: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(100))
    thread: Mapped[str] = mapped_column(String(100))
    story_ids: Mapped[list] = mapped_column(JSON, default=list)
    article_ids: Mapped[list] = mapped_column(JSON, default=list)
    focus: Mapped[dict] = mapped_column(JSON, default=dict)  # what the last answer was about
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    __table_args__ = (UniqueConstraint("platform", "workspace", "channel", "thread"),)
