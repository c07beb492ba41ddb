"""Person identity across articles, and country affiliation from demonyms.

`person_key` folds case, accents, honorifics and common transliteration variants
(Sergei/Sergey, Zelensky/Zelenskyy, Aleksei/Alexei) so that one person is one key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HONORIFICS = frozenset("mr mrs ms dr sir prof president minister sen rep gov gen".split())
_TRANSLITERATION = (
    (re.compile(r"ks"), "x"),
    (re.compile(r"(?:yy|iy|y|ij)$"), "i"),  # Zelenskyy/Zelenskiy/Zelensky, Dmitry/Dmitri
    (re.compile(r"ey$"), "ei"),  # Sergey -> Sergei, Alexey -> Alexei
    (re.compile(r"ay$"), "ai"),  # Nikolay -> Nikolai
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters
)


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if c.isalnum())
    if len(word) > 2:
        for pattern, repl in _TRANSLITERATION:
            word = pattern.sub(repl, word)
    return word


def _words(name: str) -> list[str]:
    words = [_fold_word(w) for w in re.split(r"[\s\-]+", name) if w]
    return [w for w in words if w and w not in _HONORIFICS] or [w for w in words if w]


def person_key(name: str) -> str:
    """Identity of a person across articles: "Sergei Lavrov", "Sergey Lavrov", "sergei lavrov" agree."""
    return " ".join(_words(name))


def name_matches(query: str, name: str) -> bool:
    """True when every word of `query` is a word of `name` ("lavrov", "Sergey Lavrov" -> "Sergei Lavrov")."""
    wanted = _words(query)
    have = set(_words(name))
    return bool(wanted) and all(w in have for w in wanted)


# Fallback until bot.entities provides country_for_term; covers the wire-copy regulars only.
_DEMONYMS = {
    "chinese": "China", "china": "China", "china's": "China", "russian": "Russia", "russia": "Russia",
    "russia's": "Russia", "american": "United States", "u.s.": "United States", "us": "United States",
    "united states": "United States", "british": "United Kingdom", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "french": "France", "france": "France", "german": "Germany",
    "germany": "Germany", "japanese": "Japan", "japan": "Japan", "indian": "India", "india": "India",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "iranian": "Iran", "iran": "Iran",
    "israeli": "Israel", "israel": "Israel", "palestinian": "Palestine", "turkish": "Turkey",
    "turkey": "Turkey", "brazilian": "Brazil", "brazil": "Brazil", "south korean": "South Korea",
    "north korean": "North Korea", "korean": "South Korea", "italian": "Italy", "spanish": "Spain",
    "canadian": "Canada", "australian": "Australia", "mexican": "Mexico", "saudi": "Saudi Arabia",
    "egyptian": "Egypt", "pakistani": "Pakistan", "syrian": "Syria", "iraqi": "Iraq",
    "afghan": "Afghanistan", "polish": "Poland", "dutch": "Netherlands", "swedish": "Sweden",
    "norwegian": "Norway", "finnish": "Finland", "greek": "Greece", "portuguese": "Portugal",
    "south african": "South Africa", "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "venezuelan": "Venezuela", "cuban": "Cuba", "argentine": "Argentina", "chilean": "Chile",
    "colombian": "Colombia", "indonesian": "Indonesia", "vietnamese": "Vietnam", "thai": "Thailand",
    "philippine": "Philippines", "filipino": "Philippines", "malaysian": "Malaysia",
    "singaporean": "Singapore", "taiwanese": "Taiwan", "belarusian": "Belarus", "hungarian": "Hungary",
    "serbian": "Serbia", "lebanese": "Lebanon", "jordanian": "Jordan", "qatari": "Qatar",
    "emirati": "United Arab Emirates", "kazakh": "Kazakhstan", "georgian": "Georgia",
}


def _entities_lookup():
    try:  # bot.entities is written by another engineer; prefer it once it lands
        from bot.entities import country_for_term  # type: ignore[attr-defined]
    except ImportError:
        return None
    return country_for_term


@lru_cache(maxsize=8192)
def country_for(term: str) -> str | None:
    """Country named by a demonym or country word ("Chinese" -> "China"), or None."""
    low = term.lower().strip().replace("’", "'")
    lookup = _entities_lookup()
    if lookup is not None:
        found = lookup(term)
        if found is not None:
            return getattr(found, "name", None)
    return _DEMONYMS.get(low)
