"""The discord.py client: slash commands, thread follow-ups and digest delivery.

Commands are top-level (/latest, /whosaid, ...) rather than one /brief group because Discord applies
`default_member_permissions` per top-level command only: a group could not hide its admin
subcommands from everyone else. Every answer defers first (Discord's 3-second deadline), then edits
the deferred message and opens a thread under it, which the core links to the conversation.
"""
from __future__ import annotations

import hashlib
import logging
from typing import Any

import aiohttp
import discord
from discord import app_commands

from adapters.discord.render import OutgoingMessage, render_reply, thread_name
from adapters.discord.translate import PLATFORM, command_text, incoming, strip_bot_mention
from bot.delivery import DeliveryError
from bot.messages import Reply

log = logging.getLogger(__name__)

THREAD_KINDS = {"answer", "digest"}  # replies worth follow-up questions get a thread
ARCHIVE_AFTER_MINUTES = 1440
ADMIN = discord.Permissions(manage_guild=True)
SINCE_HELP = "yesterday, 3 days, last week or a date like 2026-01-31"


def intents(message_content: bool) -> discord.Intents:
    chosen = discord.Intents.none()
    chosen.guilds = True  # channel and thread cache
    chosen.guild_messages = True  # follow-ups in threads
    chosen.message_content = message_content  # privileged: without it, follow-ups need an @mention
    return chosen


