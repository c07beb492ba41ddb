"""Who is speaking: the people of one article and the resolution of a speaker mention to one of them.

A mention resolves to a person only when the article itself says who it is (a full name, a
surname of exactly one person named in the article, "he" after a compatible speaker, "the
minister" after a minister). Anything else stays unresolved: never guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Protocol

from bot.quotes.lexicon import (CHESS_TITLES, CONJUNCTIONS, POST_NOMINALS, HONORIFIC_GENDER, INSTITUTIONS, NAME_GENDER, NOT_NAME, PERSON_NOUNS,
                                NICKNAME_IN_NAME, PRONOUNS, QUOTE_CUES, ROLE_NOUNS, TIME_WORDS, TITLE_WORDS)
from bot.quotes.names import country_for, fold_word, organisation_for, person_key

# A capitalised word; a full stop stays with it only for initials and short abbreviations ("W.", "Mr.",
# "Gen."): "… identifying itself as Namse Bangdzod. Smith told …" is two runs.
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|Adm|Maj|Mt|Ft".split("|")
_CAP = rf"(?:(?:[A-Z]\.)+|(?:{'|'.join(_ABBREVIATIONS)})\.(?!\w)|[A-Z][\w’'\-]*)"
# _CAP after its capital, matched first: a pattern opening with a set of characters lets re skip ahead to the next
# capital instead of trying each position. An abbreviation's letters after the capital come first, then the whole
# is tested behind them ("rs(?<=Mrs)"): re passes over alternatives whose first letter is not the next character,
# and over all of them unless one to three letters and a full stop follow (as they do in every abbreviation).
_CAP_AFTER_CAPITAL = (rf"(?:\.(?:[A-Z]\.)*|(?=[a-z]{{1,3}}\.)(?:{'|'.join(f'{a[1:]}(?<={a})' for a in _ABBREVIATIONS)})"
                      rf"\.(?!\w)|[\w’'\-]*)")
_CONNECTORS = "of bin de van von der da al el la le du dos del y".split()
_CONNECTOR = rf"(?:{'|'.join(_CONNECTORS)})"
# A run opens at a capital with no word character, hyphen or apostrophe before it. After a space, a capital or a
# connector's first letter must come: most runs end before a lower-case word, which then fails at once instead of
# after every connector.
_RUN = re.compile(rf"[A-Z](?<![\w\-’'][A-Z]){_CAP_AFTER_CAPITAL}"
                  rf"(?:[ \u00a0](?=[A-Z{''.join(sorted({c[0] for c in _CONNECTORS}))}])(?:{_CONNECTOR}[ \u00a0])?{_CAP})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_POSSESSIVE_ENDS = ("’", "'", "’s", "'s")  # the only words _POSSESSIVE changes
_TOKEN = re.compile(r"\S\S*")  # \S+, one character first: re skips ahead to one
_INVERTED_CUES = frozenset("Said Says Added Adds".split())
_QUOTE_AFTER = re.compile(r"[,:]\s*[“\"«„]")
_SENTENCE_OPENERS = frozenset("""when while after before because though although if since once unless until whether
    where what why how who which there here then thus yet nor not no yes as so but and or however meanwhile""".split())
_ORG_TAIL = re.compile(r" (?:and|&) [A-Z][\w’'\-]*+(?! [A-Z])")
_ORG_TAIL_OPENERS = (" and ", " & ")  # a cheap test before the pattern: most runs are followed by neither
_ROLE_BEFORE = re.compile(r"(\w+),?\s+$")


@dataclass(slots=True)
class Person:
    name: str
    key: str
    words: tuple[str, ...]  # lower-case name words
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    first: int = 0  # offset of the first mention by full name


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
    while len(tokens) > 2 and tokens[-1].rstrip(".,") in POST_NOMINALS:
        tokens = tokens[:-1]  # "Kama Melly QC": the letters are a rank, not a name
    i = 0
    while i < len(tokens):
        raw = _POSSESSIVE.sub("", tokens[i]) if tokens[i].endswith(("’s", "'s")) else tokens[i]
        low = raw.lower()
        pair = f"{low} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if pair and i + 2 < len(tokens) and country_for(pair):
            affiliation = country_for(pair)
            i += 2
            continue
        # an organisation only before a title: "UN Secretary-General António Guterres", not "UN Report Finds"
        org_pair = f"{raw} {tokens[i + 1]}" if i + 3 < len(tokens) and tokens[i + 2].lower() in TITLE_WORDS else ""
        if org_pair and organisation_for(org_pair):  # "European Union Ambassador …"
            affiliation = organisation_for(org_pair)
            i += 2
            continue
        country = country_for(raw) if i + 1 < len(tokens) else None
        body = organisation_for(raw) if i + 2 < len(tokens) and not country and tokens[i + 1].lower() in TITLE_WORDS else None
        if country or body:  # "Chinese Foreign Minister Wang Yi", "UN Secretary-General António Guterres"
            affiliation = country or body
        elif low in TITLE_WORDS or (low == "of" and titles) or raw in CHESS_TITLES:
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


def _start_of(word: str) -> str:
    """The first two letters of a lower-case name word, apostrophes left out ("o’neill", "o'neill": "on")."""
    return word.replace("’", "").replace("'", "")[:2]


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
        lower: _LowerWords | None = None  # the article's lower-case words, found at the first run that needs them
        read: dict[tuple[str, ...], _RunReading] = {}  # what a run's words name, read once per article ("Donald Trump" recurs)
        for m in _RUN.finditer(text):
            run = m.group()
            if text.startswith(_ORG_TAIL_OPENERS, m.end()) and _ORG_TAIL.match(text, m.end()):
                continue  # "Nordfjord Fire" of "Nordfjord Fire and Rescue": part of an organisation's name
            if " " not in run and "\u00a0" not in run:
                singles.append((m.start(), run))  # most runs are one word: a surname at most
                continue
            tokens = run.split()
            while len(tokens) > 1 and ((first := tokens[0].lower()) in _SENTENCE_OPENERS or first in TIME_WORDS
                                       or first in CONJUNCTIONS):
                tokens = tokens[1:]  # "When Fiorina ...": capitalised only as the sentence opens
            if len(tokens) > 1 and (tokens[0] in _INVERTED_CUES or tokens[0].endswith("ed") and tokens[0].lower() in QUOTE_CUES
                                    ) and _QUOTE_AFTER.match(text, m.end()):
                tokens = tokens[1:]  # 'Said Ellis: “…”', 'Continued Stone: “…”': the verb, not a first name
            key = tuple(tokens)
            reading = read.get(key, False)
            if reading is False:
                if lower is None and len(key) > 1:
                    lower = _lower_words(text)
                reading = read[key] = _read_run(key, lower)
            if reading is None:
                continue
            if isinstance(reading, str):
                singles.append((m.start(), reading))
                continue
            titles, affiliation, gender, name = reading
            if not titles and text[m.start() - 1:m.start()].isspace():  # "the ambassador, Jane Whitfield," / "spokesperson Mao Ning"
                role = _role_before(text, max(0, m.start() - 30), m.start())
                if role and role.lower() in ROLE_NOUNS:
                    titles = [role]
                    gender = HONORIFIC_GENDER.get(role.lower(), gender)
            cast.add(name, m.start(), titles, affiliation, gender)
        # folded ("Erdoğan" is "Erdogan", "Sergey" is "Sergei"): a surname written either way is the person's
        name_words = {w for p in cast.people.values() for w in p.words} | {w for p in cast.people.values() for w in p.key.split()}
        starts = {_start_of(w) for w in name_words}  # folding costs: only words that could be a name word are folded
        named: dict[str, Person | None] = {}  # per word: "The", "He" recur all through an article
        for offset, word in singles:  # surnames after the full names are known
            if word in named:
                person = named[word]
            else:
                low = word.lower()
                if (low not in name_words and (_start_of(low) not in starts or fold_word(low) not in name_words)
                        and (not low.endswith(_POSSESSIVE_ENDS) or _POSSESSIVE.sub("", low) not in name_words)):
                    person = None  # no one of that name: most single capitalised words open a sentence
                else:
                    person = cast.by_word(word)
                named[word] = person
            if person is not None:
                cast.mentions.append((offset, person))
        cast.mentions.sort(key=itemgetter(0))
        return cast

    def add(self, name: str, offset: int, titles: list[str] | tuple[str, ...], affiliation: str | None,
            gender: str | None) -> Person:
        key = person_key(name)
        person = self.people.get(key)
        if person is None:
            self._by_word.clear()
            person = self.people[key] = Person(name, key, tuple(w.lower() for w in name.split()), first=offset)
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
        if not last:  # written another way: "Erdogan" for "Erdoğan", "O'Neill" for "O’Neill"
            folded = person_key(low)
            last = {p.key: p for p in self.people.values() if p.key == folded or p.key.endswith(" " + folded)}
        if len(last) == 1:
            return next(iter(last.values()))
        if last:
            return None  # two people share the surname: unresolved, not guessed
        other = {p.key: p for p in self.people.values() if low in p.words}
        return next(iter(other.values())) if len(other) == 1 else None

    def by_role(self, role: str, before: int) -> Person | None:
        """Most recently mentioned person whose title ends in `role` ("the minister")."""
        for offset, person in reversed(self.mentions):
            if offset < before and person.title and _role_of(person.title) == role:
                return person
        return None


# What a run of capitalised words names: a person's (titles, affiliation, gender, name), one word that may be a
# surname, or nothing
_RunReading = tuple[tuple[str, ...], str | None, str | None, str] | str | None


def _read_run(tokens: tuple[str, ...], lower: _LowerWords | None) -> _RunReading:
    """The name in a run's words (openers and an inverted cue already left out), the article's lower-case words
    known: cleaned (`_clean_run`), split into titles and name, the name cut before "of" when the whole is none."""
    if len(tokens) > 1:
        tokens = _clean_run(tokens, _lower_of(tokens, lower))
    if not tokens:
        return None
    if len(tokens) == 1:
        return tokens[0]
    titles, affiliation, gender, name = _split_run_cached(tokens)
    if not _is_name_cached(name) and "of" in name[2:]:  # "Don Blankenship of West Virginia": the person
        name = name[:name.index("of", 2)]
    if _is_name_cached(name):
        return titles, affiliation, gender, " ".join(name)
    return name[0] if len(name) == 1 else None


# A whole run of word characters that starts in lower case
_LOWER_WORD = re.compile(r"[a-z][\w’'\-]*")
_WORD_PUNCTUATION = "_’'-"  # with the letters and digits (str.isalnum, as \w), what a word is made of here


def _role_before(text: str, start: int, end: int) -> str:
    """The group of _ROLE_BEFORE.search(text, start, end) ("" if none): the word, a comma perhaps, then spaces to
    the end. Stepping back from the end, not a search that tries every start in the window."""
    if text[end - 1:end] == "\n":  # `$` matches before a final newline too: the pattern says what that finds
        m = _ROLE_BEFORE.search(text, start, end)
        return m.group(1) if m else ""
    i = end
    while i > start and text[i - 1].isspace():
        i -= 1
    if i == end:
        return ""
    if i > start and text[i - 1] == ",":
        i -= 1
    j = i
    while j > start and ((c := text[j - 1]).isalnum() or c == "_"):  # \w
        j -= 1
    return text[j:i]


# Every character that is not a lower-case ASCII letter, as a space
_NOT_LOWER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=8)
def letter_runs(text: str) -> frozenset[str]:
    """The runs of lower-case letters in the article (shared with the cue search), of two letters or more as
    [a-z]{2,} finds them, and single letters too: all asked about are longer. Splitting the text with all
    else made spaces is faster than finding the runs with re."""
    return frozenset(text.encode("ascii", "replace").translate(_NOT_LOWER).decode("ascii").split())


class _LowerWords:
    """The words an article writes in lower case (whole runs of word characters: "well" in "as well as"),
    asked about word by word. A word of letters only is one of the article's letter runs first: most
    asked about are names, found in no run, and only the rest are looked for in the text."""

    __slots__ = ("text", "runs", "known")

    def __init__(self, text: str) -> None:
        self.text = text
        self.runs = letter_runs(text)
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            if len(word) > 1 and word.isascii() and word.isalpha() and word.islower() and word not in self.runs:
                found = False  # a whole word of lower-case letters is also a run of them
            else:
                found = bool(_LOWER_WORD.fullmatch(word)) and self._written(word)
            self.known[word] = found
        return found

    def _written(self, word: str) -> bool:
        """`word` as a whole word somewhere in the text (the characters either side of it tested directly:
        a pattern matched at each place `word` is found costs more)."""
        text, n = self.text, len(word)
        last = len(text) - n
        i = text.find(word)
        while i >= 0:
            before = text[i - 1] if i else " "
            after = text[i + n] if i < last else " "
            if not (before.isalnum() or before in _WORD_PUNCTUATION or after.isalnum() or after in _WORD_PUNCTUATION):
                return True
            i = text.find(word, i + 1)
        return False


@lru_cache(maxsize=8)
def _lower_words(text: str) -> _LowerWords:
    return _LowerWords(text)


_COMMON = frozenset("""i had has have sometimes regarding yes no dear thanks please perhaps maybe oh well
    unlike despite like about according""".split())


def common_word(text: str, word: str) -> bool:
    """A capitalised word that is an ordinary word here: the article also writes it in lower case."""
    return _common(_lower_words(text), word)


def _common(lower: _LowerWords | frozenset[str], word: str) -> bool:
    low = word.lower()
    return low in _COMMON or low in lower


_ORG_NOUNS = frozenset("""organization organisation group agency company newspaper broadcaster daily outlet firm
    charity ministry department body watchdog network channel magazine paper station union""".split())
_FUNCTION_WORDS = frozenset("the a an and or but of for in on at to by with from as if so also".split())
_ORG_CONNECTORS = frozenset("and & for to on the".split())
_PRONOUN_WORDS = frozenset("i i'd i'm i've i'll i’m i’ve i’d we they he she it you".split())


def clean_run(tokens: list[str], text: str) -> list[str]:
    return list(_clean_run(tuple(tokens), _lower_of(tokens, _lower_words(text))))


def _lower_of(tokens: list[str], lower: _LowerWords) -> frozenset[str]:
    """The tokens the article also writes in lower case: all `_clean_run` asks of the article, so a run
    recurring across articles ("Donald Trump") hits its cache."""
    known = lower.known  # the words asked about before, looked up without a call to __contains__
    return frozenset(low for t in tokens if (found := known.get(low := t.lower())) or found is None and low in lower)


@lru_cache(maxsize=16384)
def _clean_run(tokens: tuple[str, ...], lower: frozenset[str]) -> tuple[str, ...]:
    """The name in a run of capitalised words: no pronoun ("D.C. They"), no ordinary word or occupation
    before it ("Had I", "Ecologist Ryan Norris", "Co-developer Jing Wang"), no place before a given name
    ("Vermont Bernie Sanders"); connectors trimmed at the ends."""
    for i, t in enumerate(tokens):
        if t.lower() in _PRONOUN_WORDS:
            tokens = tokens[:i]
            break
    while len(tokens) > 1:
        first = tokens[0]
        low = first.lower()
        hyphenated = "-" in first and any(part[:1].islower() for part in first.split("-")[1:])
        # (the rest read as a name only for an ordinary first word: the reading looks up countries)
        ordinary = ((_common(lower, first) or _OCCUPATION.search(low) and not NAME_GENDER.get(low))
                    and len(tokens) > 2 and _is_name(list(_split_run(tokens[1:])[3])))
        if not (low in _COMMON or hyphenated or low in PERSON_NOUNS or ordinary or low in _FUNCTION_WORDS):
            break  # a first word that stays: most runs, which need no country looked up
        if low in TITLE_WORDS or country_for(first) or country_for(f"{first} {tokens[1]}"):
            break  # "New Zealand Herald" keeps its "New"
        tokens = tokens[1:]
    for k in range(1, len(tokens) - 1):
        if NAME_GENDER.get(tokens[k].lower()) and not any(
                NAME_GENDER.get(t.lower()) or t.lower() in TITLE_WORDS or country_for(t) or t.lower() in ("of", "de")
                for t in tokens[:k]):
            tokens = tokens[k:]
            break
    while tokens and tokens[0].lower() in _ORG_CONNECTORS | {"of"}:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in _ORG_CONNECTORS | {"of"}:
        tokens = tokens[:-1]
    if tokens and all(_common(lower, t) or t.lower() in NOT_NAME for t in tokens):
        return ()
    return tuple(t.rstrip(".,;:") if not _ABBREVIATED.fullmatch(t) else t for t in tokens)


# "Broadcaster Piers Morgan", "Immunologist Kristian Andersen", "Voter Kitty Mak": an occupation before a name.
_OCCUPATION = re.compile(r"(?:ist|ian|caster|grapher|maker|ster)$|^(?:voter|player|singer|writer|lawmaker)$")
_ABBREVIATED = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev)\.")


def _organisation(name: list[str], text: str) -> bool:
    """Several capitalised words that are not a person's name: an organisation speaking as itself."""
    capital = [w for w in name if w[:1].isupper()]
    if any(w.lower() in TITLE_WORDS or w.lower() in PERSON_NOUNS or _POSSESSIVE.search(w) for w in name):
        return False  # "Senate Minority Leader", "Red Hat's VP": a person not named here
    return len(capital) >= 2 and not common_word(text, capital[0])


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=128)  # keys hold article texts: few, like _subject_before's
def _mid_sentence(text: str, word: str) -> bool:
    """`word` written after a word or a comma somewhere in the article; once per word, not once per mention
    (a scan of the whole article each time is quadratic in a long one)."""
    if not word:
        return re.search(r"[\w,;] \b", text) is not None
    # re.search(rf"[\w,;] {re.escape(word)}\b", text) by str.find: no pattern compiled for each new word
    needle, n = " " + word, len(word) + 1
    last_is_word = _is_word_char(word[-1])
    i = text.find(needle, 1)
    while i >= 0:
        before, j = text[i - 1], i + n
        if (_is_word_char(before) or before in ",;") and last_is_word != (j < len(text) and _is_word_char(text[j])):
            return True
        i = text.find(needle, i + 1)
    return False


