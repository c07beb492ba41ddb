"""Who is speaking: the people of one article and the resolution of a speaker mention to one of them.

A mention resolves to a person only when the article itself says who it is (a full name, a
surname of exactly one person named in the article, "he" after a compatible speaker, "the
minister" after a minister). Anything else stays unresolved: never guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.quotes.lexicon import (CONJUNCTIONS, HONORIFIC_GENDER, INSTITUTIONS, NAME_GENDER, NOT_NAME, PRONOUNS,
                                ROLE_NOUNS, TITLE_WORDS)
from bot.quotes.names import country_for, person_key

_CAP = r"(?:[A-Z][\w’'\-]*\.?|(?:[A-Z]\.)+)"
_CONNECTOR = r"(?:of|bin|de|van|von|der|da|al|el|la|le|du|dos|del|y)"
_RUN = re.compile(rf"{_CAP}(?:[ \u00a0](?:{_CONNECTOR}[ \u00a0])?{_CAP})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_TOKEN = re.compile(r"\S+")
_SENTENCE_OPENERS = frozenset("""when while after before because though although if since once unless until whether
    where what why how who which there here then thus yet nor not no yes as so but and or however meanwhile""".split())
_ROLE_BEFORE = re.compile(r"(\w+),?\s+$")


@dataclass(slots=True)
class Person:
    name: str
    key: str
    words: tuple[str, ...]  # lower-case name words
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None


@dataclass(slots=True)
class Resolution:
    speaker: str | None
    title: str | None = None
    affiliation: str | None = None
    person: Person | None = None


def _split_run(tokens: list[str]) -> tuple[list[str], str | None, str | None, list[str]]:
    """Title words, affiliation, gender and name words of "Chinese Foreign Minister Wang Yi"."""
    titles, affiliation, gender, name = _split_run_cached(tuple(tokens))
    return list(titles), affiliation, gender, list(name)


@lru_cache(maxsize=16384)  # the same runs ("Donald Trump", "the White House") recur across articles
def _split_run_cached(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str | None, str | None, tuple[str, ...]]:
    titles: list[str] = []
    affiliation = gender = None
    i = 0
    while i < len(tokens):
        raw = _POSSESSIVE.sub("", tokens[i]) if tokens[i].endswith(("’s", "'s")) else tokens[i]
        low = raw.lower()
        pair = f"{low} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if pair and country_for(pair) and i + 2 < len(tokens):
            affiliation = country_for(pair)
            i += 2
            continue
        country = country_for(raw) if i + 1 < len(tokens) else None
        if country:
            affiliation = country
        elif low in TITLE_WORDS or (low == "of" and titles):
            gender = HONORIFIC_GENDER.get(low, gender)
            if low not in ("mr.", "mrs.", "ms.", "mr", "mrs", "ms"):
                titles.append(raw)
        else:
            break
        i += 1
    while titles and titles[-1].lower() == "of":
        titles.pop()
    name = list(tokens[i:])
    if name:
        name[-1] = _POSSESSIVE.sub("", name[-1]) if name[-1].endswith(("’s", "'s")) else name[-1]
    return tuple(titles), affiliation, gender, tuple(name)


def _is_name(words: list[str]) -> bool:
    return _is_name_cached(tuple(words))


@lru_cache(maxsize=16384)
def _is_name_cached(words: tuple[str, ...]) -> bool:
    if not 2 <= len(words) <= 4:
        return False
    for w in words:
        low = w.lower()
        if low in NOT_NAME or low in TITLE_WORDS or (w.isupper() and len(w) > 2 and "." not in w):
            return False
        if country_for(w):
            return False
    return country_for(" ".join(words)) is None


@dataclass
class Cast:
    """The people named in one article, found once per article."""

    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[tuple[int, Person]] = field(default_factory=list)  # (offset, person), in order
    _by_word: dict[str, Person | None] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> Cast:
        cast = cls()
        singles: list[tuple[int, str]] = []
        for m in _RUN.finditer(text):
            tokens = m.group().split()
            while len(tokens) > 1 and tokens[0].lower() in _SENTENCE_OPENERS:
                tokens = tokens[1:]  # "When Fiorina ...": capitalised only as the sentence opens
            if len(tokens) == 1:
                singles.append((m.start(), tokens[0]))
                continue
            titles, affiliation, gender, name = _split_run(tokens)
            if _is_name(name):
                if not titles:  # "the ambassador, Jane Whitfield," / "spokesperson Mao Ning"
                    role = _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    if role and role.group(1).lower() in ROLE_NOUNS:
                        titles = [role.group(1)]
                        gender = HONORIFIC_GENDER.get(role.group(1).lower(), gender)
                cast.add(" ".join(name), m.start(), titles, affiliation, gender)
            elif len(name) == 1:
                singles.append((m.start(), name[0]))
        for offset, word in singles:  # surnames after the full names are known
            person = cast.by_word(word)
            if person is not None:
                cast.mentions.append((offset, person))
        cast.mentions.sort(key=lambda pair: pair[0])
        return cast

    def add(self, name: str, offset: int, titles: list[str], affiliation: str | None, gender: str | None) -> Person:
        key = person_key(name)
        person = self.people.get(key)
        if person is None:
            self._by_word.clear()
            person = self.people[key] = Person(name, key, tuple(w.lower() for w in name.split()))
        if titles and person.title is None:
            person.title = " ".join(titles)
        person.affiliation = person.affiliation or affiliation
        person.gender = person.gender or gender or (NAME_GENDER.get(person.words[0]) if len(person.words) > 1 else None)
        self.mentions.append((offset, person))
        return person

    def by_word(self, word: str) -> Person | None:
        """The one person whose surname (or, failing that, other name word) is `word`."""
        if word not in self._by_word:
            self._by_word[word] = self._find_word(word)
        return self._by_word[word]

    def _find_word(self, word: str) -> Person | None:
        low = _POSSESSIVE.sub("", word.lower()) if word.endswith(("’s", "'s")) else word.lower()
        last = {p.key: p for p in self.people.values() if p.words[-1] == low}
        if len(last) == 1:
            return next(iter(last.values()))
        if last:
            return None  # two people share the surname: unresolved, not guessed
        other = {p.key: p for p in self.people.values() if low in p.words}
        return next(iter(other.values())) if len(other) == 1 else None

    def by_role(self, role: str, before: int) -> Person | None:
        """Most recently mentioned person whose title ends in `role` ("the minister")."""
        for offset, person in reversed(self.mentions):
            if offset < before and person.title and person.title.lower().split()[-1].startswith(role):
                return person
        return None

    def only_person_near(self, start: int, end: int, gender: str | None) -> Person | None:
        found = {p.key: p for o, p in self.mentions if start <= o < end and p.gender in (None, gender)}
        return next(iter(found.values())) if len(found) == 1 else None


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def resolve_mention(text: str, start: int, end: int, cast: Cast, history: list[Person],
                    window_start: int) -> Resolution:
    """Resolve the speaker mention text[start:end]; `history` holds earlier speakers, newest last."""
    mention = text[start:end].strip()
    words = _words(mention)
    while words and words[0].lower() in CONJUNCTIONS and len(words) > 1:
        words = words[1:]
    if not words:
        return Resolution(None)
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        gender = PRONOUNS[low[0]]
        if low[0] not in ("he", "she"):
            return Resolution(None)
        ahead = _cataphora(text, start, end, cast)
        if ahead is not None:  # "Though she praised the plan, Jane Whitfield said ...": the pronoun looks ahead
            return _of(ahead) if ahead.gender in (None, gender) else Resolution(None)
        for person in reversed(history):
            if person.gender in (None, gender):
                return _of(person)
        person = cast.only_person_near(window_start, start, gender)
        return _of(person) if person else Resolution(None)
    bare = " ".join(low[1:] if low[0] == "the" else low)
    if bare in INSTITUTIONS:
        name, country = INSTITUTIONS[bare]
        return Resolution(name, None, country)
    head = _head(words)
    if not head:
        return Resolution(None)
    if not head[-1][:1].isupper():
        role = " ".join(w.lower() for w in head[-2:]) if len(head) > 1 else ""
        role_key = ROLE_NOUNS.get(role) or ROLE_NOUNS.get(head[-1].lower())
        if low[0] == "the" and role_key:
            person = cast.by_role(role_key.split()[-1], start)
            return _of(person) if person else Resolution(None)
        return Resolution(None)
    run = []
    for w in reversed(head):
        if not w[:1].isupper() and w not in ("of", "bin", "de", "van", "von", "al", "el"):
            break
        run.insert(0, w)
    titles, affiliation, gender, name = _split_run(run)
    if _is_name(name):
        person = cast.people.get(person_key(" ".join(name)))
        if person is None:
            person = cast.add(" ".join(name), start, titles, affiliation, gender)
        return _of(person)
    if len(name) == 1:
        person = cast.by_word(name[0])
        if person is not None:
            return _of(person)
        word = _POSSESSIVE.sub("", name[0]) if name[0].endswith(("’s", "'s")) else name[0]
        if word.lower() in NOT_NAME:
            return Resolution(None)
        if country_for(word):
            return Resolution(None, None, country_for(word))
        if gender is not None and not titles:  # "Mr. Lee": a person, and the honorific gives the gender
            return _of(cast.add(word, start, [], affiliation, gender))
        if not titles and not re.search(rf"[\w,;] {re.escape(word)}\b", text):
            return Resolution(None)  # capitalised only at a sentence start ("Officials said"): no name
        return Resolution(word, " ".join(titles) or None, affiliation)  # named as-is, e.g. "Trump"
    if not name and titles and low[0] == "the":
        person = cast.by_role(titles[-1].lower(), start)
        return _of(person) if person else Resolution(None)
    return Resolution(None)


_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n)(?:Though|Although|While|When|After|Before|As|Since|Because|Once|If)\s+$")
_NEXT_RUN = re.compile(r"[^,.;]{0,200},\s*")


def _cataphora(text: str, start: int, end: int, cast: Cast) -> Person | None:
    """The subject of the main clause when the pronoun opens a fronted subordinate clause."""
    if not _FRONTED.search(text, max(0, start - 12), start):
        return None
    m = _NEXT_RUN.match(text, end)
    if not m:
        return None
    run = _RUN.match(text, m.end())
    if not run:
        return None
    titles, _, _, name = _split_run(run.group().split())
    if _is_name(name):
        return cast.people.get(person_key(" ".join(name)))
    return cast.by_word(name[0]) if len(name) == 1 else None


def _head(words: list[str]) -> list[str]:
    """Words of the mention before a prepositional tail or parenthesis ("a spokesman for X")."""
    head: list[str] = []
    for i, w in enumerate(words):
        if w.startswith("("):
            break
        if w in ("for", "at", "from", "in", "with", "on", "of") and i > 0:
            prev_cap = words[i - 1][:1].isupper()
            next_cap = i + 1 < len(words) and words[i + 1][:1].isupper()
            if not (w == "of" and prev_cap and next_cap):
                break
        head.append(w.rstrip(",;:"))
    return head


def _of(person: Person | None) -> Resolution:
    if person is None:
        return Resolution(None)
    return Resolution(person.name, person.title, person.affiliation, person)
