"""RSS/Atom: parse feed bytes into entries (feedparser), tell feeds from pages, load the default list."""
from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import feedparser

_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/x-rss+xml",
}
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
# feedparser flags these on readable feeds too (a charset label that did not match, say).
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class FeedError(Exception):
    """One human line: why the feed yielded nothing."""


@dataclass(slots=True)
class FeedEntry:
    url: str
    title: str
    published: datetime | None
    summary_html: str
    content_html: str
    feed_title: str | None = None  # the channel's title, used as the outlet when the page has none


@dataclass(frozen=True, slots=True)
class FeedSpec:
    name: str
    url: str
    kind: str  # "rss" | "atom"
    region: str = ""
    type: str = ""
    confidence: str = "high"
    enabled: bool = True
    note: str = ""


def looks_like_feed(content: bytes, content_type: str | None) -> bool:
    """By Content-Type when it says feed, else by the document's root element."""
    if content_type in _FEED_TYPES:
        return True
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<html" in head[:512]:
        return False
    return any(root in head for root in _FEED_ROOTS)


def parse_feed(content: bytes, feed_url: str, *, content_type: str | None = None) -> list[FeedEntry]:
    # A content type keeps feedparser from reporting "no Content-type specified" instead of the real problem.
    headers = {"content-location": feed_url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(content, response_headers=headers)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if parsed.get("bozo") and not isinstance(problem, _HARMLESS):
            raise FeedError(f"malformed feed ({_one_line(problem)})")
        if parsed.get("version"):  # a well-formed feed that is simply empty today
            return []
        raise FeedError("not an RSS or Atom feed")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    entries: list[FeedEntry] = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or ""
        if not link.startswith(("http://", "https://")):
            entry_id = entry.get("id") or ""
            link = entry_id if entry_id.startswith(("http://", "https://")) else f"{feed_url}#entry-{number}"
        contents = entry.get("content") or []
        entries.append(
            FeedEntry(
                url=link,
                title=(entry.get("title") or "").strip(),
                published=_entry_time(entry),
                summary_html=entry.get("summary") or "",
                content_html="\n".join(c.get("value", "") for c in contents),
                feed_title=feed_title,
            )
        )
    return entries


def load_default_feeds(*, include_disabled: bool = False) -> list[FeedSpec]:
    text = resources.files("bot.ingest").joinpath("feeds.toml").read_text(encoding="utf-8")
    return _specs(tomllib.loads(text), include_disabled)


def load_feeds(path: Path, *, include_disabled: bool = False) -> list[FeedSpec]:
    with path.open("rb") as handle:
        return _specs(tomllib.load(handle), include_disabled)


def _specs(data: dict, include_disabled: bool) -> list[FeedSpec]:
    known = set(FeedSpec.__slots__)
    specs = [FeedSpec(**{k: v for k, v in item.items() if k in known}) for item in data.get("feed", [])]
    return [s for s in specs if include_disabled or s.enabled]


def _entry_time(entry: dict) -> datetime | None:
    # feedparser normalises dates to UTC struct_time.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
    return None


def _one_line(problem: object) -> str:
    text = " ".join(str(problem or "unreadable").split())
    text = re.sub(r"^<unknown>:(\d+):(\d+):\s*", r"line \1, column \2: ", text)
    return text[:200]
