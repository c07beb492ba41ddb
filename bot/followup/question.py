"""What a follow-up asks: its type, the story it points at, its pronouns and its content words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from summaries.tokenizer import stemmer, stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)

_ORDINAL_WORDS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7,
    "ninth": 8, "9th": 8, "tenth": 9, "10th": 9, "last": -1, "final": -1,
}
_ITEM = r"(?:one|story|item|article|report|piece|headline|link)"
# "the second one", "more on the first", "the last story" - but not "last year" or "the first to comment".
_ORDINAL = re.compile(
    r"\b(?P<word>" + "|".join(_ORDINAL_WORDS) + r")\b(?=\s+" + _ITEM + r"\b|\s*[?.!,]*\s*$)", re.IGNORECASE
)
_NUMBERED = re.compile(r"(?:#\s*|\b(?:story|item|article|number|no\.?)\s*#?\s*)(?P<n>\d{1,2})\b", re.IGNORECASE)

# Asking what someone said, rather than about something they are mentioned in.
_SPEECH = re.compile(
    r"\b(?:say|says|said|saying|tell|told|comment\w*|think\w*|thought|react\w*|respond\w*|response|statements?|"
    r"quoted?|position|stance|views?|want\w*|add\w*|claim\w*|warn\w*|argu\w*|believ\w*|announc\w*|"
    r"insist\w*|stress\w*|call\w* for|next|else)\b",
    re.IGNORECASE,
)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# "what did he say about China?": the pronoun is the speaker, whatever else the question names; but in
# "what did Trump say he would do?" or "Lavrov's view of his visit" the named person speaks.
_SPEAKER_PRONOUN = re.compile(
    r"\b(?:did|does|do|has|had|have|is|was|will|would|could|can|should)\s+(?:he|she)\b"
    r"|^\W*(?:and\s+|but\s+|so\s+|then\s+)?(?:he|she)\b"
    r"|\b(?:he|she)\s+(?:\w+ly\s+)?(?:say|says|said|tell|told|add|added|think|thinks|thought|want|wants|wanted|mean|meant)\b"
    r"|^\W*(?:and\s+|what about\s+|how about\s+)?(?:him|her|his)\W*$",
    re.IGNORECASE,
)
_THING_PRONOUN = re.compile(r"\b(?:it|this|that|these|those)\b", re.IGNORECASE)
_HOW = re.compile(r"\bhow (?:many|much|long|often|far)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\bhow many\b|\bnumber of\b", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:next|then|else|after that|afterwards|later|further|more)\b", re.IGNORECASE)

_KINDS = [
    ("sources", re.compile(r"^\W*(?:sources?|links?|outlets?|references?)\W*$|\b(?:sources?|links?|which outlets?|who reported)\b", re.I)),
    ("who_else", re.compile(r"\bwho else\b|\banyone else\b|\bany(?:one|body) other\b|\bother (?:speakers|people|officials|reactions|comments)\b", re.I)),
    ("when", re.compile(r"^\W*when\b|\bwhat (?:time|date|day|year)\b|\bwhich (?:day|date|year)\b", re.I)),
    ("how_many", re.compile(r"\bhow (?:many|much|long|often|far)\b|\bnumber of\b|\bwhat (?:percentage|share)\b", re.I)),
    ("where", re.compile(r"^\W*where\b|\bwhich (?:country|city|place)\b", re.I)),
    ("why", re.compile(r"^\W*why\b|\bwhat for\b|\breasons?\b|\bwhat caused\b", re.I)),
    ("who", re.compile(r"^\W*(?:who|whom|whose)\b|\bwhich (?:official|minister|leader|person|president)\b", re.I)),
    ("more", re.compile(r"^\W*(?:tell me |give me |any )?more\b|\bmore (?:on|about|details)\b|\bdetails\b|\belaborate\b", re.I)),
]

# Words that shape a question but say nothing about its subject.
_QUESTION_WORDS = frozenset("""
say says said saying tell told talk talked talking comment comments commented commenting mention mentioned
think thought happen happened happening know news story stories article articles report reports reported one ones
next else more details detail please anything something also about regarding exactly really whats what's
who whom whose what when where why how many much which did does do was were is are be been
first second third fourth fifth sixth seventh eighth ninth tenth last final
1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th number item piece headline link links source sources outlet outlets
""".split())

# Nouns that name the kind of answer wanted but not its subject: "how many countries?" says nothing to look for.
GENERIC_WORDS = frozenset("""
country countries nation nations people person persons official officials leader leaders government governments
state states side sides party parties thing things world someone somebody anyone anybody everyone
""".split())


@dataclass(slots=True)
class Question:
    text: str
    kind: str  # who | who_else | what | when | where | why | how_many | sources | more
    words: list[str] = field(default_factory=list)  # content words as typed (for full-text search), generic ones left out
    generic: list[str] = field(default_factory=list)  # generic nouns it used ("countries", "officials")
    terms: list[str] = field(default_factory=list)  # their stems, de-duplicated (for ranking)
    ordinal: int | None = None  # 0-based story index in the thread; -1 = the last one
    person_pronoun: bool = False  # he / she / his / her
    speaker_pronoun: bool = False  # the pronoun is the one speaking: "what did he say", not "what did X tell him"
    thing_pronoun: bool = False  # it / this / that
    wants_next: bool = False  # "what did he say next?"
    about_speech: bool = False  # "what did X say", "X's position"
    counted: list[str] = field(default_factory=list)  # words after "how many" / "number of": what is counted


def tokens(text: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(text)]


_BRITISH_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$")


def stems(words: list[str]) -> list[str]:
    """Snowball stems, with British -ise spellings folded to -ize ("apologise" and "apologized" agree)."""
    stem = stemmer()
    return [stem(_BRITISH_ISE.sub(r"iz\1", w.lower().replace("’", "'"))) for w in words]


def content_words(text: str) -> list[str]:
    stop = stop_words()
    return [w for w in tokens(text) if w.lower() not in stop and w.lower() not in _QUESTION_WORDS and len(w) > 1]


def parse_question(text: str) -> Question:
    text = " ".join(text.split())
    kind = next((name for name, pattern in _KINDS if pattern.search(text)), "what")
    ordinal = None
    rest = text
    if match := _NUMBERED.search(text):
        ordinal = int(match.group("n")) - 1
        rest = text[: match.start()] + " " + text[match.end() :]
    elif match := _ORDINAL.search(text):
        ordinal = _ORDINAL_WORDS[match.group("word").lower()]
        rest = text[: match.start()] + " " + text[match.end() :]
    counting = _COUNTED.search(rest)
    after_count = rest[counting.end() :] if counting else ""
    rest = _HOW.sub(" ", rest)  # "how long" asks for a duration; "long" is not what it is about
    words = [w for w in content_words(rest) if not _PERSON_PRONOUN.fullmatch(w) and not _THING_PRONOUN.fullmatch(w)]
    generic = [w for w in words if w.lower() in GENERIC_WORDS]
    words = [w for w in words if w.lower() not in GENERIC_WORDS]
    after = set(content_words(after_count))
    counted = [w for w in words if w in after]
    return Question(
        text=text,
        kind=kind,
        words=words,
        generic=generic,
        terms=list(dict.fromkeys(stems(words))),
        ordinal=ordinal,
        person_pronoun=bool(_PERSON_PRONOUN.search(text)),
        speaker_pronoun=bool(_SPEAKER_PRONOUN.search(text)),
        thing_pronoun=bool(_THING_PRONOUN.search(text)),
        wants_next=bool(_NEXT.search(text)),
        about_speech=bool(_SPEECH.search(text)),
        counted=counted,
    )


# ---- telling follow-ups from commands ------------------------------------------------------

_COMMANDS = frozenset("""
help latest summary summarize summarise digest subscribe unsubscribe subscriptions ingest add remove
settings status stats brief briefing feeds feed sources-add admin search
""".split())
_COMMAND_PHRASES = re.compile(r"^\W*(?:who said what|sources? (?:add|remove|list)|list sources)\b", re.I)
_SMALL_TALK = re.compile(r"^\W*(?:thanks?(?: you)?|thx|ty|ok(?:ay)?|cool|great|nice|got it|hi|hello|hey)\W*$", re.I)


def is_followup_question(text: str) -> bool:
    """True for questions and requests that are not commands (or small talk)."""
    text = text.strip()
    if not text or text[0] in "/!" or _SMALL_TALK.match(text) or _COMMAND_PHRASES.match(text):
        return False
    first = tokens(text.lower())[:1]
    if not first:
        return False
    if first[0] in _COMMANDS:
        return False
    return True
