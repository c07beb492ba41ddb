"""Discord input -> the core's command text and IncomingMessage (pure functions)."""
from __future__ import annotations

import re

import discord

from bot.messages import IncomingMessage

PLATFORM = "discord"
DM_WORKSPACE = "@dm"


def command_text(command: str, **options: object) -> str:
    """The text the core understands for a slash command and its options."""
    opts = {k: str(v).strip() for k, v in options.items() if v is not None and str(v).strip()}
    since = f" since {opts['since']}" if "since" in opts else ""
    return _command_text(command, opts) + (since if command in ("latest", "whosaid", "search", "digest") else "")


def _command_text(command: str, opts: dict[str, str]) -> str:
    if command == "latest":
        return " ".join(["latest", *(opts[k] for k in ("topic", "also") if k in opts)])
    if command == "digest":
        return f"digest {opts.get('topic', '')}".strip()
    if command == "whosaid":
        about = f" about {opts['topic']}" if "topic" in opts else ""
        if "person" in opts:
            return f"what did {opts['person']} say{about}"
        return f"who said what{about}"
    if command == "summary":
        return f"summary {opts['story']}" if "story" in opts else "summary"
    if command == "search":
        return f"search {opts.get('query', '')}".strip()
    if command == "subscribe":
        text = f"subscribe {opts.get('topic', '')}".rstrip()
        if "time" in opts:
            text += f" at {opts['time']}"
        if "timezone" in opts:
            text += f" {opts['timezone']}"
        return text
    if command == "unsubscribe":
        return f"unsubscribe {opts.get('topic', '')}".strip()
    if command in ("source add", "source remove"):
        return f"sources {command.split()[1]} {opts.get('url', '')}".strip()
    return command  # digest, sources, subscriptions, help


def strip_bot_mention(content: str, bot_id: int) -> str:
    """A follow-up asked by @mentioning the bot: drop the mention(s) of the bot."""
    return re.sub(rf"<@!?{bot_id}>", " ", content).strip()


def is_admin(permissions: discord.Permissions | None) -> bool:
    """Admin commands need Manage Server, re-checked here whatever the command's default permissions."""
    return bool(permissions and (permissions.administrator or permissions.manage_guild))


def incoming(*, guild_id: int | None, channel_id: int, user_id: int, text: str, thread_id: int | None = None,
             permissions: discord.Permissions | None = None) -> IncomingMessage:
    """Discord ids -> IncomingMessage. `channel_id` is the thread's parent when in a thread."""
    return IncomingMessage(
        platform=PLATFORM,
        workspace=str(guild_id) if guild_id else DM_WORKSPACE,
        channel=str(channel_id),
        user=str(user_id),
        text=text,
        thread=str(thread_id) if thread_id else None,
        user_is_admin=is_admin(permissions),
    )
