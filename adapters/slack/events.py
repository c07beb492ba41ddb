"""Slack payloads -> the core's `IncomingMessage`. Pure functions, no network."""
from __future__ import annotations

import re

from bot.messages import IncomingMessage

PLATFORM = "slack"
# Message subtypes that are still a person writing something; everything else (edits, joins, bot posts) is ignored.
_HUMAN_SUBTYPES = {None, "thread_broadcast", "file_share"}
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")


def strip_mention(text: str, bot_user_id: str | None) -> str:
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    return " ".join(text.split())


def plain_text(text: str) -> str:
    """Undo Slack's formatting of what the user typed: auto-linked URLs, channel links, HTML escapes."""
    text = _LINK.sub(r"\1", text)
    text = _CHANNEL.sub(r"#\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def from_slash_command(body: dict, user_is_admin: bool = False) -> IncomingMessage:
    text = plain_text(" ".join((body.get("text") or "").split())) or "help"
    return IncomingMessage(
        platform=PLATFORM,
        workspace=body.get("team_id", ""),
        channel=body.get("channel_id", ""),
        user=body.get("user_id", ""),
        text=text,
        thread=None,  # Slack does not offer slash commands inside threads
        user_is_admin=user_is_admin,
    )


def from_event(
    event: dict, team: str, bot_user_id: str | None, thread: str | None = None, user_is_admin: bool = False
) -> IncomingMessage:
    """`thread` is the Slack thread ts when the message is a follow-up in one of our threads."""
    text = plain_text(strip_mention(event.get("text") or "", bot_user_id)) or "help"
    return IncomingMessage(
        platform=PLATFORM,
        workspace=team,
        channel=event.get("channel", ""),
        user=event.get("user", ""),
        text=text,
        thread=thread,
        user_is_admin=user_is_admin,
    )


def is_from_bot(event: dict, bot_user_id: str | None) -> bool:
    """Our own posts and other bots' posts: never answered (no loops between bots)."""
    if event.get("bot_id") or event.get("bot_profile") or event.get("subtype") not in _HUMAN_SUBTYPES:
        return True
    return bool(bot_user_id) and event.get("user") == bot_user_id


def mentions(event: dict, bot_user_id: str | None) -> bool:
    return bool(bot_user_id) and f"<@{bot_user_id}" in (event.get("text") or "")


def thread_of(event: dict) -> str | None:
    """The root ts when the message was posted inside a thread (a thread root has thread_ts == ts)."""
    thread_ts = event.get("thread_ts")
    return thread_ts if thread_ts and thread_ts != event.get("ts") else None


def is_direct_message(event: dict) -> bool:
    return event.get("channel_type") == "im" or (event.get("channel") or "").startswith("D")