def _is_word_char(c: str) -> bool:
    """What re's \\w matches (str patterns, no ASCII flag)."""
    return c.isalnum() or c == "_"


class PronounResolver(Protocol):
    def resolve(self, start: int, gender: str, window_start: int) -> Resolution: ...


_GROUP_LINKS = frozenset("but except besides".split())


# People named by whom they belong to: "Allies of X", "Relatives of X", "Lawyers for X" are not X
_NOT_THE_NAMED = frozenset("""supporters allies critics opponents fans followers aides advisers advisors backers rivals
    relatives members staffers loyalists friends children sons daughters family wife husband widow mother father
    brother sister lawyers attorneys spokesman spokeswoman spokesperson""".split())


def resolve_mention(text: str, start: int, end: int, cast: Cast, referents: PronounResolver | None,
                    window_start: int) -> Resolution:
    """Resolve the speaker mention text[start:end]; `referents` says who a he/she there means."""
    mention = text[start:end].strip()
    if '"' in mention or "“" in mention:
        mention = NICKNAME_IN_NAME.sub(r"\1", mention)  # 'Ana "Nina" Rocha' is Ana Rocha
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
        return referents.resolve(start, gender, window_start) if referents is not None else Resolution(None)
    if any(w in _GROUP_LINKS for w in low[1:-1]):
        return Resolution(None)  # "Everyone but Hewlett said yes": Hewlett is the one who did not
    if len(low) > 2 and low[1] in ("of", "for") and low[0] in _NOT_THE_NAMED:
        return Resolution(None)  # "Supporters of President X chanted": the supporters, not X (capitalised as the sentence opens)
    bare = " ".join(low[1:] if low[0] == "the" else low)
    if bare in INSTITUTIONS:
        name, country = INSTITUTIONS[bare]
        return Resolution(name, None, country)
    described = _org_role_name(words, start, cast)
    if described is not None:
        return described
    if _coordinated(words, cast):
        return Resolution(None)  # "Premier A and CEO B said": two speakers, neither alone
    head = _head(words)
    if not head:
        return Resolution(None)
    if not head[-1][:1].isupper():
        role = " ".join(w.lower() for w in head[-2:]) if len(head) > 1 else ""
        role_key = ROLE_NOUNS.get(role) or ROLE_NOUNS.get(head[-1].lower())
        if low[0] == "the" and role_key:
            person = cast.by_role(role_key.split()[-1], start)
            if person and len(head) < len(words) and not _same_place(person, words[len(head):]):
                return Resolution(None)  # "The president of Turkey" is not the last president named
            return _of(person) if person else Resolution(None)
        return Resolution(None)
    run: list[str] = []
    for i in range(len(head) - 1, -1, -1):
        w = head[i]
        # "Rogaland Fire and Rescue", "Committee to Protect Journalists": one name, not its last word
        inner = (w in _ORG_CONNECTORS or w.isdigit()) and bool(run) and i > 0 and head[i - 1][:1].isupper()
        if not w[:1].isupper() and w not in ("of", "bin", "de", "van", "von", "al", "el") and not inner:
            break
        run.insert(0, w)
    prefix = [w.lower() for w in head[:len(head) - len(run)] if w.lower() != "the"]
    own_name = not prefix or prefix[-1] in _ORG_NOUNS  # "the Nordic Council", not "a report by the Nordic Council"
    run = clean_run(run, text)
    if not run:
        return Resolution(None)
    if "of" in run[1:]:  # "Nils-Erik Haagenrud of Rogaland Fire and Rescue": the person, of the organisation
        k = run.index("of", 1)
        titles, affiliation, gender, name = _split_run(run[:k])
        if _is_name(name):
            person = cast.people.get(person_key(" ".join(name))) or cast.add(" ".join(name), start, titles,
                                                                            affiliation, gender)
            return Resolution(person.name, person.title, person.affiliation or " ".join(run[k + 1:]), person)
    owner = max((i for i, w in enumerate(run) if _POSSESSIVE.search(w)), default=-1)
    if owner >= 0:  # "Red Hat's VP", "the Fund's Jane Doe": the words after the owner, if they name someone
        run = run[owner + 1:]
        if not run:
            return Resolution(None)
    titles, affiliation, gender, name = _split_run(run)
    for k in range(len(name) - 2, -1, -1):  # "Florida Governor Ron DeSantis", "Human Services Tommy Thompson"
        word = name[k].lower()
        if (word in TITLE_WORDS or word in PERSON_NOUNS or word in NOT_NAME and name[k][:1].isupper()) and _is_name(
                name[k + 1:]):
            titles, name = titles + _title_words(name[:k + 1]), name[k + 1:]
            break
    if "and" in name or "&" in name:
        k = name.index("and") if "and" in name else name.index("&")
        if all(_is_name(part) or (len(part) == 1 and cast.by_word(part[0])) for part in (name[:k], name[k + 1:])):
            return Resolution(None)  # "Biden and Sanders": two people, not one speaker
    if _is_name(name):
        person = cast.people.get(person_key(" ".join(name)))
        if person is None:
            person = cast.add(" ".join(name), start, titles, affiliation, gender)
        return _of(person)
    if len(name) == 1 and affiliation and not titles and own_name and cast.by_word(name[0]) is None:
        return Resolution(" ".join(run + _name_tail(words[len(head):])), None, affiliation)  # "Cyprus Mail"
    if len(name) > 1 and not titles and own_name and _organisation(name, text):
        # the whole name: "Johns Hopkins Center for Systems Science and Engineering", not its first words
        return Resolution(" ".join(run + _name_tail(words[len(head):])), None, affiliation)  # "United States Department of Health and ..."
    if len(name) == 1:
        person = cast.by_word(name[0])
        if person is not None and _may_be(person, start, gender, text):
            return _of(person)
        word = _POSSESSIVE.sub("", name[0]) if name[0].endswith(("’s", "'s")) else name[0]
        if person is not None:  # a namesake, not the one named in full: the word as written
            return Resolution(word, " ".join(titles) or None, affiliation)
        bare_word = word.lower().removesuffix("s")
        if word.lower() in NOT_NAME or bare_word in TITLE_WORDS or bare_word in PERSON_NOUNS:
            return Resolution(None)  # "Vice Presidents": a role, nobody named
        if country_for(word):
            return Resolution(None, None, country_for(word))
        if gender is not None and not titles:  # "Mr. Lee": a person, and the honorific gives the gender
            return _of(cast.add(word, start, [], affiliation, gender))
        if not titles and not _mid_sentence(text, word):
            return Resolution(None)  # capitalised only at a sentence start ("Officials said"): no name
        return Resolution(word, " ".join(titles) or None, affiliation)  # named as-is, e.g. "Trump"
    if not name and titles and low[0] == "the" and _role_of(titles[-1]):
        person = cast.by_role(_role_of(titles[-1]), start)
        if person and len(head) < len(words) and not _same_place(person, words[len(head):]):
            return Resolution(None)
        return _of(person) if person else Resolution(None)
    return Resolution(None)


