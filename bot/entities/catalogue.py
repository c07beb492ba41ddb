"""Countries and organisations: names, codes and every surface form that refers to them.

pycountry supplies ISO codes and official names; `data/` adds what it lacks (common short names,
demonyms, capitals, metonyms such as "the Kremlin", organisations, phrases that are not mentions).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycountry


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2 ("XK" for Kosovo)
    name: str  # common English short name


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing an entity, as matched in article text."""

    text: str
    kind: str  # "country" | "organisation" | "none" (a phrase that is not a mention)
    code: str
    exact: bool = False  # abbreviation: case-sensitive, never upper-cased or case-folded
    person_risk: bool = False  # also a person name ("Chad", "Jordan", "Washington")


# Abbreviations that are ordinary English words in lower case ("us", "who"): queries and terms
# only take them as entities when written in capitals.
COMMON_WORDS = frozenset({"us", "who", "man", "car"})
# Bare "Congo"/"Congolese" could be either Congo: matcher.py decides per text (DR Congo by default).
CONGO_BARE = frozenset({"Congo", "Congolese", "CONGO", "CONGOLESE"})

_TSV_COLUMNS = ("code", "short_name", "other_names", "demonyms", "capitals", "metonyms", "abbreviations")
_NO_PLURAL = ("ese", "ish", "sh", "ch", "ss", "-", "y")


def _data_text(name: str) -> str:
    return files("bot.entities").joinpath("data", name).read_text(encoding="utf-8")


