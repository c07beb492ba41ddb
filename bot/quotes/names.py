"""Person identity across articles, and country affiliation from demonyms (via bot.entities).

`person_key` folds case, accents, honorifics and common transliteration variants
(Sergei/Sergey, Zelensky/Zelenskyy, Aleksei/Alexei) so that one person is one key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.entities import country_for_term, organisation_by_code
from bot.entities.catalogue import form_for_term

_HONORIFICS = frozenset("mr mrs ms dr sir prof president minister sen rep gov gen".split())
_TRANSLITERATION = (
    (re.compile(r"ks"), "x"),
    (re.compile(r"(?:yy|iy|y|ij)$"), "i"),  # Zelenskyy/Zelenskiy/Zelensky, Dmitry/Dmitri
    (re.compile(r"ey$"), "ei"),  # Sergey -> Sergei, Alexey -> Alexei
    (re.compile(r"ay$"), "ai"),  # Nikolay -> Nikolai
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters
)


_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum rejects: re's \w is str.isalnum and "_"


@lru_cache(maxsize=4096)
def fold_word(word: str) -> str:
    """One name word without case, accents or transliteration variants ("Erdoğan" -> "erdogan")."""
    word = unicodedata.normalize("NFKD", word.lower())
    word = _NOT_ALNUM.sub("", word)
    if len(word) > 2:
        for pattern, repl in _TRANSLITERATION:
            word = pattern.sub(repl, word)
    return word


_WORD_BREAK = re.compile(r"[\s\-]+")


def _words(name: str) -> list[str]:
    words = [fold_word(w) for w in _WORD_BREAK.split(name) if w]
    return [w for w in words if w and w not in _HONORIFICS] or [w for w in words if w]


@lru_cache(maxsize=16384)  # a name recurs many times within an article, and across articles
def person_key(name: str) -> str:
    """Identity of a person across articles: "Sergei Lavrov", "Sergey Lavrov", "sergei lavrov" agree."""
    return " ".join(_words(name))


def name_matches(query: str, name: str) -> bool:
    """True when every word of `query` is a word of `name` ("lavrov", "Sergey Lavrov" -> "Sergei Lavrov")."""
    wanted = _words(query)
    have = set(_words(name))
    return bool(wanted) and all(w in have for w in wanted)


@lru_cache(maxsize=65536)  # names recur across a day's articles; ~10 MB at most
def country_for(term: str) -> str | None:
    """Country named by a demonym, country word or capital ("Chinese" -> "China"), or None."""
    found = country_for_term(term.strip())
    return found.name if found is not None else None


@lru_cache(maxsize=65536)
def organisation_for(term: str) -> str | None:
    """Organisation named by a word or phrase as written ("UN" -> "United Nations", "NATO"), or None;
    only capitalised forms, so that "who" is not the World Health Organization."""
    term = term.strip()
    form = form_for_term(term) if term[:1].isupper() else None
    found = organisation_by_code(form.code) if form is not None and form.kind == "organisation" else None
    return found.name if found is not None else None
