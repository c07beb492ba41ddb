"""The core end to end through the console adapter (the in-memory adapter), on SQLite and PostgreSQL.

The seed article comes from ../shared; the other articles here are fixtures written for these tests.
"""
from __future__ import annotations

import pytest

from adapters.console import ConsoleAdapter
from bot.app import DiploBrief
from bot.messages import IncomingMessage
from tests.conftest import make_settings

BOILERPLATE = ["Início »", "*With Xinhua", "Contact Us", "Generalist media", "Plataforma Studio", "Subscribe Plataforma Newsletter"]

FIXTURE_ARTICLE = """EU and ASEAN ministers agree to expand maritime cooperation

European Union and ASEAN foreign ministers agreed on Friday in Jakarta to expand cooperation on maritime security and fisheries.

"We share an interest in free and open sea lanes," said EU foreign policy chief Maria Lindqvist.

Indonesian Foreign Minister Ratna Sari said the partnership would be reviewed next year.
"""


@pytest.fixture
async def core(database_url):
    core = await DiploBrief.open(make_settings(database_url, DIPLOBRIEF_LOAD_SAMPLE="false"))
    yield core
    await core.close()


@pytest.fixture
async def seeded(core, seed_path):
    report = await core.ingest([str(seed_path)])
    assert len(report.added) == 1, report.failures
    return core


async def test_latest_china_russia_answers_with_the_seed(seeded):
    chat = ConsoleAdapter(seeded)
    for phrasing in ["latest China Russia", "latest China and Russia", "latest Chinese Russian", "latest china-russia"]:
        reply = await chat.send(phrasing)
        assert len(reply.items) == 1, phrasing
        item = reply.items[0]
        assert item.headline == "China calls for intensified strategic coordination with Russia"
        assert item.outlet.startswith("Plataforma") and "Xinhua" in item.outlet
        assert 2 <= len(item.summary) <= 3
        assert reply.thread


async def test_seed_is_stored_once_clean_and_tagged(seeded, seed_path):
    again = await seeded.ingest([str(seed_path)])
    assert again.added == [] and len(again.duplicates) == 1
    [article] = seeded.store.get_articles(seeded.store.article_ids())
    for line in BOILERPLATE:
        assert line not in article.text
    assert not article.text.startswith(article.title)
    assert article.credits == ["Xinhua"]
    codes = {code for (kind, code) in seeded.store.entities_of([article.id])[article.id] if kind == "country"}
    assert {"CN", "RU"} <= codes
    # every summary sentence is verbatim from the stored text
    assert all(sentence in article.text for sentence in article.summary)


async def test_who_said_what_and_what_did_lavrov_say(seeded):
    chat = ConsoleAdapter(seeded)
    reply = await chat.send("who said what")
    speakers = {q.speaker for item in reply.items for q in item.quotes}
    assert {"Wang Yi", "Sergei Lavrov"} <= speakers and "Vladimir Putin" not in speakers
    reply = await chat.send("What did LAVROV say?")
    texts = [q.text for item in reply.items for q in item.quotes]
    assert len(texts) == 3 and any("firmly adheres to the one-China principle" in t for t in texts)
    about = await chat.send("who said what about BRICS")
    assert all("BRICS" in q.text for item in about.items for q in item.quotes)


async def test_a_follow_up_in_the_thread_uses_its_stories(seeded):
    chat = ConsoleAdapter(seeded)
    root = await chat.send("latest China Russia")
    reply = await chat.send("what did Lavrov say?", thread=root.thread)
    assert reply.thread == root.thread
    shown = " ".join([reply.text] + [s for i in reply.items for s in i.summary] + [q.text for i in reply.items for q in i.quotes])
    assert "Russia firmly adheres to the one-China principle" in shown


async def test_unknown_and_empty_commands_get_help_not_errors(core):
    chat = ConsoleAdapter(core)
    for text in ["", "flibbertigibbet wozzle", "!!!", "summary", "latest China since whenever", "latest China since 99999999 days",
                 "summary 99999999999999999999999", "subscribe China at 12:60", "what did he say?"]:  # fmt: skip
        reply = await chat.send(text)
        assert reply.kind in {"help", "error", "empty"}, text
        assert "went wrong" not in reply.text and reply.text, text


async def test_pronoun_questions_in_a_thread_follow_its_conversation(seeded):
    chat = ConsoleAdapter(seeded)
    root = await chat.send("what did Lavrov say")
    reply = await chat.send("what did he say?", thread=root.thread)
    assert reply.kind != "error" and reply.thread == root.thread
    shown = " ".join([reply.text] + [s for i in reply.items for s in i.summary] + [q.text for i in reply.items for q in i.quotes])
    assert "Russia" in shown and "No statements by 'he'" not in shown


