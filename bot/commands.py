"""Turning a chat message into a command. Pure functions: no I/O."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

COMMAND_NAMES = (
    "latest", "whosaid", "whatdid", "summary", "search", "digest", "subscribe",
    "unsubscribe", "subscriptions", "sources", "help",
)  # fmt: skip
ADMIN_COMMANDS = frozenset({"subscribe", "unsubscribe", "sources_add", "sources_remove"})


@dataclass(slots=True)
class Command:
    name: str  # one of COMMAND_NAMES, "sources_add", "sources_remove", or "unknown"
    topics: str = ""  # raw topic words ("China Russia", "about BRICS")
    person: str = ""
    reference: str = ""  # article id / URL for summary, source URL
    since: datetime | None = None
    at_time: str | None = None
    timezone: str | None = None
    error: str | None = None  # a clear line for the user when the arguments are wrong
    raw: str = ""
    words: list[str] = field(default_factory=list)


_SINCE = re.compile(r"\bsince\s+(?P<when>.+?)\s*$", re.I)
_AT = re.compile(r"\bat\s+(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?![:.]?\d)\s*(?P<ampm>am|pm)?\b", re.I)
_TZ = re.compile(r"\b(?P<tz>UTC|GMT|[A-Z][A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b")
_WHO_SAID = re.compile(r"^(?:who\s+said\s+what|whosaid|who-said-what|quotes)\b\s*(?:about\s+|on\s+)?(?P<rest>.*)$", re.I)
_WHAT_DID = re.compile(
    r"^what\s+(?:did|has|have|does)\s+(?P<person>.+?)\s+(?:say|said|says)\b\s*(?:(?:about|on)\s+(?P<topic>.*?))?\s*\??\s*$", re.I
)


def normalise(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^/+", "", text)  # "/latest China" typed in a terminal
    text = re.sub(r"^(?:brief|diplobrief)\b[\s:,]*", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


def parse_since(phrase: str, now: datetime, tz: str = "UTC") -> datetime | None:
    """'yesterday', 'today', '3 days', '2 weeks ago', '12 hours', 'last week', '2024-01-03', 'Jan 3'."""
    phrase = phrase.strip().lower().rstrip("?.!")
    zone = ZoneInfo(tz)
    local_midnight = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    if phrase in {"today", "this morning"}:
        return local_midnight
    if phrase == "yesterday":
        return local_midnight - timedelta(days=1)
    if phrase in {"last week", "a week", "a week ago"}:
        return now - timedelta(days=7)
    if phrase in {"last month", "a month ago"}:
        return now - timedelta(days=30)
    match = re.fullmatch(r"(?:the\s+last\s+|last\s+|past\s+)?(\d{1,6})\s*(h|hours?|d|days?|w|weeks?|months?)(?:\s+ago)?", phrase)
    if match:
        amount, unit = int(match.group(1)), match.group(2)[0]
        days = {"h": amount / 24, "d": amount, "w": amount * 7, "m": amount * 30}[unit]
        try:
            return now - timedelta(days=days)
        except OverflowError:  # "since 999999 months": before year 1
            return None
    for pattern in ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(phrase, pattern).replace(tzinfo=zone)
        except ValueError:
            continue
    for pattern in ("%B %d", "%b %d", "%d %B", "%d %b"):
        try:
            parsed = datetime.strptime(phrase, pattern).replace(year=now.year, tzinfo=zone)
        except ValueError:
            continue
        return parsed if parsed <= now else parsed.replace(year=now.year - 1)
    return None


def _split_since(text: str, now: datetime, tz: str) -> tuple[str, datetime | None, str | None]:
    match = _SINCE.search(text)
    if not match:
        return text, None, None
    since = parse_since(match.group("when"), now, tz)
    if since is None:
        return text[: match.start()].strip(), None, (
            f"I couldn't read the date '{match.group('when')}': try 'since yesterday', 'since 3 days' or 'since 2024-01-03'."
        )
    return text[: match.start()].strip(), since, None


def parse_command(text: str, now: datetime, tz: str = "UTC") -> Command:
    raw = text
    text = normalise(text)
    if not text:
        return Command("help", raw=raw)
    first, _, rest = text.partition(" ")
    verb = first.lower()
    if verb in {"help", "?", "commands"}:
        return Command("help", topics=rest, raw=raw)
    who = _WHO_SAID.match(text)
    if who:
        body, since, error = _split_since(who.group("rest").strip(" ?"), now, tz)
        return Command("whosaid", topics=body, since=since, error=error, raw=raw)
    without_since, since, error = _split_since(text, now, tz)
    what = _WHAT_DID.match(without_since)
    if what:
        return Command("whatdid", person=what.group("person").strip(), topics=(what.group("topic") or "").strip(), since=since,
                       error=error, raw=raw)  # fmt: skip
    if verb in {"latest", "news", "last"}:
        body, since, error = _split_since(rest, now, tz)
        return Command("latest", topics=body, since=since, error=error, raw=raw)
    if verb in {"digest", "briefing"}:
        body, since, error = _split_since(rest, now, tz)
        return Command("digest", topics=body, since=since, error=error, raw=raw)
    if verb in {"search", "find"}:
        body, since, error = _split_since(rest, now, tz)
        if not body:
            return Command("search", error="What should I search for? Example: search ceasefire Gaza", raw=raw)
        return Command("search", topics=body, words=body.split(), since=since, error=error, raw=raw)
    if verb in {"summary", "summarize", "summarise", "tldr"}:
        return Command("summary", reference=rest.strip().lstrip("#"), raw=raw)
    if verb == "subscriptions":
        return Command("subscriptions", raw=raw)
    if verb == "subscribe":
        return _parse_subscribe(rest, raw)
    if verb == "unsubscribe":
        return Command("unsubscribe", topics=rest.strip(), raw=raw)
    if verb == "sources":
        action, _, url = rest.strip().partition(" ")
        if action.lower() in {"add", "remove", "delete"}:
            if not re.match(r"^https?://\S+$", url.strip()):
                return Command("sources_add" if action.lower() == "add" else "sources_remove",
                               error="Give the feed's full address, e.g. sources add https://news.un.org/feed/subscribe/en/news/all/rss.xml", raw=raw)  # fmt: skip
            return Command("sources_add" if action.lower() == "add" else "sources_remove", reference=url.strip(), raw=raw)
        return Command("sources", raw=raw)
    return Command("unknown", topics=text, raw=raw)


def _parse_subscribe(rest: str, raw: str) -> Command:
    at_time = None
    match = _AT.search(rest)
    if match:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        if match.group("ampm"):
            if hour > 12:
                return Command("subscribe", error=f"'{match.group(0)}' is not a time: use 08:00 or 8am", raw=raw)
            hour = hour % 12 + (12 if match.group("ampm").lower() == "pm" else 0)
        at_time = f"{hour:02d}:{minute:02d}"
        rest = (rest[: match.start()] + " " + rest[match.end():]).strip()
    elif re.search(r"\bat\s+\S+", rest, re.I):
        bad = re.search(r"\bat\s+(\S+)", rest, re.I).group(1)
        return Command("subscribe", error=f"'{bad}' is not a time of day: use 24-hour HH:MM such as 08:00, or 8am", raw=raw)
    timezone = None
    tz_match = _TZ.search(rest)
    if tz_match:
        candidate = tz_match.group("tz")
        try:
            ZoneInfo("UTC" if candidate == "GMT" else candidate)
            timezone = "UTC" if candidate == "GMT" else candidate
            rest = (rest[: tz_match.start()] + " " + rest[tz_match.end():]).strip()
        except (ZoneInfoNotFoundError, ValueError):
            if "/" in candidate:
                return Command("subscribe", error=f"'{candidate}' is not a timezone: use a name like Europe/Lisbon or Asia/Shanghai", raw=raw)
    return Command("subscribe", topics=rest.strip(), at_time=at_time, timezone=timezone, raw=raw)
