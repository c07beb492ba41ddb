"""The Discord adapter's own protocol behaviour against the fake Discord, with a recording stand-in core.

Scenarios with the real core are in test_discord_e2e.py. Replies here are written for these tests.
"""
from __future__ import annotations

import asyncio
from datetime import datetime

import pytest

from adapters.discord import DiscordStartupError, run_discord
from bot.config import Settings
from bot.delivery import DeliveryError
from bot.messages import IncomingMessage, Reply, ReplyItem, SourceLink
from tests.conftest import require_shared
from tests.fakes.fake_discord import FakeDiscord, running_client, serving


class RecordingCore:
    """Stands in for DiploBrief: answers every message with one story and remembers linked threads."""

    def __init__(self, fake: FakeDiscord | None = None) -> None:
        self.fake = fake
        self.handled: list[IncomingMessage] = []
        self.deferred_before_handle: list[bool] = []
        self.links: list[tuple] = []
        self.delivery = None

    def register_delivery(self, delivery) -> None:
        self.delivery = delivery

    async def handle(self, message: IncomingMessage) -> Reply:
        self.handled.append(message)
        if self.fake is not None:
            self.deferred_before_handle.append(all(i.callbacks for i in self.fake.interactions.values()))
        item = ReplyItem(headline="Ministers meet", outlet="Example Wire", date=datetime(2024, 5, 1),
                         link="https://news.example/1", summary=["They met."],
                         sources=[SourceLink("Example Wire", "https://news.example/1")])
        return Reply(title=f"Answer to {message.text}", items=[item], thread=message.thread or "conv-1")

    async def link_thread(self, conversation, platform, workspace, channel, thread) -> None:
        self.links.append((conversation, platform, workspace, channel, thread))

    async def is_bot_thread(self, platform, workspace, channel, thread) -> bool:
        return any(link[2:] == (workspace, channel, thread) for link in self.links)

    async def autocomplete(self, prefix, kind=None, limit=25):
        return [name for name in ("China", "Chile", "Sergei Lavrov") if name.lower().startswith(prefix.lower())][:limit]


@pytest.fixture
async def fake():
    async with serving(require_shared("specs/discord/openapi.json")) as server:
        yield server
    assert server.violations == []


def original(fake: FakeDiscord, interaction) -> dict | None:
    message = fake.messages.get(interaction.original_id or "")
    return message if message and not message["flags"] & 128 else None


async def test_commands_are_registered_with_admin_ones_gated_by_manage_server(fake):
    async with running_client(RecordingCore(), fake):
        commands = {c["name"]: c for c in fake.commands}
    assert set(commands) == {"latest", "whosaid", "summary", "search", "digest", "sources", "subscriptions",
                             "help", "subscribe", "unsubscribe", "source"}
    manage_guild = str(1 << 5)
    for name in ("subscribe", "unsubscribe", "source"):
        assert str(commands[name]["default_member_permissions"]) == manage_guild, name
    for name in ("latest", "whosaid", "search", "help", "sources"):
        assert commands[name]["default_member_permissions"] is None, name
    assert {o["name"] for o in commands["source"]["options"]} == {"add", "remove"}
    assert [o.get("autocomplete", False) for o in commands["latest"]["options"]] == [True, True, False]  # topic, also, since


async def test_slash_command_defers_then_answers_and_opens_a_linked_thread(fake):
    core = RecordingCore(fake)
    async with running_client(core, fake):
        interaction = fake.slash("latest", [{"type": 3, "name": "topic", "value": "China"},
                                            {"type": 3, "name": "also", "value": "Russia"}])
        await fake.wait_until(lambda: core.links)
    assert interaction.callbacks[0]["type"] == 5  # deferred: Discord's 3-second deadline is never at risk
    assert core.deferred_before_handle == [True]
    [message] = core.handled
    assert (message.text, message.workspace, message.channel, message.thread, message.user_is_admin) == \
        ("latest China Russia", fake.guild_id, fake.channel_id, None, False)
    answer = original(fake, interaction)
    assert answer["embeds"][0]["title"] == "Answer to latest China Russia"
    [thread] = fake.threads()
    assert thread["id"] == answer["id"] and thread["parent_id"] == fake.channel_id
    assert core.links == [("conv-1", "discord", fake.guild_id, fake.channel_id, thread["id"])]


