"""The sentences of stored articles, as ranking units that keep their exact offsets and their speakers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.entities.matcher import mentions_in
from bot.followup.question import stems, tokens
from bot.store import ArticleRecord, QuoteRecord, StoryRecord
from summaries.sentences import sentence_spans
from summaries.tokenizer import stop_words

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_TIME = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTHS + r"|yesterday|today|tonight|"
    r"tomorrow|(?:last|this|next|earlier this|later this) (?:week|month|year|weekend|morning|evening)|"
    r"(?:19|20)\d\d|\d{1,2}:\d\d|(?:a|two|three|several|\d+) (?:days?|weeks?|months?|years?) (?:ago|later|earlier))\b"
)
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|half|once|twice|every|annual(?:ly)?|monthly|weekly|daily)\b",
    re.IGNORECASE,
)
# Cues that state a cause or purpose; "after", "since" and "amid" only place events in time, so they do not count.
_REASON = re.compile(
    r"\b(?:because|due to|owing to|as a result|in order to|so that|aimed at|aims? to|in response to|in protest|"
    r"in retaliation|reasons?|caused|prompted|citing|blamed|led to|the (?:aim|goal|purpose) (?:of|is|was)|"
    r"to (?:safeguard|ensure|promote|protect|prevent|avoid|stop|support|achieve|counter|deter|punish))\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at|from|near|to)\s+(?:the\s+)?[A-Z][a-z]+")


@dataclass(slots=True)
class Sentence:
    """One sentence of one article; `article.text[start:end]` is `text`, verbatim."""

    text: str
    start: int
    end: int
    index: int  # position in its article
    terms: frozenset[str]
    term_counts: dict[str, int]
    length: int
    entities: frozenset[tuple[str, str]]
    has_time: bool
    has_number: bool
    has_reason: bool
    has_place: bool


@dataclass(slots=True)
class Passage:
    """A sentence placed in its story and article, with the quotes it carries."""

    sentence: Sentence
    article: ArticleRecord
    story: StoryRecord
    story_rank: int  # position of its story in the scope
    quotes: list[QuoteRecord] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def speakers(self) -> list[str]:
        return [q.speaker for q in self.quotes if q.speaker]


def analyse_sentence(text: str, start: int, end: int, index: int) -> Sentence:
    stop = stop_words()
    words = [w for w in tokens(text) if w.lower() not in stop]
    counts: dict[str, int] = {}
    for stem in stems(words):
        counts[stem] = counts.get(stem, 0) + 1
    mentions = mentions_in(text)
    entities = {("country", c) for c in mentions.countries} | {("organisation", o) for o in mentions.organisations}
    return Sentence(
        text=text,
        start=start,
        end=end,
        index=index,
        terms=frozenset(counts),
        term_counts=counts,
        length=max(1, len(words)),
        entities=frozenset(entities),
        has_time=bool(_TIME.search(text)),
        has_number=bool(_NUMBER.search(text)),
        has_reason=bool(_REASON.search(text)),
        has_place=bool(_PLACE.search(text)) or bool(mentions.countries),
    )


@lru_cache(maxsize=4096)
def _sentences(article_id: int, text: str) -> tuple[Sentence, ...]:
    # Keyed by the text too, so a re-ingested article never reuses stale offsets.
    return tuple(analyse_sentence(text[s:e], s, e, i) for i, (s, e) in enumerate(sentence_spans(text)))


@lru_cache(maxsize=4096)
def headline(title: str) -> Sentence:
    return analyse_sentence(title, 0, 0, 0)


def article_sentences(article: ArticleRecord) -> tuple[Sentence, ...]:
    return _sentences(article.id, article.text)


def story_passages(stories: list[StoryRecord], quotes: list[QuoteRecord]) -> list[Passage]:
    """Every sentence of every article of `stories`, each carrying the quotes that overlap it."""
    by_article: dict[int, list[QuoteRecord]] = {}
    for quote in quotes:
        by_article.setdefault(quote.article_id, []).append(quote)
    passages: list[Passage] = []
    for rank, story in enumerate(stories):
        for article in story.articles:
            article_quotes = by_article.get(article.id, [])
            for sentence in article_sentences(article):
                carried = [q for q in article_quotes if q.start < sentence.end and q.end > sentence.start]
                passages.append(Passage(sentence, article, story, rank, carried))
    return passages
