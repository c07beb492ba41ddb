"""Discord adapter: translates slash commands and thread messages for the core, renders its replies.

Entry points: `run_discord(core, settings)`, `check_discord_settings(settings)`, `invite_url(application_id)`.
"""
from __future__ import annotations

import logging
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord.client import DiploBriefClient, DiscordDelivery

__all__ = ["DiploBriefClient", "DiscordDelivery", "DiscordStartupError", "REQUIRED_PERMISSIONS",
           "check_discord_settings", "invite_url", "point_discord_at", "run_discord"]

log = logging.getLogger(__name__)

TOKEN_HELP = ("create an application at https://discord.com/developers/applications, "
              "then Bot → Reset Token, and put it in .env as DISCORD_TOKEN=...")
REQUIRED_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    read_message_history=True,
)
SCOPES = ("bot", "applications.commands")


class DiscordStartupError(RuntimeError):
    """A configuration problem worth one line to the operator (bad token, unreachable API)."""


def invite_url(application_id: str) -> str:
    return discord.utils.oauth_url(application_id, permissions=REQUIRED_PERMISSIONS, scopes=SCOPES)


def check_discord_settings(settings: Any) -> list[str]:
    errors: list[str] = []
    token = (getattr(settings, "discord_token", "") or "").strip()
    if not token:
        errors.append(f"DISCORD_TOKEN is not set: {TOKEN_HELP}")
    elif token.lower().startswith("bot ") or any(c.isspace() for c in token):
        errors.append("DISCORD_TOKEN must be the bare bot token (no 'Bot ' prefix, no spaces); "
                      "copy it again from https://discord.com/developers/applications → Bot")
    api_url = getattr(settings, "discord_api_url", "") or ""
    if api_url and not api_url.startswith(("http://", "https://")):
        errors.append(f"DISCORD_API_URL must start with http:// or https:// (got {api_url!r})")
    gateway_url = getattr(settings, "discord_gateway_url", "") or ""
    if gateway_url and not gateway_url.startswith(("ws://", "wss://")):
        errors.append(f"DISCORD_GATEWAY_URL must start with ws:// or wss:// (got {gateway_url!r})")
    app_id = getattr(settings, "discord_application_id", "") or ""
    if app_id and not str(app_id).isdigit():
        errors.append(f"DISCORD_APPLICATION_ID must be the numeric Application ID (got {app_id!r})")
    return errors


def point_discord_at(api_url: str | None, gateway_url: str | None) -> None:
    """discord.py has no per-client setting for these: they are class attributes, so process-wide."""
    if api_url:
        Route.BASE = api_url.rstrip("/")
    if gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


async def run_discord(core: Any, settings: Any) -> None:
    """Run until cancelled. Falls back to @mention follow-ups if the message-content intent is not enabled."""
    errors = check_discord_settings(settings)
    if errors:
        raise DiscordStartupError(errors[0])
    point_discord_at(settings.discord_api_url, settings.discord_gateway_url)
    message_content = True
    while True:
        client = DiploBriefClient(core, message_content=message_content,
                                  application_id=getattr(settings, "discord_application_id", None))
        try:
            async with client:
                await client.start(settings.discord_token.strip())
            return
        except discord.LoginFailure:
            raise DiscordStartupError(f"Discord rejected DISCORD_TOKEN: {TOKEN_HELP}") from None
        except discord.PrivilegedIntentsRequired:
            if not message_content:
                raise
            log.warning("discord: the Message Content intent is not enabled for this bot (Developer Portal → Bot → "
                        "Privileged Gateway Intents); thread follow-ups will need an @mention of the bot")
            message_content = False
