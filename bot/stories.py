"""Stories: one item per event, however many outlets (or feed re-posts) report it.

A new article joins a stored story when the TF-IDF cosine of its title and lead with a recent
article's is high enough, within a time window. An in-memory inverted index over the window keeps
matching well under a millisecond per article, so ingest stays fast.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from bot.store import Store

log = logging.getLogger(__name__)

LEAD_CHARS = 600  # title + the first paragraph or two carry the event; later text drifts to background
TITLE_WEIGHT = 2.0
BACKGROUND_ARTICLES = 3000  # recent articles that inform word rarity (IDF) beyond the matching window

# Calibrated on written pairs and the Wikinews corpus (tests/test_stories.py).
MERGE_SIMILARITY = 0.5
CANDIDATE_TERMS = 12
SAME_OUTLET_REPOST_SIMILARITY = 0.8  # one outlet on two days is a re-post only if nearly identical

_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_MONTHS = (
    "january february march april may june july august september october november december".split()
)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = (
    re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\b", re.I),
    re.compile(r"\b\d{4}-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")
_STOP = frozenset(get_stop_words("english")) | {"said", "says", "say", "told", "according", "also", "would", "could"}
_stem = lru_cache(maxsize=200_000)(Stemmer("english"))


def terms(text: str) -> list[str]:
    """Stemmed content words (numbers kept: casualty counts and dates tell events apart)."""
    result = []
    for word in _WORD.findall(text.lower()):
        word = word.replace("’", "'")
        if word in _STOP or (len(word) < 2 and not word.isdigit()):
            continue
        result.append(_stem(word))
    return result


def title_dates(title: str) -> frozenset[tuple[int, int]]:
    """(month, day) pairs a title names, e.g. a daily briefing's "on March 5"."""
    found = set()
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(title):
            month, day = match.group("month"), int(match.group("day"))
            number = int(month) if month.isdigit() else next(
                (i + 1 for i, name in enumerate(_MONTHS) if name.startswith(month.lower().rstrip(".")[:3])), 0
            )
            if 1 <= number <= 12 and 1 <= day <= 31:
                found.add((number, day))
    return frozenset(found)


def title_names(title: str) -> list[frozenset[str]]:
    """Runs of capitalised words in a headline ("Sandra Jephcott"), as sets of lowercase words.

    Empty for Title Case headlines, where capitals say nothing about names."""
    words = title.split()
    if not words or sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        return []
    names = []
    for match in _NAME.finditer(title):
        parts = {_plain(w) for w in match.group(0).split()}
        parts -= _STOP
        if parts:
            names.append(frozenset(parts))
    return names


