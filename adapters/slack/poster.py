"""Posting rendered replies to Slack: pacing per channel, fallbacks for rejected blocks, digest delivery."""
from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.render import SlackMessage, escape, render_digest, render_reply, split_text
from bot.delivery import DeliveryError
from bot.messages import Reply

log = logging.getLogger(__name__)

# Slack answers these when it rejects the content, not the request: resend the same content as plain text.
_CONTENT_ERRORS = {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_attachments"}
# Message metadata marks a digest root with its outbox key, so a restart can find what already went out.
DIGEST_EVENT = "diplobrief_digest"
HISTORY_LOOKBACK = 100


class SlackPoster:
    """Posts replies; also the core's `Delivery` for scheduled digests (platform "slack")."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient, min_interval: float = 1.0) -> None:
        self.client = client
        self.min_interval = min_interval  # Slack allows about one message per second per channel
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._last_post: dict[str, float] = {}

    async def send(
        self, channel: str, message: SlackMessage, thread_ts: str | None = None, metadata: dict | None = None
    ) -> str:
        """Post one message and return its ts. Raises SlackApiError when Slack refuses it."""
        try:
            return await self._post(channel, message.text, message.blocks, thread_ts, metadata)
        except SlackApiError as error:
            code = error.response.get("error")
            if code not in _CONTENT_ERRORS:
                raise
            log.warning("slack refused blocks in %s (%s); resending as plain text", channel, code)
        first = ""
        for piece in split_text(_plain(message), 3000):
            ts = await self._post(channel, piece, None, thread_ts, None if first else metadata)
            first = first or ts
        return first

    async def _post(
        self, channel: str, text: str, blocks: list[dict] | None, thread_ts: str | None, metadata: dict | None = None
    ) -> str:
        async with self._locks[channel]:
            wait = self._last_post.get(channel, 0.0) + self.min_interval - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                response = await self.client.chat_postMessage(
                    channel=channel,
                    text=text,
                    blocks=blocks or None,
                    thread_ts=thread_ts,
                    unfurl_links=False,  # a digest would otherwise grow a preview card per story
                    unfurl_media=False,
                    metadata=metadata,
                )
            finally:
                self._last_post[channel] = time.monotonic()
        return response["ts"]

    async def post_reply(self, channel: str, reply: Reply, thread_ts: str | None = None) -> str:
        """Post `reply` in `thread_ts`, or as a new channel message whose thread takes the rest.
        Returns the ts of the first message posted."""
        if reply.kind == "digest" and reply.items:
            root, rest = render_digest(reply)
            messages = [root, *rest]
        else:
            messages = render_reply(reply)
        first = await self.send(channel, messages[0], thread_ts)
        for message in messages[1:]:
            await self.send(channel, message, thread_ts or first)
        return first

    async def post(self, workspace: str, channel: str, reply: Reply, thread: str | None = None) -> str:
        """Delivery: the digest's root message, then its stories in the root's thread."""
        return await self._post_digest(workspace, channel, reply, thread, None)

    async def post_keyed(self, workspace: str, channel: str, reply: Reply, key: str) -> str:
        return await self._post_digest(workspace, channel, reply, None, key)

    async def find_posted(self, workspace: str, channel: str, key: str) -> str | None:
        """The ts of a digest root already posted under `key` among the channel's recent messages."""
        try:
            history = await self.client.conversations_history(
                channel=channel, limit=HISTORY_LOOKBACK, include_all_metadata=True
            )
        except SlackApiError as error:
            raise DeliveryError(f"slack history for {workspace}/{channel}: {error.response.get('error')}") from error
        for message in history.get("messages", []):
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == DIGEST_EVENT and (metadata.get("event_payload") or {}).get("key") == key:
                return message["ts"]
        return None

    async def _post_digest(self, workspace: str, channel: str, reply: Reply, thread: str | None, key: str | None) -> str:
        root, stories = render_digest(reply)
        metadata = {"event_type": DIGEST_EVENT, "event_payload": {"key": key}} if key else None
        try:
            root_ts = await self.send(channel, root, thread, metadata)
        except SlackApiError as error:
            raise DeliveryError(f"slack refused the digest for {workspace}/{channel}: {error.response.get('error')}") from error
        for story in stories:
            try:
                await self.send(channel, story, thread or root_ts)
            except SlackApiError as error:
                # The root is out: raising would make the outbox post the whole digest twice.
                log.error("slack refused a digest story in %s: %s", channel, error.response.get("error"))
        return root_ts


def _plain(message: SlackMessage) -> str:
    """The message's readable text without blocks (mrkdwn links still work in `text`)."""
    parts: list[str] = []
    for block in message.blocks:
        if block.get("type") == "header":
            parts.append(f"*{escape(block['text']['text'])}*")
        elif block.get("type") == "section":
            parts.append(block["text"]["text"])
        elif block.get("type") == "context":
            parts.append(" · ".join(e.get("text", "") for e in block.get("elements", [])))
    return "\n".join(parts) or message.text
