"""The quantities news counts (the dead, the injured, the arrested, the displaced) and the numbers that count them.

Reports rarely repeat the question's word: "how many died?" is answered by "at least 56 deaths" or
"killing 12 people", so each quantity is a group of inflections and near-synonyms, matched by stem.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.followup.question import stems, tokens

_GROUPS = [
    "die died dies dying dead death deaths deadly kill killed kills killing killings fatalities fatality casualties",
    "injure injured injures injuring injuries injury wounded wounding wounds hurt casualties",
    "arrest arrested arrests arresting detain detained detaining detention detainee detainees jailed imprisoned",
    "displaced displacement refugee refugees fled flee flees fleeing evacuated evacuation evacuees homeless",
    "attended attendance attendees turnout",
    "troops soldiers",
]

# Numbers that count; years, days of a month and ages are numbers that do not.
_COUNT_WORD = re.compile(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NOT_COUNT_BEFORE = frozenset(
    "january february march april may june july august september october november december aged age number no.".split()
)
_NOT_COUNT_AFTER = frozenset("year-old year-olds years-old".split())  # "a 36-year-old man" is one man
TIE_WINDOW = 5  # "death toll rose to 56": the number within this many words of the counted word


@lru_cache(maxsize=1)
def _group_of_stem() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for line in _GROUPS:
        group = frozenset(stems(line.split()))
        for stem in group:
            groups[stem] = groups.get(stem, frozenset()) | group  # "casualties" is in two groups
    return groups


def alternatives(stem: str) -> frozenset[str]:
    """The stems meaning the same quantity as `stem` (itself included)."""
    return _group_of_stem().get(stem, frozenset()) | {stem}


@lru_cache(maxsize=16384)
def has_tied_number(text: str, counted: frozenset[str]) -> bool:
    """Whether a number counting one of the `counted` stems stands within TIE_WINDOW words of it."""
    words = tokens(text)
    word_stems = stems(words)
    targets = [i for i, stem in enumerate(word_stems) if stem in counted]
    if not targets:
        return False
    for i, word in enumerate(words):
        if not _COUNT_WORD.fullmatch(word) or _YEAR.fullmatch(word):
            continue
        if i and words[i - 1].lower() in _NOT_COUNT_BEFORE:
            continue
        if i >= 2 and [w.lower() for w in words[i - 2 : i]] == ["age", "of"]:
            continue
        if i + 1 < len(words) and words[i + 1].lower() in _NOT_COUNT_AFTER:
            continue
        if any(abs(i - t) <= TIE_WINDOW for t in targets):
            return True
    return False
