"""Platform-neutral messages: what adapters hand to the core and what the core hands back.

Adapters translate their platform's events into `IncomingMessage` and render `Reply`
within their platform's limits; nothing here knows about Slack or Discord.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    platform: str  # "console", "slack", "discord"
    workspace: str  # Slack team id, Discord guild id, "local"
    channel: str
    user: str
    text: str
    thread: str | None = None  # id of the thread the message was posted in, if any
    user_is_admin: bool = False  # as the platform reports it (Slack admin/owner, Discord Manage Server)


@dataclass(slots=True)
class QuoteView:
    text: str
    speaker: str | None
    speaker_title: str | None = None
    speaker_affiliation: str | None = None
    kind: str = "direct"  # direct | indirect | mixed
    cue: str | None = None  # the reporting verb as printed ("said", "denied"): reported speech needs it to keep its sense
    link: str | None = None
    outlet: str | None = None
    date: datetime | None = None


@dataclass(slots=True)
class SourceLink:
    outlet: str
    link: str
    date: datetime | None = None


@dataclass(slots=True)
class ReplyItem:
    headline: str
    outlet: str | None = None
    date: datetime | None = None
    link: str | None = None
    summary: list[str] = field(default_factory=list)  # verbatim source sentences
    summary_outlets: list[str] = field(default_factory=list)  # outlet of each summary sentence, when a story has several
    quotes: list[QuoteView] = field(default_factory=list)
    sources: list[SourceLink] = field(default_factory=list)  # every outlet reporting the story
    story_id: int | None = None
    article_id: int | None = None
    note: str | None = None  # e.g. "confirmed by 3 outlets"


@dataclass(slots=True)
class Reply:
    title: str
    items: list[ReplyItem] = field(default_factory=list)
    text: str = ""  # plain-text fallback and body for replies without items
    thread: str | None = None  # conversation id: follow-ups in this thread use its stories
    kind: str = "answer"  # answer | help | error | digest | empty | ack

    def to_dict(self) -> dict:
        def convert(value):
            if isinstance(value, datetime):
                return value.isoformat()
            if isinstance(value, list):
                return [convert(v) for v in value]
            if isinstance(value, dict):
                return {k: convert(v) for k, v in value.items()}
            return value

        return convert(asdict(self))