async def test_a_command_inside_a_bot_thread_is_a_follow_up_answered_there(fake):
    core = RecordingCore(fake)
    async with running_client(core, fake):
        fake.slash("latest", [])
        await fake.wait_until(lambda: core.links)
        thread_id = fake.threads()[0]["id"]
        interaction = fake.slash("whosaid", [{"type": 3, "name": "person", "value": "Sergei Lavrov"}],
                                 channel_id=thread_id)
        await fake.wait_until(lambda: original(fake, interaction))
    assert core.handled[-1].thread == thread_id and core.handled[-1].channel == fake.channel_id
    assert original(fake, interaction)["channel_id"] == thread_id
    assert len(fake.threads()) == 1 and len(core.links) == 1  # no second thread


async def test_autocomplete_offers_what_the_core_knows(fake):
    async with running_client(RecordingCore(), fake):
        interaction = fake.autocomplete("latest", [{"type": 3, "name": "topic", "value": "ch", "focused": True}])
        await fake.wait_until(lambda: interaction.callbacks)
    assert interaction.callbacks == [{"type": 8, "data": {"choices": [{"name": "China", "value": "China"},
                                                                       {"name": "Chile", "value": "Chile"}]}}]


async def test_admin_flag_comes_from_the_members_permissions(fake):
    core = RecordingCore(fake)
    async with running_client(core, fake):
        fake.slash("source", [{"type": 3, "name": "url", "value": "https://feeds.example/rss"}], subcommand="add",
                   admin=False)
        fake.slash("source", [{"type": 3, "name": "url", "value": "https://feeds.example/rss"}], subcommand="add",
                   admin=True, user_id="77")
        await fake.wait_until(lambda: len(core.handled) == 2)
    flags = {m.user: (m.text, m.user_is_admin) for m in core.handled}
    assert flags == {"4242": ("sources add https://feeds.example/rss", False),
                     "77": ("sources add https://feeds.example/rss", True)}


async def test_a_429_is_waited_out_and_the_answer_still_arrives(fake):
    core = RecordingCore(fake)
    fake.rate_limit_next("PATCH", r"/messages/@original$", retry_after=0.2)
    async with running_client(core, fake):
        interaction = fake.slash("digest", [])
        await fake.wait_until(lambda: core.links)
    edits = [r for r in fake.requests if r["method"] == "PATCH" and r["path"].endswith("/@original")]
    assert len(edits) == 2 and original(fake, interaction)["embeds"]


async def test_thread_messages_are_follow_ups_other_channels_are_ignored(fake):
    core = RecordingCore(fake)
    async with running_client(core, fake):
        fake.slash("latest", [])
        await fake.wait_until(lambda: core.links)
        thread_id = fake.threads()[0]["id"]
        fake.user_message(fake.channel_id, "chatter in the channel")
        fake.user_message(thread_id, "what did Lavrov say?")
        await fake.wait_until(lambda: len(fake.messages_in(thread_id)) == 2)
    assert [m.text for m in core.handled] == ["latest", "what did Lavrov say?"]
    assert core.handled[-1].thread == thread_id
    assert fake.messages_in(thread_id)[-1]["author"]["id"] == fake.bot_user["id"]


async def test_follow_up_in_an_uncached_thread_after_a_restart(fake):
    core = RecordingCore(fake)
    async with running_client(core, fake):
        fake.slash("latest", [])
        await fake.wait_until(lambda: core.links)
    thread_id = fake.threads()[0]["id"]
    fake.forget_threads_on_connect = True  # archived: not in GUILD_CREATE, so not in the new client's cache
    async with running_client(core, fake) as client:
        assert client.get_channel(int(thread_id)) is None
        fake.user_message(thread_id, "and Beijing?")
        await fake.wait_until(lambda: len(fake.messages_in(thread_id)) == 2)
    assert core.handled[-1].text == "and Beijing?" and core.handled[-1].channel == fake.channel_id
    assert any(r["method"] == "GET" and r["path"] == f"/channels/{thread_id}" for r in fake.requests)