def _aware(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@dataclass(slots=True)
class _Entry:
    story_id: int
    article_id: int
    time: datetime
    outlet: str | None
    tf: dict[str, float]  # sublinear term frequencies of title + lead
    words: frozenset[str]  # lowercase words of title + lead, unstemmed, for name checks
    names: list[frozenset[str]]
    dates: frozenset[tuple[int, int]]
    title: str = ""
    lead: str = ""
    norm: float = 0.0
    norm_size: int = 0  # index size when `norm` was computed


class StoryMatcher:
    """Decides whether a new article reports an event already stored (another outlet, or a feed re-post)."""

    def __init__(self, store: Store, window_hours: int = 72) -> None:
        self.window = timedelta(hours=window_hours)
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[int]] = {}
        self._df: Counter = Counter()
        self._known: set[int] = set()
        self._pending: _Entry | None = None
        for story_id, article_id, title, lead, outlet, time in store.recent_articles(BACKGROUND_ARTICLES, LEAD_CHARS):
            if story_id is not None:
                self._add(_entry(story_id, article_id, title, lead, time, outlet))

    def story_for(self, title: str, text: str, published: datetime | None, outlet: str | None = None) -> int | None:
        """Story id to join, or None for a new story. `outlet` (optional) sharpens same-outlet cases."""
        best = self.best_match(title, text, published, outlet)
        return best[0] if best else None

    def best_match(
        self, title: str, text: str, published: datetime | None, outlet: str | None = None
    ) -> tuple[int, int, float] | None:
        """(story id, article id, similarity) of the closest recent article reporting the same event."""
        new = self._pending = _entry(0, 0, title, text, published, outlet)
        if not new.tf:
            return None
        idf = {term: self._idf(term) for term in new.tf}
        query = {term: tf * idf[term] for term, tf in new.tf.items()}
        norm = math.sqrt(sum(w * w for w in query.values()))
        # Candidates share two of the query's heaviest terms: an article reaching MERGE_SIMILARITY
        # without them is practically impossible, and walking only those postings keeps matching
        # about a millisecond at 3,000 entries instead of ~10.
        heaviest = sorted(query, key=query.__getitem__, reverse=True)[:CANDIDATE_TERMS]
        hits: Counter = Counter(index for term in heaviest for index in self._postings.get(term, ()))
        # Sharing a single heavy term is common (a country, "minister"); a report of the same event shares several.
        needed = 2 if len(heaviest) >= 4 else 1
        candidates = [index for index, count in hits.items() if count >= needed]
        dots: dict[int, float] = {}
        for index in candidates:
            entry = self._entries[index]
            if abs(entry.time - new.time) > self.window:
                continue
            tf = entry.tf
            dots[index] = sum(weight * idf[term] * tf[term] for term, weight in query.items() if term in tf)
        best: tuple[int, int, float] | None = None
        for index, dot in dots.items():
            entry = self._entries[index]
            similarity = dot / (norm * self._norm(entry) or 1.0)
            if similarity >= MERGE_SIMILARITY and (best is None or similarity > best[2]) and _compatible(new, entry, similarity):
                best = (entry.story_id, entry.article_id, similarity)
        return best

    def remember(
        self, story_id: int, article_id: int, title: str, text: str, published: datetime | None, outlet: str | None = None
    ) -> None:
        """Index a stored article so later articles about the same event find its story."""
        if article_id not in self._known:
            pending = self._pending
            if pending is not None and (pending.title, pending.lead, pending.outlet) == (title, text[:LEAD_CHARS], outlet):
                # The article just matched by best_match: reuse its terms instead of stemming them again.
                entry = replace(pending, story_id=story_id, article_id=article_id, time=_aware(published))
            else:
                entry = _entry(story_id, article_id, title, text, published, outlet)
            self._pending = None
            self._add(entry)
            self._prune(entry.time)

    def __len__(self) -> int:
        return len(self._entries)

    def _idf(self, term: str) -> float:
        return math.log((len(self._entries) + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _norm(self, entry: _Entry) -> float:
        # IDF drifts as articles arrive; a norm is refreshed once the index has grown by a tenth.
        size = len(self._entries)
        if entry.norm_size == 0 or size > entry.norm_size * 1.1:
            entry.norm = math.sqrt(sum((tf * self._idf(t)) ** 2 for t, tf in entry.tf.items()))
            entry.norm_size = size
        return entry.norm

    def _add(self, entry: _Entry) -> None:
        index = len(self._entries)
        self._entries.append(entry)
        self._known.add(entry.article_id)
        for term in entry.tf:
            self._postings.setdefault(term, []).append(index)
        self._df.update(entry.tf.keys())

    def _prune(self, newest: datetime) -> None:
        """Drop entries far outside the window (ingest moves forward in time) to bound memory."""
        if len(self._entries) < 2 * BACKGROUND_ARTICLES:
            return
        keep = [e for e in self._entries if abs(newest - e.time) <= 2 * self.window][-BACKGROUND_ARTICLES:]
        self._entries, self._postings, self._df, self._known = [], {}, Counter(), set()
        for entry in keep:
            entry.norm_size = 0
            self._add(entry)


def _entry(story_id: int, article_id: int, title: str, text: str, published: datetime | None, outlet: str | None) -> _Entry:
    lead = text[:LEAD_CHARS]
    counts: Counter = Counter()
    for term in terms(title):
        counts[term] += TITLE_WEIGHT
    for term in terms(lead):
        counts[term] += 1.0
    # Sublinear tf: a word repeated in a lead should not outweigh several shared rare words.
    tf = {term: 1.0 + math.log(count) for term, count in counts.items()}
    return _Entry(
        story_id, article_id, _aware(published), outlet, tf, _words(title, lead), title_names(title), title_dates(title), title, lead
    )


def _compatible(new: _Entry, old: _Entry, similarity: float) -> bool:
    """Vetoes for look-alikes that are different events."""
    if new.dates and old.dates and not new.dates & old.dates:
        return False  # "briefing on March 5" vs "on March 6": same wording, different days
    if _names_missing(new.names, old.words) or _names_missing(old.names, new.words):
        return False  # "Sandra Jephcott interviewed" vs "Craig Farquharson interviewed": same template, other person
    if new.outlet and new.outlet == old.outlet and new.time.date() != old.time.date():
        return similarity >= SAME_OUTLET_REPOST_SIMILARITY  # one outlet on another day: only a near-copy is a re-post
    return True


def _words(title: str, lead: str) -> frozenset[str]:
    return frozenset(_plain(w) for w in _WORD.findall(f"{title} {lead}"))


def _plain(word: str) -> str:
    """Lowercase, without a possessive: "Lula's" -> "lula"."""
    return _POSSESSIVE.sub("", word.lower().strip("'’,.;:"))


def _names_missing(names: list[frozenset[str]], words: frozenset[str]) -> bool:
    """A name in one headline that the other article never mentions: it is about someone else."""
    return any(not name & words for name in names)