_ORG_INNER = frozenset("for of and & on the".split())


def _name_tail(words: list[str]) -> list[str]:
    """The rest of an organisation's name after where `_head` stopped: "for Health Security"."""
    tail: list[str] = []
    for w in words:
        if not (w[:1].isupper() or w in _ORG_INNER) or w.startswith("(") or _POSSESSIVE.search(w):
            break  # "of the UK's National Crime Agency": another body, not more of this name
        tail.append(w.rstrip(",;:"))
        if w[-1:] in ",;:":
            break
    while tail and tail[-1] in _ORG_INNER:
        tail.pop()
    return tail


def _org_role_name(words: list[str], start: int, cast: Cast) -> Resolution | None:
    """'Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana': an
    organisation, a role in lower case, then the person's name, who is the speaker."""
    j = len(words)
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1
    name = [_POSSESSIVE.sub("", w) if w.endswith(("’s", "'s")) else w for w in words[j:]]
    if j < 2 or not _is_name(name):
        return None
    k = j
    while k > 0 and words[k - 1][:1].islower() and words[k - 1] not in _FUNCTION_WORDS:
        k -= 1
    role, org = words[k:j], [w for w in words[:k] if w.lower() != "the"]
    last = role[-1].lower() if role else ""
    if not 1 <= len(role) <= 4 or not (last in PERSON_NOUNS or last in ROLE_NOUNS or _OCCUPATION.search(last)):
        return None
    capital = [w for w in org if w[:1].isupper()]
    known = (organisation_for(org[0]) or country_for(org[0])) if len(org) == 1 else None  # "Kremlin spokesman X"
    if (not org or not org[0][:1].isupper() or org[0].lower() in TITLE_WORDS
            or len(capital) < 2 and not known or any(not w[:1].isupper() and w not in _ORG_INNER for w in org)
            or org[-1] in _ORG_INNER or any(_POSSESSIVE.search(w) for w in org)):
        return None  # "Democratic presidential candidate X", "County sheriff X", "Retired FBI agent and …": no organisation named
    person = cast.people.get(person_key(" ".join(name))) or cast.add(" ".join(name), start, [], None, None)
    person.title = person.title or " ".join(role)  # later "Schoch-Spana said" keeps both
    person.affiliation = person.affiliation or known or " ".join(org)
    return _of(person)


