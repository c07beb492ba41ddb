"""Plain read records the store returns (no ORM objects leave the store)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class ArticleRecord:
    id: int
    url: str
    canonical_url: str
    title: str
    outlet: str | None
    credits: list[str]
    published_at: datetime | None
    fetched_at: datetime
    text: str
    language: str | None
    story_id: int | None
    summary: list[str] = field(default_factory=list)

    @property
    def date(self) -> datetime | None:
        """When it was published; None when the source did not say (never the fetch time)."""
        return self.published_at

    @property
    def outlet_label(self) -> str:
        if self.outlet and self.credits:
            return f"{self.outlet} (with {', '.join(self.credits)})"
        return self.outlet or (", ".join(self.credits) if self.credits else "unknown outlet")


@dataclass(slots=True)
class QuoteRecord:
    id: int
    article_id: int
    text: str
    start: int
    end: int
    kind: str
    cue: str | None
    person_id: int | None
    speaker: str | None
    speaker_title: str | None
    speaker_affiliation: str | None


@dataclass(slots=True)
class StoryRecord:
    id: int
    title: str
    last_published: datetime
    articles: list[ArticleRecord]  # newest first; articles[0] is the lead report

    @property
    def lead(self) -> ArticleRecord:
        return self.articles[0]

    @property
    def outlets(self) -> list[str]:
        seen: list[str] = []
        for article in self.articles:
            label = article.outlet or "unknown outlet"
            if label not in seen:
                seen.append(label)
        return seen


@dataclass(slots=True)
class ConversationRecord:
    id: str
    platform: str
    workspace: str
    channel: str
    thread: str
    story_ids: list[int]
    article_ids: list[int]
    focus: dict


@dataclass(slots=True)
class SubscriptionRecord:
    id: int
    platform: str
    workspace: str
    channel: str
    topics: list[str]
    at_time: str
    timezone: str


@dataclass(slots=True)
class AddedArticle:
    article_id: int
    created: bool
    reason: str = ""  # why not created: "same canonical URL", "same text as article N"
    story_id: int | None = None
