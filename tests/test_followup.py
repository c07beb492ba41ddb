"""Follow-up questions: parsing, ranking and answers over fixture stories written for tests (no ../shared needed)."""
from __future__ import annotations

import pytest

from bot.followup import DATE_UNKNOWN, NOT_FOUND, WIDENED, answer_followup, is_followup_question
from bot.followup.question import parse_question, stems
from bot.render import plain_text
from bot.store import Store
from tests.test_followup_support import add, add_fixtures, conversation, fixture_articles, shown_sentences

# ---- telling follow-ups from commands ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["what did Lavrov say?", "who else commented?", "sources?", "more on the second one", "#2", "Lavrov", "when was this"]
)
def test_questions_and_requests_are_followups(text):
    assert is_followup_question(text)


@pytest.mark.parametrize(
    "text", ["", "   ", "latest China Russia", "summary", "who said what", "help", "/brief", "subscribe China 08:00", "thanks!", "ok"]
)
def test_commands_and_small_talk_are_not_followups(text):
    assert not is_followup_question(text)


# ---- reading the question ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, ordinal",
    [
        ("more on the second one", 1),
        ("#2", 1),
        ("what about story 3?", 2),
        ("the last story?", -1),
        ("more on the first", 0),
        ("What did the third article say about Iran?", 2),
        ("what happened last year?", None),
        ("who was the first to comment?", None),
        ("what did Lavrov say?", None),
    ],
)
def test_ordinals(text, ordinal):
    assert parse_question(text).ordinal == ordinal


@pytest.mark.parametrize(
    "text, kind",
    [
        ("when was this?", "when"),
        ("who signed it?", "who"),
        ("where was it signed?", "where"),
        ("why did they agree?", "why"),
        ("how many aircraft?", "how_many"),
        ("sources?", "sources"),
        ("who else commented?", "who_else"),
        ("more on the first one", "more"),
        ("what about BRICS?", "what"),
    ],
)
def test_question_kinds(text, kind):
    assert parse_question(text).kind == kind


def test_question_words_leave_out_question_and_reference_words():
    q = parse_question("What did he say about the Omo accord in the second one?")
    assert q.words == ["Omo", "accord"]
    assert q.person_pronoun and q.about_speech and q.ordinal == 1


@pytest.mark.parametrize(
    "text, speaks",
    [
        ("what did he say next?", True),
        ("did she respond to Kariuki?", True),
        ("and he added what?", True),
        ("what about him?", True),
        ("what did Trump say he would do?", False),  # "he" is Trump
        ("what did Lavrov say about his visit?", False),
        ("what is his position?", False),  # still "his": the focused person when no one is named
    ],
)
def test_pronoun_as_the_speaker(text, speaks):
    q = parse_question(text)
    assert q.speaker_pronoun is speaks and q.person_pronoun


def test_british_and_american_spellings_share_a_stem():
    assert stems(["apologise", "apologized", "criticised"]) == stems(["apologize", "apologised", "criticized"])


# ---- answers over fixture stories --------------------------------------------------------------


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('followup')}/t.sqlite3")
    stories = add_fixtures(store)
    yield store, stories
    store.close()


def thread_of(stories) -> list[int]:
    return [stories["omo"], stories["baltic"]]  # the Nile story is stored but not in this thread


def ask(store, convo, question):
    answer = answer_followup(store, convo, question)
    convo.focus = answer.focus
    return answer


def test_named_person_gets_their_statements_in_reading_order(world):
    store, stories = world
    answer = answer_followup(store, conversation(thread_of(stories)), "what did wekesa say?")
    shown = shown_sentences(answer)
    assert shown[0].startswith("The agreement sets aside 40 percent")
    assert shown[1].startswith("\"This accord protects the fishermen")
    assert len(shown) == 3
    assert all("Amina Wekesa" in item.note for item in answer.reply.items)
    assert answer.focus["person"] == "Amina Wekesa" and answer.story_ids == [stories["omo"]]
    # one item per article: her two sentences in the signing report share its headline
    assert [len(item.summary) for item in answer.reply.items] == [2, 1]
    assert plain_text(answer.reply).count("Kenya and Ethiopia sign Omo river water-sharing accord") == 1