def _title_words(words: list[str]) -> list[str]:
    """The title in the words before a name: "Florida Governor" -> Governor; whatever follows "of" stays
    ("Current Director of National Intelligence" -> Director of National Intelligence)."""
    kept: list[str] = []
    for w in words:
        if w.lower() in TITLE_WORDS or (kept and kept[-1].lower() == "of") or (w == "of" and kept) or (
                kept and "of" in kept and w[:1].isupper()):
            kept.append(w)
    return kept


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


def _role_of(title: str) -> str | None:
    """The role noun a title ends in: "Foreign Minister" -> "minister"; "President-elect" is no "president"."""
    last = _POSSESSIVE.sub("", title.lower().split()[-1])
    key = ROLE_NOUNS.get(last)
    return key.split()[-1] if key else None


def _coordinated(words: list[str], cast: Cast) -> bool:
    if "and" not in words:
        return False
    k = words.index("and")
    return _names_person(words[:k], cast) and _names_person(words[k + 1:], cast)


def _names_person(words: list[str], cast: Cast) -> bool:
    caps = [w.rstrip(",") for w in words if w[:1].isupper()]
    if not caps:
        return False
    name = list(_split_run(caps)[3])
    return _is_name(name[-2:]) or any(cast.by_word(w) for w in caps[-1:])


