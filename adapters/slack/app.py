"""The Slack adapter on slack-bolt's AsyncApp: Socket Mode (default) or HTTP mode at /slack/events."""
from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import events
from adapters.slack.poster import SlackPoster
from adapters.slack.render import render_reply
from bot.messages import IncomingMessage, Reply

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
ADMIN_CACHE_SECONDS = 600.0
SORRY = "Sorry, something went wrong while answering that. It has been logged."


class SlackConfigError(Exception):
    """A Slack setting is missing or refused; the message is one line naming the variable and where to get it."""


class SlackAdapter:
    def __init__(self, core: Any, settings: Any, *, min_interval: float = 1.0) -> None:
        self.core = core
        self.settings = settings
        self.client = AsyncWebClient(
            token=settings.slack_bot_token,
            base_url=settings.slack_api_url,
            retry_handlers=[AsyncConnectionErrorRetryHandler(), AsyncRateLimitErrorRetryHandler(max_retry_count=3)],
        )
        self.poster = SlackPoster(self.client, min_interval=min_interval)
        self.socket_mode = bool(settings.slack_app_token)
        self.app = AsyncApp(
            client=self.client,
            signing_secret=settings.slack_signing_secret or "",
            request_verification_enabled=not self.socket_mode,  # bolt checks signature and the 5-minute window
            logger=logging.getLogger("slack_bolt"),
        )
        self.app.command(re.compile(r"^/"))(self.on_command)  # any name the installer gave the command
        self.app.event("app_mention")(self.on_mention)
        self.app.event("message")(self.on_message)
        self._admins: dict[tuple[str, str], tuple[float, bool]] = {}
        self._socket: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self.bot_user_id: str | None = None
        self.team_id: str | None = None

    # --- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            auth = await self.client.auth_test()
        except SlackApiError as error:
            raise SlackConfigError(
                f"SLACK_BOT_TOKEN was refused by Slack ({error.response.get('error')}): copy the Bot User OAuth Token "
                "from api.slack.com/apps → your app → OAuth & Permissions"
            ) from error
        self.bot_user_id, self.team_id = auth.get("user_id"), auth.get("team_id")
        self.core.register_delivery(self.poster)
        if self.socket_mode:
            await self._start_socket_mode()
        else:
            await self._start_http()

    async def _start_socket_mode(self) -> None:
        self._socket = AsyncSocketModeHandler(self.app, app_token=self.settings.slack_app_token)
        try:
            # Fetching the first WebSocket URL here turns a bad app token into one clear error instead of retries.
            self._socket.client.wss_uri = await self._socket.client.issue_new_wss_url()
        except SlackApiError as error:
            await self._socket.client.close()
            raise SlackConfigError(
                f"SLACK_APP_TOKEN was refused by Slack ({error.response.get('error')}): create an App-Level Token with "
                "scope connections:write at api.slack.com/apps → your app → Basic Information → App-Level Tokens"
            ) from error
        await self._socket.connect_async()
        log.info("slack: connected in Socket Mode as %s (team %s)", self.bot_user_id, self.team_id)

    async def _start_http(self) -> None:
        web_app = self.app.web_app(path=EVENTS_PATH, port=self.settings.slack_port)
        self._runner = web.AppRunner(web_app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.settings.slack_host, self.settings.slack_port).start()
        log.info("slack: listening on http://%s:%s%s", self.settings.slack_host, self.settings.slack_port, EVENTS_PATH)

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        session = getattr(self.client, "session", None)
        if session is not None and not session.closed:
            await session.close()

    # --- listeners -------------------------------------------------------------------------------------

    async def on_command(self, ack, body: dict, respond) -> None:
        await ack()  # within Slack's 3 seconds; the answer follows as a channel message so it can have a thread
        admin = await self.user_is_admin(body.get("team_id", ""), body.get("user_id", ""))
        msg = events.from_slash_command(body, user_is_admin=admin)
        reply = await self._answer(msg)
        try:
            ts = await self.poster.post_reply(msg.channel, reply)
        except SlackApiError as error:
            # Typically not_in_channel / channel_not_found: the bot was never invited. The response_url still works.
            log.warning("slack: cannot post in %s (%s); answering through response_url", msg.channel, error.response.get("error"))
            await self._respond(respond, reply)
            return
        await self._link(reply, msg.workspace, msg.channel, ts)

    async def on_mention(self, event: dict, body: dict, context) -> None:
        bot_user = context.bot_user_id or self.bot_user_id
        if events.is_from_bot(event, bot_user):
            return
        team = context.team_id or body.get("team_id", "")
        in_thread = events.thread_of(event)
        follow_up = in_thread if in_thread and await self._is_bot_thread(team, event["channel"], in_thread) else None
        msg = events.from_event(event, team, bot_user, follow_up, await self.user_is_admin(team, event.get("user", "")))
        reply = await self._answer(msg)
        target = in_thread or event["ts"]
        if await self._post(msg.channel, reply, target) and in_thread is None:
            # The mention starts the thread our answer lives in: later messages there are follow-ups.
            await self._link(reply, team, msg.channel, target)

    async def on_message(self, event: dict, body: dict, context) -> None:
        bot_user = context.bot_user_id or self.bot_user_id
        direct = events.is_direct_message(event)
        if events.is_from_bot(event, bot_user) or (events.mentions(event, bot_user) and not direct):
            return  # mentions in channels arrive as app_mention too
        team = context.team_id or body.get("team_id", "")
        channel = event.get("channel", "")
        in_thread = events.thread_of(event)
        follow_up = in_thread if in_thread and await self._is_bot_thread(team, channel, in_thread) else None
        if follow_up is None and not direct:
            return  # ordinary channel chatter
        msg = events.from_event(event, team, bot_user, follow_up, await self.user_is_admin(team, event.get("user", "")))
        reply = await self._answer(msg)
        ts = await self._post(channel, reply, in_thread)
        if ts and follow_up is None:
            await self._link(reply, team, channel, in_thread or ts)

    # --- helpers ---------------------------------------------------------------------------------------

    async def _answer(self, msg: IncomingMessage) -> Reply:
        try:
            return await self.core.handle(msg)
        except Exception:  # the core promises not to raise for user input; a bug must still get an answer
            log.exception("slack: core failed on %r", msg.text)
            return Reply(title="", text=SORRY, thread=msg.thread, kind="error")

    async def _post(self, channel: str, reply: Reply, thread_ts: str | None) -> str | None:
        try:
            return await self.poster.post_reply(channel, reply, thread_ts)
        except SlackApiError as error:
            log.warning("slack: could not answer in %s (%s)", channel, error.response.get("error"))
            return None

    async def _link(self, reply: Reply, team: str, channel: str, thread_ts: str) -> None:
        if reply.thread:  # None for answers without stories (help, errors): nothing to follow up on
            await self.core.link_thread(reply.thread, events.PLATFORM, team, channel, thread_ts)

    async def _is_bot_thread(self, team: str, channel: str, thread_ts: str) -> bool:
        return await self.core.is_bot_thread(events.PLATFORM, team, channel, thread_ts)

    async def _respond(self, respond, reply: Reply) -> None:
        for message in render_reply(reply):
            await respond(text=message.text, blocks=message.blocks, response_type="in_channel", replace_original=False)

    async def user_is_admin(self, team: str, user: str) -> bool:
        """Workspace admin/owner as Slack reports it (cached), or listed in SLACK_ADMINS."""
        if not user:
            return False
        if user in tuple(self.settings.slack_admins or ()):
            return True
        cached = self._admins.get((team, user))
        if cached and time.monotonic() - cached[0] < ADMIN_CACHE_SECONDS:
            return cached[1]
        try:
            info = (await self.client.users_info(user=user)).get("user") or {}
        except SlackApiError as error:
            log.warning("slack: users.info for %s failed (%s); treating as non-admin", user, error.response.get("error"))
            return False
        admin = bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))
        self._admins[(team, user)] = (time.monotonic(), admin)
        return admin


async def serve_forever(adapter: SlackAdapter) -> None:
    await adapter.start()
    try:
        await asyncio.Event().wait()
    finally:
        await adapter.stop()