def _data_rows(name: str) -> list[list[str]]:
    lines = [line for line in _data_text(name).splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _plural(demonym: str) -> str | None:
    return None if demonym.endswith(_NO_PLURAL) else demonym + "s"


def _usable_pycountry_name(name: str | None) -> str | None:
    if not name or "," in name or "(" in name:
        return None
    return name[4:] if name.startswith("the ") else name


class Catalogue:
    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.organisations: dict[str, Organisation] = {}
        self.parents: dict[str, str] = {}  # organisation code -> parent organisation code (UNSC -> UN)
        self.organisation_abbreviations: set[str] = set()  # "UN", "UNSC", "WHO" (for autocomplete)
        self.forms: dict[str, Form] = {}  # surface text as written -> form
        self._load_countries()
        self._load_organisations()
        self._load_non_mentions()

    def _add(self, text: str, kind: str, code: str, *, exact: bool = False) -> None:
        person_risk = text.startswith("~")
        text = text.lstrip("~")
        text = text[4:] if text.startswith(("the ", "The ")) else text
        form = Form(text, kind, code, exact, person_risk)
        self.forms[text] = form
        if not exact and len(text) >= 4 and text.upper() != text:
            self.forms[text.upper()] = Form(text.upper(), kind, code, True, person_risk)

    def _load_countries(self) -> None:
        rows = {row[0]: dict(zip(_TSV_COLUMNS, row + [""] * len(_TSV_COLUMNS))) for row in _data_rows("countries.tsv")}
        for record in pycountry.countries:
            code = record.alpha_2
            names = [getattr(record, attr, None) for attr in ("name", "common_name", "official_name")]
            usable = [n for n in map(_usable_pycountry_name, names) if n]
            short = rows.get(code, {}).get("short_name") or getattr(record, "common_name", None) or record.name
            self.countries[code] = Country(code, short)
            for name in usable:
                self._add(name, "country", code)
        for code, row in rows.items():
            if code not in self.countries:  # e.g. Kosovo, which ISO 3166 does not list
                self.countries[code] = Country(code, row["short_name"] or _split(row["other_names"])[0])
            short = self.countries[code].name
            self._add(short, "country", code)
            for name in _split(row["other_names"]) + _split(row["capitals"]) + _split(row["metonyms"]):
                self._add(name, "country", code)
            for demonym in _split(row["demonyms"]):
                self._add(demonym, "country", code)
                plural = _plural(demonym.lstrip("~"))
                if plural:
                    self._add(("~" if demonym.startswith("~") else "") + plural, "country", code)
            for abbreviation in _split(row["abbreviations"]):
                self._add(abbreviation, "country", code, exact=True)

    def _load_organisations(self) -> None:
        for row in _data_rows("organisations.tsv"):
            code, name, other_names, abbreviations, parent = (row + [""] * 5)[:5]
            self.organisations[code] = Organisation(code, name)
            if parent:
                self.parents[code] = parent
            for text in [name, *_split(other_names)]:
                self._add(text, "organisation", code)
            for abbreviation in _split(abbreviations):
                self._add(abbreviation, "organisation", code, exact=True)
                self.organisation_abbreviations.add(abbreviation)

    def _load_non_mentions(self) -> None:
        for line in _data_text("not_entities.txt").splitlines():
            if line.strip() and not line.startswith("#"):
                self.forms[line.strip()] = Form(line.strip(), "none", "", exact=True)


def normalise_term(term: str) -> str:
    """Case-folded, with spacing, hyphens, curly quotes, "the" and a possessive "'s" made uniform."""
    term = term.replace("\u2019", "'").strip().casefold()
    # each pattern only where it can apply: this runs for every capitalised run of every article
    term = term[:-2] if term.endswith("'s") else term  # a possessive "'s" (stripped: nothing after it)
    term = _LEADING_THE.sub("", term) if term.startswith("the") else term
    return term if term.isalnum() else _SPACING.sub(" ", term)


# Compiled once: normalise_term runs for every capitalised run of every article.
_LEADING_THE = re.compile(r"^the\s+")
_LEADING_THE_ANY = re.compile(r"^(?:the|The)\s+")
_SPACING = re.compile(r"[\s\-]+")


@cache
def _term_index(catalogue: Catalogue) -> dict[str, Form]:
    index: dict[str, Form] = {}
    # Names before abbreviations, so that a name keeps its key when an abbreviation folds onto it.
    for form in sorted(catalogue.forms.values(), key=lambda form: form.exact):
        if form.kind == "none":
            continue
        key = normalise_term(form.text)
        if form.exact:
            index.setdefault("=" + form.text, form)  # the exact spelling always works
            if key in COMMON_WORDS:
                continue  # "us", "who": only as "US", "WHO"
        index.setdefault(key, form)
    return index


@cache
def catalogue() -> Catalogue:
    return Catalogue()


def _as_entity(form: Form) -> Country | Organisation | None:
    if form.kind == "country":
        return catalogue().countries[form.code]
    if form.kind == "organisation":
        return catalogue().organisations[form.code]
    return None


def form_for_term(term: str) -> Form | None:
    """The catalogue form a query word or phrase names, or None."""
    index = _term_index(catalogue())
    stripped = term.replace("\u2019", "'").strip()
    stripped = stripped[:-2] if stripped.endswith("'s") else stripped
    exact = _LEADING_THE_ANY.sub("", stripped) if stripped.startswith(("the", "The")) else stripped
    return index.get("=" + exact) or index.get(normalise_term(term))


def country_for_term(term: str) -> Country | None:
    """The country a word or phrase refers to: "China", "Chinese", "Beijing", "the Kremlin", "U.S."."""
    form = form_for_term(term)
    return catalogue().countries[form.code] if form and form.kind == "country" else None


def country_by_code(code: str) -> Country | None:
    return catalogue().countries.get(code.upper())


def organisation_by_code(code: str) -> Organisation | None:
    return catalogue().organisations.get(code.upper())


def known_entity_names() -> list[str]:
    """Country and organisation names for autocomplete, sorted."""
    cat = catalogue()
    names = {country.name for country in cat.countries.values()}
    names.update(org.name for org in cat.organisations.values())
    names.update(cat.organisation_abbreviations)
    return sorted(names, key=str.casefold)