def test_pronoun_continues_with_the_focused_person_then_says_when_there_is_no_more(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    ask(store, convo, "What did Wekesa say?")
    following = ask(store, convo, "what did she say next?")
    assert shown_sentences(following) == ["Wekesa said the joint commission would publish its first report in September."]
    done = ask(store, convo, "and what did she say after that?")
    assert done.reply.items == [] and "No further statements by Amina Wekesa" in done.reply.text


def test_named_person_in_an_ordinal_story_keeps_to_that_story(world):
    store, stories = world
    convo = conversation([stories["omo"], stories["baltic"], stories["nile"]])
    answer = answer_followup(store, convo, "what did the minister say in the third one?")
    assert answer.story_ids == [stories["nile"]]
    holt = answer_followup(store, convo, "what did Holt say in the second one?")
    assert {item.story_id for item in holt.reply.items} == {stories["baltic"]}


def test_pronoun_without_a_person_in_focus_asks_instead_of_guessing(world):
    store, stories = world
    answer = answer_followup(store, conversation(thread_of(stories)), "what did he say?")
    assert answer.reply.items == [] and answer.reply.kind == "error"
    assert "Name the person" in answer.reply.text


def test_who_else_leaves_out_the_focused_speaker(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    ask(store, convo, "what did Wekesa say?")
    answer = ask(store, convo, "who else commented?")
    assert "Wekesa" not in answer.reply.text
    assert "Joseph Kariuki" in answer.reply.text and "Maren Holt" not in answer.reply.text  # her story is another
    assert answer.reply.text.count("Gebremedhin") == 1  # also quoted by surname alone
    assert all("Wekesa" not in (item.note or "") for item in answer.reply.items)


def test_ordinal_scopes_the_question_and_out_of_range_is_explained(world):
    store, stories = world
    second = answer_followup(store, conversation(thread_of(stories)), "when was the second one?")
    assert [item.story_id for item in second.reply.items] == [stories["baltic"]]
    assert second.reply.items[0].date.strftime("%Y-%m-%d") == "2024-04-04"
    assert "on Thursday" in second.reply.items[0].summary[0]
    third = answer_followup(store, conversation(thread_of(stories)), "more on #3")
    assert third.reply.items == [] and "2 stories" in third.reply.text


def test_sources_lists_every_outlet_of_the_focused_story_and_its_headline_once(world):
    store, stories = world
    convo = conversation(thread_of(stories), {"story_ids": [stories["omo"]]})
    answer = ask(store, convo, "sources?")
    links = {source.link for item in answer.reply.items for source in item.sources}
    urls = {a["url"] for a in fixture_articles() if a["story"] == "omo"}
    assert links == urls
    shown = plain_text(answer.reply)
    assert "Test Wire" in shown and "Sample Daily" in shown
    assert shown.count(answer.reply.items[0].headline) == 1, shown


def test_the_core_s_focus_key_for_stories_is_understood(world):
    store, stories = world  # "who said what" stores {"stories": [...]}
    answer = answer_followup(store, conversation(thread_of(stories), {"stories": [stories["baltic"]]}), "sources?")
    assert [item.story_id for item in answer.reply.items] == [stories["baltic"]]


def test_this_refers_to_the_focused_story(world):
    store, stories = world
    convo = conversation(thread_of(stories), {"story_ids": [stories["baltic"]]})
    answer = ask(store, convo, "when was this?")
    assert [item.story_id for item in answer.reply.items] == [stories["baltic"]]


def test_question_the_thread_cannot_answer_widens_and_says_so(world):
    store, stories = world
    answer = answer_followup(store, conversation(thread_of(stories)), "what about the Grand Renaissance Dam?")
    assert answer.reply.text.startswith(WIDENED)
    assert answer.story_ids == [stories["nile"]]
    assert shown_sentences(answer)[0].startswith("Egypt and Sudan called on Ethiopia")


def test_question_nothing_answers_says_not_found(world):
    store, stories = world
    answer = answer_followup(store, conversation(thread_of(stories)), "what about the Antarctic krill quota?")
    assert answer.reply.text == NOT_FOUND and answer.reply.items == [] and answer.story_ids == []


def test_a_thread_without_stories_answers_from_the_store(world):
    store, stories = world
    answer = answer_followup(store, conversation([]), "how much will the Baltic patrol expansion cost?")
    assert any("150 million euros" in s for s in shown_sentences(answer))


def test_every_sentence_shown_is_verbatim_and_cited(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    for question in ["what about Lithuania?", "why was the deal reached?", "who criticised the deal?", "how many engineers?", "what did Holt say?"]:
        answer = ask(store, convo, question)
        assert answer.reply.items, question
        for item in answer.reply.items:
            article = store.get_articles([item.article_id])[0]
            assert item.link == article.url and item.outlet == article.outlet and item.date == article.published_at
            assert all(sentence in article.text for sentence in item.summary)


# ---- the reply shows each sentence once: text is a lead-in, the items carry the sentences ---------


@pytest.mark.parametrize(
    "questions",
    [
        ["what did Wekesa say?"],
        ["what about Lithuania?"],
        ["what did Holt say?", "who else commented?"],
        ["what about the Grand Renaissance Dam?"],
        ["when was the second one?"],
        ["more on the first one"],
    ],
)
def test_every_sentence_is_shown_once(world, questions):
    store, stories = world
    convo = conversation(thread_of(stories))
    for question in questions:
        answer = ask(store, convo, question)
    shown = shown_sentences(answer)
    assert shown
    rendered = plain_text(answer.reply)
    for sentence in shown:
        assert sentence not in answer.reply.text
        assert rendered.count(sentence) == 1, rendered
    assert len(answer.reply.text) < 120, answer.reply.text


# ---- the answer must fit the question: a count has a number, a "why" a cause ---------------------


@pytest.mark.parametrize(
    "questions",
    [
        ["how many countries?"],  # its only content word is generic
        ["which officials?"],
        ["why?"],  # nothing shown yet to ask about
        ["how many?"],
        ["what did Wekesa say?", "how many?"],
        ["why did Estonia agree?"],  # both words are in the Baltic story, no cause is
        ["how many fishermen live by Lake Turkana?"],  # the sentence naming them has no number
    ],
)
def test_questions_nothing_answers_say_not_found(world, questions):
    store, stories = world
    convo = conversation(thread_of(stories))
    for question in questions:
        answer = ask(store, convo, question)
    assert answer.reply.text == NOT_FOUND and answer.reply.items == []


def test_how_many_answers_with_a_number(world):
    store, stories = world
    answer = answer_followup(store, conversation(thread_of(stories)), "how many engineers are on the commission?")
    assert shown_sentences(answer) == ["A joint commission of twelve engineers will measure the river's flow every month."]


def test_bare_why_is_about_the_sentence_last_shown(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    ask(store, convo, "what did Ozola say?")
    answer = ask(store, convo, "why?")
    assert shown_sentences(answer) == [
        "Latvian Defence Minister Ilze Ozola said the move was needed because of repeated airspace violations over the past year."
    ]


# ---- dates: the publication date or "unknown", never the fetch time -------------------------------

UNDATED = (  # written for tests: an invented report whose source gave no publication date
    "Andean ministers resume border talks",
    "Foreign ministers of Peru and Bolivia resumed talks on their shared border in La Paz on Wednesday.\n\n"
    "The talks had been suspended for two years, officials said.",
)


@pytest.fixture()
def undated_store(tmp_path):
    store = Store(f"sqlite:///{tmp_path}/undated.sqlite3")
    _, story_id = add(store, *UNDATED, "https://test-wire.example/andean-talks", "Test Wire", None)
    yield store, story_id
    store.close()


def test_when_with_no_publication_date_says_so_and_quotes_the_time(undated_store):
    store, story_id = undated_store
    answer = answer_followup(store, conversation([story_id], {"story_ids": [story_id]}), "when was this?")
    assert answer.reply.text.startswith(DATE_UNKNOWN)
    assert shown_sentences(answer) == [UNDATED[1].split("\n\n")[0]]
    assert answer.reply.items[0].date is None
    fetched = store.get_articles([answer.reply.items[0].article_id])[0].fetched_at
    assert f"{fetched.day} {fetched:%b %Y}" not in plain_text(answer.reply)


def test_undated_sentences_are_cited_without_a_date(undated_store):
    store, story_id = undated_store
    answer = answer_followup(store, conversation([story_id]), "how long were the talks suspended?")
    assert shown_sentences(answer) == ["The talks had been suspended for two years, officials said."]
    assert answer.reply.items[0].date is None and answer.reply.items[0].link


def test_when_with_a_publication_date_gives_it(world):
    store, stories = world
    answer = answer_followup(store, conversation(thread_of(stories), {"story_ids": [stories["omo"]]}), "when was this?")
    assert answer.reply.text.startswith("Published 12 Mar 2024")  # the story's first report
    assert "on Tuesday" in shown_sentences(answer)[0]


# ---- people: "he"/"she" is the person in focus; "who else" leaves them out -------------------------


def test_speaking_pronoun_keeps_the_focused_person_even_when_another_speaker_is_named(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    ask(store, convo, "what did Wekesa say?")
    answer = ask(store, convo, "did she respond to Kariuki?")
    assert answer.focus["person"] == "Amina Wekesa"
    assert not any("Kariuki" in (item.note or "") for item in answer.reply.items)
    assert "Amina Wekesa" in answer.reply.text and NOT_FOUND in answer.reply.text


def test_speaking_pronoun_with_a_topic_ranks_the_focused_person_s_statements(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    ask(store, convo, "what did Wekesa say?")
    answer = ask(store, convo, "what did she say about fish stocks?")
    assert shown_sentences(answer) == ["Foreign Minister Amina Wekesa added that the accord would also cover fish stocks in Lake Turkana."]


def test_who_else_keeps_to_the_story_of_the_focused_speaker(world):
    store, stories = world
    convo = conversation(thread_of(stories))
    ask(store, convo, "what did Holt say?")
    answer = ask(store, convo, "who else commented?")
    assert answer.reply.text == "Also quoted: Ilze Ozola."
    assert {item.story_id for item in answer.reply.items} == {stories["baltic"]}
