"""How the core hands scheduled replies (digests) to a platform adapter.

Each adapter registers one `Delivery` per platform with the core; the digest scheduler calls it.
"""
from __future__ import annotations

from typing import Protocol

from bot.messages import Reply


class DeliveryError(Exception):
    """The platform refused or failed the post; the outbox retries later."""


class Delivery(Protocol):
    platform: str

    async def post(self, workspace: str, channel: str, reply: Reply, thread: str | None = None) -> str:
        """Post `reply` (in `thread` if given) and return the platform id of the root message,
        which becomes the thread id under which follow-ups are asked."""
        ...


class VerifiableDelivery(Delivery, Protocol):
    """Optional: a delivery that can tell whether a post with a given key already reached the channel
    (Slack message metadata, Discord nonce). With it, a digest interrupted between posting and
    recording is neither posted twice nor skipped."""

    async def find_posted(self, workspace: str, channel: str, key: str) -> str | None: ...

    async def post_keyed(self, workspace: str, channel: str, reply: Reply, key: str) -> str: ...
