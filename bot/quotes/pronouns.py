"""Who "he" or "she" means: the nearest earlier clause subject, or nobody.

The subjects are the noun phrases that open sentences outside quotation marks, plus the speaker
mentions of earlier attributions. A pronoun takes the nearest one when it is a person of a
compatible gender; when the nearest subject is someone the article does not name ("the head of
the investigators", "his sister", an unknown name) or of the other gender, it stays unresolved.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter

from bot.quotes.lexicon import (AUXILIARIES, ED_ADJECTIVES, NOT_NAME, PERSON_NOUNS, PREPOSITIONS, QUOTE_CUES, ROLE_NOUNS,
                                TITLE_WORDS)
from bot.quotes.names import country_for
from bot.quotes.speakers import _RUN, Cast, Resolution, _of, common_word
from bot.quotes.text import QuoteSpan, sentences

# A word or a comma; its first character matched first, so that re skips ahead to one
_TOKEN = re.compile(r"[\w’'.\-,](?:(?<=,)|(?<!,)[\w’'.\-]*)")
_FRONTED = frozenset("""when while after before because though although if since once unless until as
    despite following according in on at during for with by from under over like unlike amid among
    through about asked pressed questioned challenged confronted reached contacted""".split())  # "Asked about X, Lee said"
_OPENERS = frozenset("and but however meanwhile still yet so then also instead now later".split())
_OPENERS_OR_COMMA = _OPENERS | {","}
_APOSTROPHE = re.compile(r"[’']")
_VERBISH = QUOTE_CUES | AUXILIARIES | frozenset("""is are was were be been has have had will would could should can may
    might must did does do who which that whose made went came got took saw met gave""".split())
_NO_SUBJECT = frozenset("i we you they it this that these those there here what".split())

PERSON, PRONOUN, BLOCK = "person", "pronoun", "block"
_OWNED = re.compile(r"[\w\- .]+?(?:’s?|'s?)\s+[a-z]")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_FOLLOWING = re.compile(r"(?:’s?|'s?)?\s+([a-z][\w\-]*)")
_POSSESSIVE = re.compile(r"(?:’s?|'s?)$")


_IRREGULAR_PAST = frozenset("""won said told made gave took met saw went came got left led ran spoke wrote began became
    held kept sent brought thought felt found lost paid sold stood struck put set let hit cut read heard knew""".split())
_FUNCTION = frozenset("""of that to and or in on at for with by from as but who which when while after before because
    since if than into about over under during""".split())


def _modifies(word: str) -> bool:
    """A lower-case word after a name that makes the name a modifier: a noun ("adviser", "disaster"),
    not a verb ("won", "said", "argued") or a function word ("of", "that")."""
    verb = word in _VERBISH or word.endswith(("ed", "s")) or word in _IRREGULAR_PAST
    return not verb and word not in _FUNCTION


@dataclass(slots=True)
class _Event:
    offset: int
    kind: str  # PERSON | PRONOUN | BLOCK
    gender: str | None = None
    resolution: Resolution | None = None


def _masked(text: str, quotes: list[QuoteSpan]) -> str:
    """The text with quotations blanked out (same offsets; line breaks kept): names inside quotes are no subjects."""
    pieces, done = [], 0  # text[:done] is in pieces
    for q in sorted(quotes, key=lambda q: q.start):
        start = max(q.start, done)
        if start >= q.end:
            continue
        pieces.append(text[done:start])
        pieces.append("\n".join(" " * len(line) for line in text[start:q.end].split("\n")))
        done = q.end
    pieces.append(text[done:])
    return "".join(pieces)


@dataclass
class Referents:
    text: str
    cast: Cast
    events: list[_Event] = field(default_factory=list)
    _offsets: list[int] = field(default_factory=list)
    _memo: dict[int, Resolution] = field(default_factory=dict)
    _quotes: list[QuoteSpan] = field(default_factory=list)
    _paras: list[tuple[int, int]] = field(default_factory=list)
    _masked: str | None = None
    _built: set[int] = field(default_factory=set)
    _mention_starts: list[int] = field(default_factory=list)
    _para_ends: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, cast: Cast, quotes: list[QuoteSpan], paras: list[tuple[int, int]]) -> Referents:
        """Subjects are read paragraph by paragraph when a he/she needs them: most paragraphs never do."""
        return cls(text, cast, _quotes=quotes, _paras=paras)

    def _build(self, window_start: int, start: int) -> None:
        if self._masked is None:
            self._masked = _masked(self.text, self._quotes)
            self.cast.mentions.sort(key=itemgetter(0))  # people added while resolving come in out of order
            self._mention_starts = [o for o, _ in self.cast.mentions]
        if len(self._para_ends) != len(self._paras):
            self._para_ends = [b for _, b in self._paras]
        # from the first paragraph reaching the window, not from the article's first (quadratic in paragraphs)
        for p in range(bisect_left(self._para_ends, window_start), len(self._paras)):
            a, b = self._paras[p]
            if p in self._built:
                continue
            if a > start:
                break
            self._built.add(p)
            for s, e in sentences(self._masked, a, b):
                event = self._sentence_subject(self._masked, s, e, self._mention_starts)
                if event is not None:
                    self._insert(event, from_sentence=True)

    def _insert(self, event: _Event, from_sentence: bool = False) -> None:
        i = bisect_left(self._offsets, event.offset)
        if i < len(self._offsets) and self._offsets[i] == event.offset:
            if not from_sentence:
                self.events[i] = event  # an attribution's own reading of the phrase wins
            return
        self._offsets.insert(i, event.offset)
        self.events.insert(i, event)

    def _sentence_subject(self, masked: str, s: int, e: int, mention_starts: list[int]) -> _Event | None:
        tokens = [m for m in _TOKEN.finditer(masked, s, e)]
        i = 0
        while i < len(tokens) and tokens[i].group().lower().strip(",") in _OPENERS:
            i += 1
        if i < len(tokens) and (tokens[i].group().lower() in _FRONTED or tokens[i].group().lower().endswith("ing")):
            while i < len(tokens) and tokens[i].group() != ",":  # "In 1997, ...", "When she arrived, ..."
                i += 1
            i += 1
        while i < len(tokens) and tokens[i].group().lower().strip(",") in _OPENERS_OR_COMMA:
            i += 1
        if i >= len(tokens):
            return None
        first = tokens[i]
        low = first.group().lower()
        if low in ("he", "she"):
            return _Event(first.start(), PRONOUN, "m" if low == "he" else "f")
        if _APOSTROPHE.split(low)[0] in ("i", "we"):  # "I", "I'm", "we've"
            return _Event(first.start(), BLOCK)  # a narrator: the "she" of their story is someone else
        if low in _NO_SUBJECT:
            return None
        j = i
        while j < len(tokens) and j - i < 16:  # through an appositive: "The ambassador, Jane Whitfield, said"
            word = tokens[j].group()
            if j > i and word[:1].islower() and (word in _VERBISH or (word.endswith("ed") and word not in ED_ADJECTIVES)):
                break
            j += 1
        np_start, np_end = first.start(), tokens[j - 1].end() if j > i else first.end()
        return self.classify(np_start, np_end, mention_starts)

    def classify(self, start: int, end: int, mention_starts: list[int] | None = None) -> _Event | None:
        """Subject event for the noun phrase text[start:end] that names no speaker we resolved."""
        starts = mention_starts if mention_starts is not None else [o for o, _ in self.cast.mentions]
        k = bisect_left(starts, start)
        named = []
        while k < len(starts) and starts[k] < end:
            offset, person = self.cast.mentions[k]
            after = self.text[offset:end]
            owned = _OWNED.match(after)  # "Thomas' sister": the sister speaks
            of = _OF_BEFORE.search(self.text, start, offset)  # "the wife of X"
            at = after.lower().find(person.words[-1])
            following = _FOLLOWING.match(after, at + len(person.words[-1])) if at >= 0 else None
            # "Former Trump adviser ... Flynn", "the Upper Big Branch Mine disaster": a name before a noun modifies it
            modifier = bool(following) and _modifies(following.group(1))
            if not owned and not of and not modifier:
                named.append((offset, person, modifier))
                if following:
                    break  # "Harry Kane won the ... award": the name and its verb; what follows is the object
            k += 1
        people = {p.key for _, p, _ in named}
        if len(people) == 1 or len(named) == 1:
            offset, person, _ = named[-1]
            return _Event(offset, PERSON, person.gender, _of(person))
        if len(people) > 1:
            return _Event(start, BLOCK)  # "Lavrov and Wang": not one referent
        words = self.text[start:end].split()
        lows = [w.lower().strip(",.’'") for w in words]
        if any(w in PERSON_NOUNS or w in ROLE_NOUNS for w in lows) or (lows and lows[0] == "one" and "of" in lows):
            return _Event(start, BLOCK)
        for w in words:
            bare = _POSSESSIVE.sub("", w.strip(",."))
            if not bare[:1].isupper() or bare.lower() in NOT_NAME or bare.lower() in TITLE_WORDS:
                continue
            if country_for(bare) or common_word(self.text, bare) or bare.lower() in PREPOSITIONS:
                continue
            return _Event(start, BLOCK)  # a name the article does not resolve: someone else
        return None

    def add_attribution(self, start: int, end: int, resolution: Resolution, pronoun: str | None) -> None:
        """An earlier attribution's speaker mention, as the article resolved it."""
        if pronoun in ("he", "she"):
            self._memo[start] = resolution
            self._insert(_Event(start, PRONOUN, "m" if pronoun == "he" else "f", resolution))
        elif resolution.speaker:
            gender = resolution.person.gender if resolution.person else None
            self._insert(_Event(start, PERSON, gender, resolution))
        else:
            event = self.classify(start, end)
            if event is not None and event.kind == BLOCK:
                self._insert(event)

    def _other_between(self, event: _Event, start: int, gender: str) -> bool:
        """Another person who could be "he"/"she" is named between the subject and the pronoun: ambiguous."""
        person = event.resolution.person if event.resolution is not None else None
        starts = self._mention_starts
        for k in range(bisect_left(starts, event.offset + 1), bisect_left(starts, start)):
            offset, other = self.cast.mentions[k]
            run = _RUN.match(self.text, offset)
            following = _FOLLOWING.match(self.text, run.end()) if run else None
            if following and _modifies(following.group(1)):
                continue  # "the Upper Big Branch Mine disaster": a name inside a noun phrase, nobody to mean
            if other is not person and other.gender in (None, gender) and (
                    person is None or other.key != person.key):
                return True
        return False

    def resolve(self, start: int, gender: str, window_start: int) -> Resolution:
        """The referent of the he/she at `start`, looking back no further than `window_start`."""
        if start in self._memo:
            return self._memo[start]
        self._build(window_start, start)
        found = Resolution(None)
        for i in range(bisect_left(self._offsets, start) - 1, -1, -1):
            event = self.events[i]
            if event.offset < window_start:
                break
            if event.kind == BLOCK:
                break
            if event.kind == PRONOUN:
                if event.gender != gender:
                    continue  # another person's pronoun: not this one's referent
                found = event.resolution if event.resolution is not None else self.resolve(event.offset, gender,
                                                                                           window_start)
                break
            if event.gender in (None, gender) and event.resolution is not None and not self._other_between(
                    event, start, gender):
                found = event.resolution
            break
        self._memo[start] = found
        return found
