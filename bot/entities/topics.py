"""Read the topics of a user query: "China Russia", "china-russia", "BRICS", "South Korea trade"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.entities.catalogue import catalogue, form_for_term, normalise_term

# Words that carry no topic in a query. "us" is here because in lower case it is the pronoun;
# "US" in capitals is the country.
STOP_WORDS = frozenset(
    """a an and or the news about on of in with between vs versus v to for from what whats what's is
    are any me show tell us our relations relation ties story stories articles article updates update
    latest please who said says say""".split()
)
_TOKEN = re.compile(r"[\w.'\u2019+]+")


@dataclass(frozen=True, slots=True)
class Topic:
    kind: str  # "country" | "organisation" | "keyword"
    code: str  # ISO alpha-2, organisation code, or the case-folded keyword
    name: str  # country or organisation name, or the keyword as typed


@cache
def _longest_form_in_words() -> int:
    return max(len(normalise_term(text).split()) for text in catalogue().forms)


def _entity_topic(phrase: str) -> Topic | None:
    form = form_for_term(phrase) or (form_for_term(phrase.rstrip(".")) if phrase.endswith(".") else None)
    if form is None or form.kind == "none":
        return None
    cat = catalogue()
    entity = cat.countries[form.code] if form.kind == "country" else cat.organisations[form.code]
    return Topic(form.kind, entity.code, entity.name)


def parse_topics(query: str) -> list[Topic]:
    """Countries, organisations and keywords named in `query`, in order, each once.

    The longest known name wins ("South Korea", not "Korea"); hyphens, commas and "and" only
    separate topics, so "China and Russia", "china-russia" and "Chinese, Russian" mean the same.
    """
    tokens = _TOKEN.findall(query)
    topics: list[Topic] = []
    position = 0
    while position < len(tokens):
        for width in range(min(_longest_form_in_words(), len(tokens) - position), 0, -1):
            topic = _entity_topic(" ".join(tokens[position:position + width]))
            if topic:
                break
        else:
            width = 1
            word = tokens[position].strip(".'\u2019+")
            topic = Topic("keyword", word.casefold(), word) if word and word.casefold() not in STOP_WORDS else None
        if topic and topic not in topics:
            topics.append(topic)
        position += width
    return topics
