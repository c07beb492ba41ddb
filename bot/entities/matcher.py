"""Count country and organisation mentions in article text with one compiled regex.

The regex is built from a character trie of every surface form, so at each position the longest
form wins: "Papua New Guinea" hides "Guinea", "Washington Post" (a non-mention) hides "Washington".
Matching is case-sensitive ("Turkey" not "turkey", "US" not "us"); forms that are also person names
are checked against their neighbours ("Michael Jordan", "Chad Smith").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from bot.entities.catalogue import CONGO_BARE, Form, catalogue

# Capitalised words that may precede a country name without being a given name.
_NOT_GIVEN_NAMES = frozenset(
    """A An The In Into From To Of And Or For With By At On As But Nor So Yet If That This These Those
    While When Where Why How What Who Whom Which Meanwhile Then Today Yesterday Tomorrow Also Both
    Unlike Like Against Between Before After Since Until Under Over Near Across Beyond Within Without
    Visiting Neighbouring Neighboring Northern Southern Eastern Western Central Did Does Do Will Would
    Can Could Should Has Have Had Is Are Was Were Said Says Told Including Only Even Not Neither Either
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Once Via Per Toward Towards Around Inside Outside
    Amid Among Despite During Beside Besides Through Throughout Upon Whether Because Although Though
    Here There Now Still Just Why Let Let's Like Unlike Only Except Including Excluding""".split()
)
# Capitalised words that may follow a country name without making it a person's first name.
_PLACE_FOLLOWERS = frozenset(
    """President Prime Premier King Queen Crown Prince Emir Foreign Defence Defense Interior Finance
    Minister Ministry Ministers Government Army Armed Air Navy Military Embassy Ambassador Consulate
    Parliament Senate Congress National Central State Supreme Constitutional Republic Kingdom Border
    Valley River Basin Lake Delta Sea Gulf Coast Peninsula Strait Mountains Highlands Dream
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Summit Talks Agreement Accord Declaration Treaty
    Communique Statement""".split()
)
# Other US states in the same text make a bare "Georgia" the state, unless Georgia the country is
# named another way too ("Tbilisi", "Georgian").
_US_STATES = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii"
    r"|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan"
    r"|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico"
    r"|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island"
    r"|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin"
    r"|Wyoming|Atlanta|Savannah|Republicans?|Democrats?)\b"
)
_BARE_GEORGIA = frozenset({"Georgia", "GEORGIA"})
_PREVIOUS_WORD = re.compile(r"(?:(?<![\w.])([A-Z][a-z]+)|(?<![\w.])(Mr|Mrs|Ms|Dr|[A-Z])\.)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


@dataclass(frozen=True, slots=True)
class Mentions:
    countries: dict[str, int]  # ISO alpha-2 -> mention count
    organisations: dict[str, int]  # organisation code -> mention count


def _trie_regex(words: list[str]) -> str:
    """A regex alternation of `words`, factored as a trie, trying longer continuations first."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the continuation is optional (greedy, so tried first)
            return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
        return body

    return emit(trie)


@cache
def _matcher() -> tuple[re.Pattern[str], dict[str, Form]]:
    forms = catalogue().forms
    initials = "".join(sorted({re.escape(text[0]) for text in forms}))
    # The lookahead on initials lets the engine skip most positions fast. A form ending in "-"
    # ("Sino-") needs no word boundary after it; "-speaking" makes a demonym a language.
    pattern = (rf"(?=[{initials}])\b(?:" + _trie_regex(list(forms))
               + r")(?:(?<=-)|(?!\w|-speaking|-language))")
    return re.compile(pattern), forms


def _is_person_name(text: str, start: int, end: int) -> bool:
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if previous and (previous.group(2) or previous.group(1) not in _NOT_GIVEN_NAMES):
        return True
    following = _NEXT_WORD.match(text, end)
    return bool(following and following.group(1) not in _PLACE_FOLLOWERS)


def mentions_in(text: str) -> Mentions:
    """Country and organisation mentions in `text`, counted; one pass over the text."""
    pattern, forms = _matcher()
    text = text.replace("\u2019", "'")  # curly apostrophes, as in "Côte d’Ivoire"
    countries: Counter[str] = Counter()
    organisations: Counter[str] = Counter()
    bare_congo = bare_georgia = 0
    parents = catalogue().parents
    for match in pattern.finditer(text):
        surface = match.group()
        form = forms.get(surface) or forms[" ".join(surface.split())]
        if form.kind == "none" or form.person_risk and _is_person_name(text, match.start(), match.end()):
            continue
        if form.kind == "organisation":
            organisations[form.code] += 1
            if form.code in parents:
                organisations[parents[form.code]] += 1
        elif form.text in CONGO_BARE:
            bare_congo += 1
        elif form.text in _BARE_GEORGIA:
            bare_georgia += 1
        else:
            countries[form.code] += 1
    if bare_congo:
        # Bare "Congo" is the DR Congo unless the text names only the Republic of the Congo.
        countries["CG" if countries["CG"] and not countries["CD"] else "CD"] += bare_congo
    if bare_georgia and (countries["GE"] or not _US_STATES.search(text)):
        countries["GE"] += bare_georgia
    return Mentions(dict(+countries), dict(+organisations))


def countries_in(text: str) -> dict[str, int]:
    """ISO alpha-2 code -> number of mentions of that country in `text`."""
    return mentions_in(text).countries


def organisations_in(text: str) -> dict[str, int]:
    """Organisation code -> number of mentions in `text` (a UNSC mention also counts for the UN)."""
    return mentions_in(text).organisations