async def test_what_did_widens_beyond_the_thread_and_says_so(seeded, tmp_path):
    fixture = tmp_path / "eu-asean.txt"
    fixture.write_text(FIXTURE_ARTICLE, encoding="utf-8")
    await seeded.ingest([str(fixture)])
    chat = ConsoleAdapter(seeded)
    root = await chat.send("latest ASEAN")
    reply = await chat.send("what did Lavrov say", thread=root.thread)
    assert reply.text.startswith("Not in these stories")
    assert any("one-China principle" in q.text for i in reply.items for q in i.quotes)


PASSING_MENTION = """Melbourne council approves new cycling lanes

Melbourne's city council voted on Tuesday to build twelve kilometres of protected cycling lanes in the city centre.

The lord mayor said the network would be finished within three years and paid for from parking revenue.

Critics argued that the council had planned the project with a secrecy worthy of NATO, but the vote passed eight to three.
"""


async def test_latest_lists_stories_about_the_topic_not_passing_mentions(seeded, tmp_path):
    (tmp_path / "asean.txt").write_text(FIXTURE_ARTICLE, encoding="utf-8")
    (tmp_path / "cycling.txt").write_text(PASSING_MENTION, encoding="utf-8")
    report = await seeded.ingest([str(tmp_path / "asean.txt"), str(tmp_path / "cycling.txt")])
    assert len(report.added) == 2
    chat = ConsoleAdapter(seeded)
    assert (await chat.send("latest NATO")).items == []
    headlines = [i.headline for i in (await chat.send("latest")).items]
    assert "EU and ASEAN ministers agree to expand maritime cooperation" in headlines
    assert "Melbourne council approves new cycling lanes" not in headlines  # not diplomatic news


async def test_nothing_found_is_said_plainly(seeded):
    reply = await ConsoleAdapter(seeded).send("latest Brazil Argentina")
    assert reply.items == [] and "not found in the stored articles" in reply.text.lower()


async def test_admin_commands_are_refused_to_other_users(core):
    message = IncomingMessage("slack", "T1", "C1", "U-not-admin", "subscribe China at 08:00")
    reply = await core.handle(message)
    assert reply.kind == "error" and "admin" in reply.text
    assert core.store.subscriptions("slack", "T1", "C1") == []
    admin = IncomingMessage("slack", "T1", "C1", "U-admin", "subscribe China at 08:00 Europe/Lisbon", user_is_admin=True)
    assert (await core.handle(admin)).kind == "ack"
    [subscription] = core.store.subscriptions("slack", "T1", "C1")
    assert (subscription.at_time, subscription.timezone, subscription.topics) == ("08:00", "Europe/Lisbon", ["country:CN"])


async def test_every_reply_records_its_stories_in_its_thread(seeded, tmp_path):
    fixture = tmp_path / "eu-asean.txt"
    fixture.write_text(FIXTURE_ARTICLE, encoding="utf-8")
    await seeded.ingest([str(fixture)])
    chat = ConsoleAdapter(seeded)
    reply = await chat.send("latest ASEAN")
    assert [i.headline for i in reply.items] == ["EU and ASEAN ministers agree to expand maritime cooperation"]
    conversation = seeded.store.get_conversation("console", "local", "console", reply.thread)
    assert conversation.story_ids == [reply.items[0].story_id]
    # a platform thread id replaces the provisional one
    await seeded.link_thread(reply.thread, "console", "local", "console", "platform-ts-1")
    assert await seeded.is_bot_thread("console", "local", "console", "platform-ts-1")


async def test_embedded_sample_loads_into_an_empty_database(tmp_path):
    core = await DiploBrief.open(make_settings(f"sqlite:///{tmp_path / 'fresh.sqlite3'}"))
    try:
        reply = await ConsoleAdapter(core).send("latest China Russia")
        assert reply.items and "China" in reply.items[0].headline
    finally:
        await core.close()


async def test_a_page_that_failed_to_store_is_fetched_again_not_skipped(core, monkeypatch):
    """Conditional GET must not lose an article: validators are kept only once the article is stored."""
    from bot.pipeline import ArticleWriter
    from tests.fixtures.ingest.local_server import start_server

    server, runner = await start_server()
    try:
        url = server.url("/etag.html")
        real_write = ArticleWriter.write
        calls = []

        def failing_once(self, draft, source_id=None):
            calls.append(draft.url)
            if len(calls) == 1:
                raise RuntimeError("database went away")
            return real_write(self, draft, source_id)

        monkeypatch.setattr(ArticleWriter, "write", failing_once)
        first = await core.ingest([url])
        second = await core.ingest([url])
        third = await core.ingest([url])
    finally:
        await runner.cleanup()
    assert len(first.failures) == 1 and first.added == []
    assert len(second.added) == 1  # fetched in full again, and stored
    assert third.added == [] and third.failures == []  # now a 304: nothing to do
    assert [r.if_none_match for r in server.requests if r.path == "/etag.html"] == [None, None, '"v1"']
