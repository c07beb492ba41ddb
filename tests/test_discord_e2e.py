"""End to end: the real core (temp SQLite, bundled sample = the seed article) behind the real discord.py
client, talking to the fake Discord. Every REST request is checked against Discord's OpenAPI spec."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from bot.app import SAMPLE_DIR, DiploBrief
from tests.conftest import make_settings, require_shared
from tests.fakes.fake_discord import FakeDiscord, running_client, serving

SEED_HEADLINE = "China calls for intensified strategic coordination with Russia"
@pytest.fixture
async def fake():
    async with serving(require_shared("specs/discord/openapi.json")) as server:
        yield server
    assert server.violations == []


@pytest.fixture
async def settings(tmp_path):
    """A store holding the bundled seed article re-dated to now: it has no publication date of its own,
    and an undated article falls outside every digest window."""
    settings = make_settings(f"sqlite:///{tmp_path / 'discord.sqlite3'}", DIPLOBRIEF_LOAD_SAMPLE="false")
    [sample] = SAMPLE_DIR.glob("*.txt")
    title, _, text = sample.read_text(encoding="utf-8").partition("\n")
    record = tmp_path / "seed-today.json"
    record.write_text(json.dumps({"title": title.split("»")[-1].strip(), "text": text, "url": "https://example.org/seed",
                                  "outlet": "Plataforma", "date": datetime.now(timezone.utc).isoformat()}), encoding="utf-8")  # fmt: skip
    core = await DiploBrief.open(settings)
    try:
        assert (await core.ingest([str(record)])).added
    finally:
        await core.close()
    return settings


@pytest.fixture
async def core(settings):
    core = await DiploBrief.open(settings)
    yield core
    await core.close()


def answer_of(fake: FakeDiscord, interaction) -> dict | None:
    message = fake.messages.get(interaction.original_id or "")
    return message if message and not message["flags"] & 128 else None


def text_of(message: dict) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or "", (embed.get("footer") or {}).get("text", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields") or []]
    return "\n".join(parts)


def next_noon() -> datetime:
    """A digest time within a day of now (so the sample, stored now, is in its window), far from midnight."""
    wall = datetime.now(timezone.utc) + timedelta(minutes=1)
    noon = wall.replace(hour=12, minute=0, second=0, microsecond=0)
    return noon if noon > wall else noon + timedelta(days=1)


def opt(name: str, value, kind: int = 3) -> dict:
    return {"type": kind, "name": name, "value": value}


async def ask(fake: FakeDiscord, name: str, options=None, **kwargs) -> dict:
    interaction = fake.slash(name, options, **kwargs)
    return await fake.wait_until(lambda: answer_of(fake, interaction))


async def test_each_command_answers_and_answers_open_linked_threads(fake, core):
    async with running_client(core, fake):
        latest = await ask(fake, "latest", [opt("topic", "China"), opt("also", "Russia")])
        await fake.wait_until(lambda: latest["id"] in fake.channels)
        whosaid = await ask(fake, "whosaid", [opt("person", "Wang Yi")])
        summary = await ask(fake, "summary", [opt("story", 1, kind=4)])
        search = await ask(fake, "search", [opt("query", "coordination")])
        digest = await ask(fake, "digest")
        sources = await ask(fake, "sources")
        subscriptions = await ask(fake, "subscriptions")
        help_ = await ask(fake, "help")
        await fake.wait_until(lambda: all(m["id"] in fake.channels for m in (whosaid, summary, search, digest)))
    assert SEED_HEADLINE in text_of(latest) and "Plataforma" in text_of(latest)
    assert "Wang Yi" in text_of(whosaid) and "\n> " in text_of(whosaid)  # quotes, attributed
    assert SEED_HEADLINE in text_of(summary)
    assert SEED_HEADLINE in text_of(search)
    assert SEED_HEADLINE in text_of(digest)
    assert "news.un.org" in text_of(sources)
    assert "subscribe" in text_of(subscriptions).lower()
    assert "latest" in text_of(help_)
    for answer in (latest, whosaid, summary, search, digest):  # answers with stories open a thread each
        thread = fake.channels[answer["id"]]
        assert thread["parent_id"] == fake.channel_id
        assert await core.is_bot_thread("discord", fake.guild_id, fake.channel_id, thread["id"])
    assert help_["id"] not in fake.channels and sources["id"] not in fake.channels


async def test_autocomplete_offers_what_the_store_knows(fake, core):
    async with running_client(core, fake):
        topic = fake.autocomplete("latest", [{"type": 3, "name": "topic", "value": "Chi", "focused": True}])
        person = fake.autocomplete("whosaid", [{"type": 3, "name": "person", "value": "wan", "focused": True}])
        await fake.wait_until(lambda: topic.callbacks and person.callbacks)
    assert "China" in [c["value"] for c in topic.callbacks[0]["data"]["choices"]]
    assert [c["value"] for c in person.callbacks[0]["data"]["choices"]] == ["Wang Yi"]


async def test_follow_up_in_the_thread_is_answered_there_also_after_a_restart(fake, settings):
    core = await DiploBrief.open(settings)
    try:
        async with running_client(core, fake):
            latest = await ask(fake, "latest", [opt("topic", "China"), opt("also", "Russia")])
            thread_id = await fake.wait_until(lambda: latest["id"] in fake.channels and latest["id"])
            await fake.wait_until(lambda: core.store.get_conversation("discord", fake.guild_id, fake.channel_id, thread_id))
            fake.user_message(thread_id, "what did Wang Yi say?")
            first = await fake.wait_until(lambda: fake.bot_messages_in(thread_id))
    finally:
        await core.close()
    assert "Wang Yi" in text_of(first[0]) and "Plataforma" in text_of(first[0])

    fake.forget_threads_on_connect = True  # after the restart the thread is archived: not cached
    core = await DiploBrief.open(settings)
    try:
        async with running_client(core, fake) as client:
            assert client.get_channel(int(thread_id)) is None
            fake.user_message(thread_id, "what did Lavrov say?", mention_bot=True)
            after = await fake.wait_until(lambda: fake.bot_messages_in(thread_id)[1:])
    finally:
        await core.close()
    assert "Plataforma" in text_of(after[0]) or "Lavrov" in text_of(after[0])
    assert fake.messages_in(fake.channel_id) == [latest]  # nothing leaked into the channel


async def test_digest_at_its_time_is_posted_once_across_a_crash_and_restart(fake, settings):
    at = next_noon()
    now = at + timedelta(minutes=1)  # the fake clock: just after the digest's time
    core = await DiploBrief.open(settings)
    try:
        async with running_client(core, fake):
            ack = await ask(fake, "subscribe", [opt("topic", "China"), opt("time", at.strftime("%H:%M")),
                                                opt("timezone", "UTC")], admin=True)
            assert "China" in text_of(ack) and core.store.subscriptions(platform="discord")
            assert await core.run_due_digests(at - timedelta(minutes=1)) == []  # not yet due

            delivery = core.deliveries["discord"]
            post_keyed = delivery.post_keyed

            async def post_then_crash(*args, **kwargs):
                await post_keyed(*args, **kwargs)
                raise RuntimeError("process died before recording the post")

            delivery.post_keyed = post_then_crash
            with pytest.raises(RuntimeError):
                await core.run_due_digests(now)
    finally:
        await core.close()
    roots = [m for m in fake.messages_in(fake.channel_id) if m["id"] != ack["id"]]
    assert len(roots) == 1 and "Daily digest" in text_of(roots[0]) and SEED_HEADLINE in text_of(roots[0])

    core = await DiploBrief.open(settings)  # restart: the outbox row was left "sending"
    try:
        async with running_client(core, fake):
            results = await core.run_due_digests(now)
            assert [r.message_id for r in results] == [roots[0]["id"]]
            assert await core.run_due_digests(now + timedelta(hours=1)) == []
            fake.user_message(roots[0]["id"], "what did Wang Yi say?")  # follow-up in the digest's thread
            reply = await fake.wait_until(lambda: fake.bot_messages_in(roots[0]["id"]))
    finally:
        await core.close()
    assert [m["id"] for m in fake.messages_in(fake.channel_id) if m["id"] != ack["id"]] == [roots[0]["id"]]
    assert "Wang Yi" in text_of(reply[0])


async def test_a_429_on_the_digest_post_is_waited_out_then_posted_once(fake, core):
    at = next_noon()
    async with running_client(core, fake):
        ack = await ask(fake, "subscribe", [opt("topic", "Russia"), opt("time", at.strftime("%H:%M")),
                                            opt("timezone", "UTC")], admin=True)
        fake.rate_limit_next("POST", rf"/channels/{fake.channel_id}/messages$", retry_after=0.3)
        results = await core.run_due_digests(at + timedelta(minutes=1))
    posts = [r for r in fake.requests if r["method"] == "POST" and r["path"] == f"/channels/{fake.channel_id}/messages"]
    assert len(posts) == 2  # the 429, then the retry
    [result] = results
    assert result.outcome == "posted"
    assert [m["id"] for m in fake.messages_in(fake.channel_id) if m["id"] != ack["id"]] == [result.message_id]


async def test_a_non_admin_is_refused_admin_commands(fake, core):
    async with running_client(core, fake):
        refused = await ask(fake, "subscribe", [opt("topic", "China")], admin=False)
        refused_source = await ask(fake, "source", [opt("url", "https://feeds.example/rss.xml")], subcommand="add")
        allowed = await ask(fake, "subscribe", [opt("topic", "China")], admin=True, user_id="99")
    for message in (refused, refused_source):
        assert "admin" in text_of(message).lower() and message["embeds"] == []
    assert "Subscribed" in text_of(allowed)
    assert len(core.store.subscriptions(platform="discord")) == 1
    assert "feeds.example" not in " ".join(str(s) for s in core.store.list_sources())