def _same_place(person: Person, tail: list[str]) -> bool:
    """"the president of Turkey" is a president of Turkey: the tail names the person's country."""
    words = [w.strip(",.") for w in tail if w.lower() not in ("of", "the")]
    place = country_for(" ".join(words)) if words else None
    return place is not None and place == person.affiliation


_RELATIVES = frozenset("who whom whose which that".split())


def _head(words: list[str]) -> list[str]:
    """Words of the mention before a prepositional tail or parenthesis ("a spokesman for X")."""
    head: list[str] = []
    for i, w in enumerate(words):
        if w.startswith("(") or i > 0 and w.lower() in _RELATIVES:
            break  # "Voters who backed Costa": the voters speak, not Costa
        if w in ("for", "at", "from", "in", "with", "on", "of") and i > 0:
            prev_cap = words[i - 1][:1].isupper()
            next_cap = i + 1 < len(words) and words[i + 1][:1].isupper()
            if not (w == "of" and prev_cap and next_cap):
                break
        head.append(w.rstrip(",;:"))
    return head


def _may_be(person: Person, start: int, gender: str | None, text: str) -> bool:
    """Whether a surname mention can be this person: not "Mr. Obama" for Michelle Obama, nor a surname
    used paragraphs before the article first names someone of that surname in full (news names a
    speaker in full first; a headline may run ahead)."""
    if gender is not None and person.gender is not None and gender != person.gender:
        return False
    return start >= person.first or "\n" not in text[:start]


def _of(person: Person | None) -> Resolution:
    if person is None:
        return Resolution(None)
    return Resolution(person.name, person.title, person.affiliation, person)