async def test_without_the_message_content_intent_follow_ups_need_a_mention(fake):
    fake.allow_message_content = False
    core = RecordingCore(fake)
    settings = Settings.load(env={"DATABASE_URL": "sqlite://", "DISCORD_TOKEN": fake.token,
                                  "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url})
    runner = asyncio.create_task(run_discord(core, settings))
    try:
        await fake.wait_until(lambda: fake.sessions and fake.commands)
        assert fake.identify_count == 1 and not fake.sessions[0]["intents"] & (1 << 15)
        fake.slash("latest", [])
        await fake.wait_until(lambda: core.links)
        thread_id = fake.threads()[0]["id"]
        fake.user_message(thread_id, "not for the bot")
        fake.user_message(thread_id, "what did Lavrov say?", mention_bot=True)
        await fake.wait_until(lambda: len(fake.messages_in(thread_id)) == 3)
        await asyncio.sleep(0.1)
    finally:
        runner.cancel()
        with pytest.raises(asyncio.CancelledError):
            await runner
    assert [m.text for m in core.handled] == ["latest", "what did Lavrov say?"]


async def test_a_bad_token_is_one_clear_error(fake):
    settings = Settings.load(env={"DATABASE_URL": "sqlite://", "DISCORD_TOKEN": "not-the-token",
                                  "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url})
    with pytest.raises(DiscordStartupError) as error:
        await asyncio.wait_for(run_discord(RecordingCore(), settings), 10)
    assert "DISCORD_TOKEN" in str(error.value) and "\n" not in str(error.value)


async def test_delivery_posts_a_message_that_opens_a_thread_and_reports_failures(fake):
    core = RecordingCore(fake)
    reply = Reply(title="Daily digest", items=[ReplyItem(headline=f"Story {n}", summary=["x " * 400]) for n in range(12)],
                  kind="digest")
    async with running_client(core, fake):
        fake.rate_limit_next("POST", rf"/channels/{fake.channel_id}/messages$", retry_after=0.1)
        root = await core.delivery.post(fake.guild_id, fake.channel_id, reply)
        with pytest.raises(DeliveryError):
            await core.delivery.post(fake.guild_id, "999", reply)  # unknown channel
    [thread] = fake.threads()
    assert root == thread["id"]
    assert [m["id"] for m in fake.messages_in(fake.channel_id)] == [root]  # 429 retried, posted once
    assert fake.messages_in(thread["id"])  # the continuation went into the thread


async def test_the_fake_rejects_what_discord_would(fake):
    """Guard for every other test here: the fake's spec and limit checks do fail bad requests."""
    import discord

    async with running_client(RecordingCore(), fake) as client:
        channel = client.get_partial_messageable(int(fake.channel_id))
        with pytest.raises(discord.HTTPException) as too_long:
            await channel.send(embed=discord.Embed(title="x" * 257))
        with pytest.raises(discord.HTTPException) as too_many:
            await channel.send(embeds=[discord.Embed(description="y" * 4000), discord.Embed(description="z" * 2001)])
        with pytest.raises(discord.HTTPException):
            await client.http.request(discord.http.Route("POST", "/channels/{channel_id}/messages",
                                                         channel_id=fake.channel_id), json={"content": 5})
    assert too_long.value.status == 400 and too_long.value.code == 50035
    assert "256" in str(too_long.value) or "too long" in str(too_long.value)
    assert "6000" in str(too_many.value)
    assert any("embeds[0].title is 257 characters" in v for v in fake.violations)
    assert any("InvalidRequestBody" in v and "5 is not of type" in v for v in fake.violations)
    fake.violations.clear()


async def test_keyed_digest_posts_once_and_is_found_after_a_crash(fake):
    core = RecordingCore(fake)
    reply = Reply(title="Daily digest: China", items=[ReplyItem(headline="Story", summary=["One."])], kind="digest")
    async with running_client(core, fake):
        assert await core.delivery.find_posted(fake.guild_id, fake.channel_id, "diplobrief-digest-1-2024-05-02") is None
        root = await core.delivery.post_keyed(fake.guild_id, fake.channel_id, reply, "diplobrief-digest-1-2024-05-02")
        again = await core.delivery.post_keyed(fake.guild_id, fake.channel_id, reply, "diplobrief-digest-1-2024-05-02")
        found = await core.delivery.find_posted(fake.guild_id, fake.channel_id, "diplobrief-digest-1-2024-05-02")
        other = await core.delivery.find_posted(fake.guild_id, fake.channel_id, "diplobrief-digest-1-2024-05-03")
    assert root == again == found and other is None
    assert len(fake.messages_in(fake.channel_id)) == 1 and [t["id"] for t in fake.threads()] == [root]


async def test_a_digest_whose_thread_cannot_be_opened_still_counts_as_posted(fake):
    core = RecordingCore(fake)
    reply = Reply(title="Daily digest", items=[ReplyItem(headline="Story", summary=["One."])], kind="digest")
    fake.forbid_next("POST", r"/threads$")
    async with running_client(core, fake):
        root = await core.delivery.post_keyed(fake.guild_id, fake.channel_id, reply, "k-1")
        assert fake.threads() == []
        # after a crash the outbox asks again: the post is found and its thread opened
        assert await core.delivery.find_posted(fake.guild_id, fake.channel_id, "k-1") == root
    assert [m["id"] for m in fake.messages_in(fake.channel_id)] == [root]
    assert [t["id"] for t in fake.threads()] == [root]
