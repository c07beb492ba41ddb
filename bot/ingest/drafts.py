"""What ingestion hands to the store: a clean article draft, or one line saying why not."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Tracking parameters that never change what a page says.
_TRACKING_PARAMS = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"}
_DEFAULT_PORTS = {"http": 80, "https": 443}


class IngestError(Exception):
    """One input could not become a draft; `str(error)` is the human line."""


@dataclass(slots=True)
class IngestFailure:
    target: str
    reason: str

    def __str__(self) -> str:
        return f"{self.target}: {self.reason}"


@dataclass(slots=True)
class ArticleDraft:
    url: str  # where it was read from (file:// URL for files)
    canonical_url: str
    title: str
    text: str  # paragraphs separated by "\n\n", boilerplate removed
    outlet: str | None
    credits: list[str] = field(default_factory=list)
    published: datetime | None = None  # timezone-aware UTC
    language: str | None = None
    feed_url: str | None = None
    fetched: object | None = None  # the FetchResult it came from: its validators are kept once the article is stored

    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """sha256 of the text ignoring case, whitespace and punctuation, so re-typeset copies match."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


_NOT_WORD = re.compile(r"[\W_]+")


def normalise_for_hash(text: str) -> str:
    """Letters and digits only, single-spaced: punctuation, symbols and layout never make two texts differ."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def normalise_url(url: str) -> str:
    """Lowercase scheme/host, no default port, fragment, utm_* or click ids, or trailing slash."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url.strip()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, query, ""))


def to_utc(value: datetime | None) -> datetime | None:
    """Naive datetimes are taken as UTC: feeds and meta tags without an offset mean UTC in practice."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 / RFC 822 / loose dates -> aware UTC, or None when unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return to_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return to_utc(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as date_parser

    try:
        return to_utc(date_parser.parse(value))
    except (ValueError, OverflowError, TypeError):
        return None