class DiploBriefClient(discord.Client):
    def __init__(self, core: Any, *, message_content: bool = True, application_id: str | None = None,
                 guild_ready_timeout: float = 2.0) -> None:
        super().__init__(
            intents=intents(message_content),
            application_id=int(application_id) if application_id else None,
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=guild_ready_timeout,
        )
        self.core = core
        self.tree = app_commands.CommandTree(self)
        self._thread_parents: dict[int, int] = {}  # uncached thread id -> parent channel id
        add_commands(self)

    async def setup_hook(self) -> None:
        self.core.register_delivery(DiscordDelivery(self))
        await self.tree.sync()

    # -- slash commands --------------------------------------------------------------------

    async def answer(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.response.defer(thinking=True)
        channel = interaction.channel
        parent_id, asked_in_thread = interaction.channel_id, None
        if isinstance(channel, discord.Thread):
            parent_id, asked_in_thread = channel.parent_id, channel.id
        workspace = str(interaction.guild_id) if interaction.guild_id else None
        follow_up = bool(asked_in_thread and workspace and await self.core.is_bot_thread(
            PLATFORM, workspace, str(parent_id), str(asked_in_thread)))
        message = incoming(guild_id=interaction.guild_id, channel_id=parent_id, user_id=interaction.user.id,
                           text=text, thread_id=asked_in_thread if follow_up else None,
                           permissions=interaction.permissions)
        reply = await self.core.handle(message)
        first, *rest = render_reply(reply)
        root = await interaction.edit_original_response(**first.kwargs())
        wants_thread = reply.kind in THREAD_KINDS and reply.thread and workspace
        if asked_in_thread:
            for part in rest:
                await interaction.followup.send(**part.kwargs())
            if wants_thread and not follow_up:
                await self.core.link_thread(reply.thread, PLATFORM, workspace, str(parent_id), str(asked_in_thread))
            return
        thread_id = None
        if wants_thread:
            thread_id = await self.open_thread(parent_id, root.id, reply)
            await self.core.link_thread(reply.thread, PLATFORM, workspace, str(parent_id), str(thread_id))
        target = self.get_partial_messageable(thread_id or parent_id, guild_id=interaction.guild_id)
        for part in rest:
            await target.send(**part.kwargs())

    async def open_thread(self, channel_id: int, message_id: int, reply: Reply) -> int:
        data = await self.http.start_thread_with_message(
            channel_id, message_id, name=thread_name(reply), auto_archive_duration=ARCHIVE_AFTER_MINUTES)
        return int(data["id"])

    async def topic_choices(self, current: str, kind: str | None = None) -> list[app_commands.Choice[str]]:
        names = await self.core.autocomplete(current, kind=kind, limit=25)
        return [app_commands.Choice(name=name[:100], value=name[:100]) for name in names[:25]]

    # -- follow-ups in threads -------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None or self.user is None:
            return
        text = strip_bot_mention(message.content, self.user.id)
        if not text:  # without the message-content intent, only @mentions carry text
            return
        parent_id = await self.thread_parent(message.channel)
        if parent_id is None:
            return
        workspace, thread_id = str(message.guild.id), message.channel.id
        if not await self.core.is_bot_thread(PLATFORM, workspace, str(parent_id), str(thread_id)):
            return
        permissions = getattr(message.author, "guild_permissions", None)
        reply = await self.core.handle(incoming(guild_id=message.guild.id, channel_id=parent_id,
                                                user_id=message.author.id, text=text, thread_id=thread_id,
                                                permissions=permissions))
        for part in render_reply(reply):
            await message.channel.send(**part.kwargs())

    async def thread_parent(self, channel: Any) -> int | None:
        """Parent channel of a thread, fetching threads the cache does not know (e.g. after a restart)."""
        if isinstance(channel, discord.Thread):
            return channel.parent_id
        if not isinstance(channel, discord.PartialMessageable):
            return None  # a text channel: not a thread
        if channel.id not in self._thread_parents:
            try:
                fetched = await self.fetch_channel(channel.id)
            except discord.HTTPException as error:
                log.warning("discord: cannot look up channel %s: %s", channel.id, error)
                return None
            if not isinstance(fetched, discord.Thread):
                return None
            self._thread_parents[channel.id] = fetched.parent_id
        return self._thread_parents[channel.id]

    async def on_app_command_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("discord: /%s failed: %s", interaction.command and interaction.command.name, error)


class DiscordDelivery:
    """Posts scheduled digests: one message (opening a thread for follow-ups), continuations inside it.

    Keyed posts carry a nonce derived from the outbox key: Discord itself drops a re-post with the
    same nonce for a few minutes (enforce_nonce), and `find_posted` looks for it in the channel's
    recent history after a crash, so a digest is neither lost nor posted twice."""

    platform = PLATFORM
    HISTORY_LIMIT = 50

    def __init__(self, client: DiploBriefClient) -> None:
        self.client = client

    async def post(self, workspace: str, channel: str, reply: Reply, thread: str | None = None) -> str:
        return await self._guarded(workspace, channel, reply, int(thread) if thread else None, None)

    async def post_keyed(self, workspace: str, channel: str, reply: Reply, key: str) -> str:
        return await self._guarded(workspace, channel, reply, None, nonce_for(key))

    async def find_posted(self, workspace: str, channel: str, key: str) -> str | None:
        nonce = nonce_for(key)
        target = self.client.get_partial_messageable(int(channel), guild_id=int(workspace))
        try:
            async for message in target.history(limit=self.HISTORY_LIMIT):
                if message.author.id == self.client.application_id or (
                        self.client.user and message.author.id == self.client.user.id):
                    if str(message.nonce) == nonce:
                        if message.thread is None:  # the crash came between the post and its thread
                            title = message.embeds[0].title if message.embeds else None
                            await self._open_thread_quietly(int(channel), message.id, Reply(title=title or ""))
                        return str(message.id)
        except (discord.DiscordException, aiohttp.ClientError, OSError) as error:
            raise DeliveryError(f"discord: cannot read channel {channel}: {error}") from error
        return None

    async def _guarded(self, workspace: str, channel: str, reply: Reply, thread_id: int | None,
                       nonce: str | None) -> str:
        first, *rest = render_reply(reply)
        guild_id = int(workspace)
        target = self.client.get_partial_messageable(thread_id or int(channel), guild_id=guild_id)
        try:
            root = await target.send(**first.kwargs(), **({"nonce": nonce} if nonce else {}))
        except (discord.DiscordException, aiohttp.ClientError, OSError) as error:
            raise DeliveryError(f"discord: posting to channel {channel} failed: {error}") from error
        # Posted: from here on a failure must not make the outbox post the digest again.
        if thread_id is None:
            thread_id = await self._open_thread_quietly(int(channel), root.id, reply)
        if thread_id is not None:
            target = self.client.get_partial_messageable(thread_id, guild_id=guild_id)
        try:
            await _send_all(target, rest)
        except (discord.DiscordException, aiohttp.ClientError, OSError) as error:
            log.warning("discord: digest %s posted but its continuation failed: %s", root.id, error)
        return str(root.id)  # a thread started from a message has the message's id

    async def _open_thread_quietly(self, channel_id: int, message_id: int, reply: Reply) -> int | None:
        try:
            return await self.client.open_thread(channel_id, message_id, reply)
        except (discord.DiscordException, aiohttp.ClientError, OSError) as error:
            log.warning("discord: digest %s posted but its thread could not be opened: %s", message_id, error)
            return None


def nonce_for(key: str) -> str:
    """Discord nonces are at most 25 characters; outbox keys are longer."""
    return hashlib.sha256(key.encode()).hexdigest()[:25]


async def _send_all(target: discord.abc.Messageable, messages: list[OutgoingMessage]) -> None:
    for part in messages:
        await target.send(**part.kwargs())


def add_commands(client: DiploBriefClient) -> None:
    tree = client.tree

    async def any_topic(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await client.topic_choices(current)

    async def person(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await client.topic_choices(current, kind="person")

    @tree.command(name="latest", description="Latest diplomatic stories, optionally about a country, organisation or person")
    @app_commands.describe(topic="Country, organisation or person", also="A second one (stories about both)", since=SINCE_HELP)
    @app_commands.autocomplete(topic=any_topic, also=any_topic)
    async def latest(
        interaction: discord.Interaction, topic: str | None = None, also: str | None = None, since: str | None = None
    ) -> None:
        await client.answer(interaction, command_text("latest", topic=topic, also=also, since=since))

    @tree.command(name="whosaid", description="Who said what: quotes with their speakers, from the sources")
    @app_commands.describe(person="Only what this person said", topic="Only quotes about this country or organisation", since=SINCE_HELP)
    @app_commands.autocomplete(person=person, topic=any_topic)
    async def whosaid(
        interaction: discord.Interaction, person: str | None = None, topic: str | None = None, since: str | None = None
    ) -> None:
        await client.answer(interaction, command_text("whosaid", person=person, topic=topic, since=since))

    @tree.command(name="summary", description="Summary of a story, in sentences taken from its sources")
    @app_commands.describe(story="Story number from the last answer (default: the first)")
    async def summary(interaction: discord.Interaction, story: app_commands.Range[int, 1, 50] | None = None) -> None:
        await client.answer(interaction, command_text("summary", story=story))

    @tree.command(name="search", description="Search the stories")
    @app_commands.describe(query="Words to look for, e.g. ceasefire", since=SINCE_HELP)
    async def search(interaction: discord.Interaction, query: app_commands.Range[str, 1, 200], since: str | None = None) -> None:
        await client.answer(interaction, command_text("search", query=query, since=since))

    @tree.command(name="digest", description="Today's digest of diplomatic news")
    @app_commands.describe(topic="Only stories about this country or organisation", since=SINCE_HELP)
    @app_commands.autocomplete(topic=any_topic)
    async def digest(interaction: discord.Interaction, topic: str | None = None, since: str | None = None) -> None:
        await client.answer(interaction, command_text("digest", topic=topic, since=since))

    @tree.command(name="sources", description="The news sources DiploBrief reads")
    async def sources(interaction: discord.Interaction) -> None:
        await client.answer(interaction, command_text("sources"))

    @tree.command(name="subscriptions", description="This channel's daily digests")
    async def subscriptions(interaction: discord.Interaction) -> None:
        await client.answer(interaction, command_text("subscriptions"))

    @tree.command(name="help", description="What DiploBrief can do")
    async def help_(interaction: discord.Interaction) -> None:
        await client.answer(interaction, command_text("help"))

    @tree.command(name="subscribe", description="Post a daily digest in this channel (Manage Server)")
    @app_commands.describe(topic="Country, organisation or person", time="Local time, HH:MM (default 08:00)",
                           timezone="IANA time zone, e.g. Europe/Lisbon (default UTC)")
    @app_commands.autocomplete(topic=any_topic)
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def subscribe(interaction: discord.Interaction, topic: str | None = None,
                        time: app_commands.Range[str, 4, 5] | None = None,
                        timezone: app_commands.Range[str, 1, 64] | None = None) -> None:
        await client.answer(interaction, command_text("subscribe", topic=topic, time=time, timezone=timezone))

    @tree.command(name="unsubscribe", description="Stop this channel's daily digest (Manage Server)")
    @app_commands.describe(topic="Only this topic's digest")
    @app_commands.autocomplete(topic=any_topic)
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def unsubscribe(interaction: discord.Interaction, topic: str | None = None) -> None:
        await client.answer(interaction, command_text("unsubscribe", topic=topic))

    source = app_commands.Group(name="source", description="Add or remove news sources (Manage Server)",
                                default_permissions=ADMIN, guild_only=True)

    @source.command(name="add", description="Add an RSS/Atom feed or site")
    @app_commands.describe(url="Feed or site URL")
    async def source_add(interaction: discord.Interaction, url: app_commands.Range[str, 8, 500]) -> None:
        await client.answer(interaction, command_text("source add", url=url))

    @source.command(name="remove", description="Remove a news source")
    @app_commands.describe(url="Feed or site URL, as /sources lists it")
    async def source_remove(interaction: discord.Interaction, url: app_commands.Range[str, 8, 500]) -> None:
        await client.answer(interaction, command_text("source remove", url=url))

    tree.add_command(source)
    tree.on_error = client.on_app_command_error  # type: ignore[method-assign]
