"""Counting questions: inflections and near-synonyms of the counted noun, a number tied to it, and widening
only to stories on the thread's subject. Articles are fixtures written for tests (tests/fixtures/followup/quantities.json)."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bot.followup import NOT_FOUND, WIDENED, answer_followup
from bot.followup.quantities import has_tied_number
from bot.followup.question import parse_question, stems
from bot.followup.ranking import counted_need, needs_of
from bot.store import Store
from tests.test_followup_support import add, conversation, shown_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "followup" / "quantities.json"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('quantities')}/q.sqlite3")
    stories, texts = {}, {}
    for article in json.loads(FIXTURES.read_text(encoding="utf-8"))["articles"]:
        _, stories[article["key"]] = add(
            store, article["title"], article["text"], article["url"], article["outlet"], datetime.fromisoformat(article["published"])
        )
        texts[article["key"]] = article["text"]
    yield store, stories, texts
    store.close()


def ask(world, question: str):
    store, stories, _ = world
    return answer_followup(store, conversation([stories["crush"]]), question)


def sentence_of(world, key: str, words: str) -> str:
    found = [s for s in world[2][key].split("\n\n") if words in s]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "question, words",
    [
        ("how many died?", "at least 31 people dead"),
        ("how many people were killed?", "at least 31 people dead"),
        ("what was the number of fatalities?", "at least 31 people dead"),
        ("how many were injured?", "120 spectators were wounded"),
        ("how many were arrested?", "detained four organisers"),
    ],
)
def test_the_thread_answers_with_another_form_of_the_counted_word(world, question, words):
    answer = ask(world, question)
    assert not answer.reply.text.startswith(WIDENED), answer.reply.text
    assert shown_sentences(answer)[0] == sentence_of(world, "crush", words)


def test_widening_keeps_to_stories_sharing_the_thread_s_country(world):
    # Both stored stories report displaced people; only the Malawi one is on the thread's subject.
    answer = ask(world, "how many were displaced?")
    assert answer.reply.text.startswith(WIDENED)
    assert shown_sentences(answer) == [sentence_of(world, "floods", "8,500 families")]


def test_widening_to_an_unrelated_story_says_not_found(world):
    answer = ask(world, "how many passengers did the ferry carry?")  # only the Peruvian ferry story says
    assert answer.reply.text == NOT_FOUND and answer.reply.items == []


def test_a_thread_without_stories_may_answer_from_any_stored_story(world):
    store, stories, _ = world
    answer = answer_followup(store, conversation([]), "how many passengers did the ferry carry?")
    assert shown_sentences(answer) == [sentence_of(world, "ferry", "60 passengers")]


def test_near_synonyms_share_a_need():
    need = needs_of(["died"])[0]
    assert set(stems(["deaths", "dead", "killed", "fatalities"])) <= need.stems
    assert not set(stems(["wounded", "arrested"])) & need.stems


def test_the_counted_word_is_the_noun_after_how_many_not_the_country():
    question = parse_question("how many Syrian refugees does Turkey have?")
    assert counted_need(question, needs_of(question.words)).word == "refugees"
    assert parse_question("what about Turkey?").counted == []


@pytest.mark.parametrize(
    "text, tied",
    [
        ("The crush resulted in at least 56 deaths, officials said.", True),
        ("Hundreds died in the fighting.", True),
        ("The death toll rose to 56 on Monday.", True),
        ("He died at the age of 55 on Monday.", False),
        ("The former president died aged 55.", False),
        ("A 36-year-old man was arrested on Friday.", False),
        ("He was killed on January 3 in an airstrike.", False),
        ("She died in 2019.", False),
        ("The talks lasted 12 hours, and a week later the envoy's elderly father died.", False),
    ],
)
def test_a_count_must_stand_by_the_counted_word(text, tied):
    assert has_tied_number(text, needs_of(["died"])[0].stems) is tied
