"""Whether a stored story is related to a thread: it shares the thread's countries, organisations, people or names.

Widening to "an earlier report" must stay on the thread's subject: "how many died?" in a thread on a stampede in
Iran may draw on another Iranian report, never on any death anywhere.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from bot.entities.catalogue import form_for_term
from bot.followup.passages import Passage, headline
from bot.followup.question import tokens
from bot.quotes.lexicon import TITLE_WORDS
from summaries.tokenizer import stop_words

CENTRAL_MENTIONS = 2  # a thread's country/organisation counts when a report names it this often (or in its headline)
MIN_NAME_LENGTH = 4


@dataclass(slots=True)
class Signature:
    entities: set[tuple[str, str]] = field(default_factory=set)
    people: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # distinctive headline names: "Soleimani", "Qasem"
    words: set[str] = field(default_factory=set)  # every word of the reports and headlines, to look names up in


def signature(passages: list[Passage], central: int = CENTRAL_MENTIONS) -> Signature:
    """What reports are about: countries/organisations central to one of them, speakers, headline names, words.

    A thread's entities are those central to one of its reports (named `central` times or in its headline), as
    it names many in passing; a candidate story's are all it names (central=1).
    """
    result = Signature()
    by_article: dict[int, Counter] = {}
    articles = {}
    for passage in passages:
        by_article.setdefault(passage.article.id, Counter()).update(passage.sentence.entities)
        articles[passage.article.id] = passage.article
        result.people.update(q.person_id for q in passage.quotes if q.person_id)
        result.words.update(tokens(passage.text))
    for article_id, counts in by_article.items():
        article = articles[article_id]
        result.entities.update(e for e, n in counts.items() if n >= central)
        result.entities.update(headline(article.title).entities)
        result.names.update(headline_names(article.title, article.text))
        result.words.update(tokens(article.title))
    return result


def related(thread: Signature, story: Signature) -> bool:
    return bool(thread.entities & story.entities or thread.people & story.people or thread.names & story.words)


@lru_cache(maxsize=4096)
def headline_names(title: str, text: str) -> frozenset[str]:
    """Capitalised headline words the report never writes in lower case, leaving out country and organisation names.

    "Stampede" is written "a stampede" in the text, so it is no name; "United States" is a country, shared or not
    through the entities; "Soleimani" and "Kerman" are names.
    """
    words = tokens(title)
    in_entity = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            form = form_for_term(" ".join(words[i : i + size]))
            if form is not None and form.kind in ("country", "organisation"):
                in_entity.update(range(i, i + size))
    lower = {w for w in tokens(text) if w[:1].islower()}
    body = set(tokens(text))
    stop = stop_words()
    return frozenset(
        w
        for i, w in enumerate(words)
        if i not in in_entity and w[:1].isupper() and len(w) >= MIN_NAME_LENGTH and w.lower() not in stop
        and w.lower() not in TITLE_WORDS and w in body and w.lower() not in lower
    )
