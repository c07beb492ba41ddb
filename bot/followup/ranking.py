"""Ranking sentences for a question: BM25 over the candidate sentences, plus entity and question-type matches."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from bot.entities.catalogue import form_for_term
from bot.followup.passages import Passage, Sentence, headline
from bot.followup.quantities import alternatives, has_tied_number
from bot.followup.question import Question, stems

K1, B = 1.2, 0.75
TYPE_BONUS = 0.3
MIN_COVERAGE = 0.5
HEADLINE_CREDIT = 0.5
HEADLINE_TF = 0.5
SPEAKER_BONUS = 0.5


@dataclass(frozen=True, slots=True)
class Need:
    """One thing the question asks about: a word stem (or one meaning the same quantity), or the country/organisation it names."""

    word: str
    stem: str
    entity: tuple[str, str] | None
    stems: frozenset[str] = frozenset()  # the stem and its near-synonyms: "died" is met by "deaths", "killed"

    def met_by(self, passage: Passage) -> bool:
        return self.met_by_sentence(passage.sentence)

    def met_by_sentence(self, sentence: Sentence) -> bool:
        return not self.stems.isdisjoint(sentence.terms) or (self.entity is not None and self.entity in sentence.entities)


@dataclass(slots=True)
class Scored:
    passage: Passage
    score: float
    coverage: float


def needs_of(words: list[str]) -> list[Need]:
    needs: dict[str, Need] = {}
    for word, stem in zip(words, stems(words)):
        form = form_for_term(word)
        entity = (form.kind, form.code) if form and form.kind in ("country", "organisation") else None
        key = f"{entity[0]}:{entity[1]}" if entity else stem
        needs.setdefault(key, Need(word, stem, entity, alternatives(stem)))
    return list(needs.values())


def counted_need(question: Question, needs: list[Need]) -> Need | None:
    """What "how many …" counts: its first word after "how many" that names no country or organisation."""
    counted = set(question.counted)
    return next((n for n in needs if n.word in counted and n.entity is None), None)


def idf(passages: list[Passage], match: Callable[[Passage], bool]) -> float:
    """Lucene's always-positive idf, as threads are small corpora."""
    df = sum(1 for p in passages if match(p))
    return math.log(1 + (len(passages) - df + 0.5) / (df + 0.5))


def bm25(passages: list[Passage], terms: list[frozenset[str]]) -> list[float]:
    """Okapi BM25 of each passage, read with its article's headline (a headline word counts HEADLINE_TF).

    A term is a group of stems counted as one ("died", "deaths", "killed"). So the words naming a story
    ("the Omo accord") lift all its sentences alike, and the detail decides.
    """
    if not passages or not terms:
        return [0.0] * len(passages)
    average = sum(p.sentence.length for p in passages) / len(passages)
    titles = [headline(p.article.title).terms for p in passages]
    idfs = {}
    for term in terms:
        df = sum(1 for p, title in zip(passages, titles) if not (term.isdisjoint(p.sentence.terms) and term.isdisjoint(title)))
        idfs[term] = math.log(1 + (len(passages) - df + 0.5) / (df + 0.5))
    scores = []
    for passage, title in zip(passages, titles):
        sentence, score = passage.sentence, 0.0
        norm = K1 * (1 - B + B * sentence.length / average)
        for term in terms:
            tf = sum(sentence.term_counts.get(stem, 0) for stem in term) + (0.0 if term.isdisjoint(title) else HEADLINE_TF)
            if tf:
                score += idfs[term] * tf * (K1 + 1) / (tf + norm)
        scores.append(score)
    return scores


def answers_type(passage: Passage, kind: str, needs_met: int, needs: int) -> bool:
    """Whether a sentence can answer this type of question at all: a count needs a number, a "why" a cause.

    A "why" answer may also be a sentence meeting every one of at least two needs (its cause left implicit).
    """
    sentence = passage.sentence
    if kind == "how_many":
        return sentence.has_number
    if kind == "why":
        return sentence.has_reason or (needs >= 2 and needs_met == needs)
    return True


def type_match(passage: Passage, kind: str) -> bool:
    sentence = passage.sentence
    return {
        "when": sentence.has_time,
        "how_many": sentence.has_number,
        "why": sentence.has_reason,
        "where": sentence.has_place,
        "who": bool(passage.speakers),
    }.get(kind, False)


def rank(
    passages: list[Passage], question: Question, needs: list[Need], preferred: Callable[[Passage], bool] | None = None
) -> list[Scored]:
    """Passages that meet at least half of the question's needs and can answer its type, best first.

    A need met only by the headline counts half: "who criticised the Omo accord?" names the story, then the detail;
    but the sentence itself must meet one need at least, or any sentence of a matching story would do.
    """
    terms = list(dict.fromkeys(n.stems for n in needs))
    raw = bm25(passages, terms)
    counted = counted_need(question, needs) if question.kind == "how_many" else None
    top = max(raw, default=0.0) or 1.0
    # Rare needs weigh more in coverage: in "who criticised the Omo accord?" the story's own words are everywhere.
    weights = [idf(passages, n.met_by) for n in needs]
    total_weight = sum(weights) or 1.0
    scored = []
    for passage, score in zip(passages, raw):
        coverage, in_sentence = 1.0, 0
        if needs:
            title = headline(passage.article.title)
            met = [1.0 if n.met_by(passage) else HEADLINE_CREDIT * n.met_by_sentence(title) for n in needs]
            coverage = sum(m * w for m, w in zip(met, weights)) / total_weight
            in_sentence = met.count(1.0)
            if not in_sentence:
                continue
        if coverage < MIN_COVERAGE or not answers_type(passage, question.kind, in_sentence, len(needs)):
            continue
        if counted is not None and not has_tied_number(passage.text, counted.stems):
            continue  # "how many died?" wants the number of the dead, not any number in a sentence on deaths
        total = score / top + coverage + (TYPE_BONUS if type_match(passage, question.kind) else 0.0)
        if preferred is not None and preferred(passage):
            total += SPEAKER_BONUS
        # Earlier sentences carry the news; a slight preference breaks ties between near-equals.
        total += 0.05 / (1 + passage.sentence.index)
        scored.append(Scored(passage, total, coverage))
    scored.sort(key=lambda s: (-s.score, s.passage.story_rank, s.passage.sentence.index))
    return scored
