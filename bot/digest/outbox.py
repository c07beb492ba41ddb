"""Posting scheduled digests exactly once per (subscription, local day), through the outbox.

Each due digest goes: outbox row claimed -> digest built -> payload saved, status "sending" -> posted ->
status "sent". A crash leaves the row in "sending"; the next run then asks a VerifiableDelivery whether
the keyed post reached the channel (and re-posts the saved payload only if it did not). A delivery that
cannot verify gets at-most-once: the row is marked "failed" rather than risk a double post.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


from bot.config import Settings
from bot.delivery import Delivery, DeliveryError
from bot.digest.build import build_digest, topics_label
from bot.messages import QuoteView, Reply, ReplyItem, SourceLink
from bot.store import Store, SubscriptionRecord

log = logging.getLogger(__name__)

# One run per store at a time: two overlapping runs (scheduler tick and a manual call) could both
# claim a pending row and post it twice.
_RUNNING: weakref.WeakKeyDictionary[Store, asyncio.Lock] = weakref.WeakKeyDictionary()

OnPosted = Callable[[SubscriptionRecord, Reply, str], Awaitable[None] | None]


@dataclass(slots=True)
class DigestResult:
    subscription: SubscriptionRecord
    digest_date: str  # YYYY-MM-DD in the subscription's timezone
    outcome: str  # posted | quiet (empty day, configured silent) | found (a crashed run had posted it) | retry | abandoned
    message_id: str | None = None
    reply: Reply | None = None


@dataclass(slots=True)
class _OutboxState:
    id: int
    status: str
    payload: dict | None


def due_date(subscription: SubscriptionRecord, now: datetime) -> str | None:
    """The subscription's local date if its digest time has come today, else None.

    Compared on the local wall clock, so a time skipped by a DST jump fires right after the jump,
    and a time that occurs twice fires at its first occurrence (the outbox stops the second)."""
    try:
        zone = ZoneInfo(subscription.timezone)
        hour, minute = (int(part) for part in subscription.at_time.split(":"))
        at = time(hour, minute)
    except (ZoneInfoNotFoundError, ValueError) as error:
        log.warning("subscription %d has a bad time %r or timezone %r; skipped (%s)", subscription.id, subscription.at_time, subscription.timezone, error)
        return None
    local = now.astimezone(zone)
    if local.replace(tzinfo=None) < datetime.combine(local.date(), at):
        return None
    return local.date().isoformat()


def digest_key(subscription: SubscriptionRecord, digest_date: str) -> str:
    """Idempotency key a VerifiableDelivery attaches to the post (Slack metadata, Discord nonce)."""
    return f"diplobrief-digest-{subscription.id}-{digest_date}"


async def run_due_digests(
    store: Store,
    deliveries: dict[str, Delivery],
    settings: Settings,
    now: datetime,
    on_posted: OnPosted | None = None,
) -> list[DigestResult]:
    """Post every digest due at `now` that its channel has not received today."""
    results = []
    async with _RUNNING.setdefault(store, asyncio.Lock()):
        for subscription in await asyncio.to_thread(store.subscriptions):
            delivery = deliveries.get(subscription.platform)
            digest_date = due_date(subscription, now) if delivery is not None else None
            if digest_date is None:
                continue
            result = await _deliver(store, delivery, settings, subscription, digest_date, now, on_posted)
            if result is not None:
                results.append(result)
    return results


async def _deliver(
    store: Store,
    delivery: Delivery,
    settings: Settings,
    subscription: SubscriptionRecord,
    digest_date: str,
    now: datetime,
    on_posted: OnPosted | None,
) -> DigestResult | None:
    state = await asyncio.to_thread(_outbox_state_of, store, subscription.id, digest_date)
    if state is not None and state.status in ("sent", "failed"):
        return None
    entry_id = await asyncio.to_thread(store.claim_outbox, subscription.id, digest_date)
    if entry_id is None:
        return None
    result = DigestResult(subscription, digest_date, "retry")
    key = digest_key(subscription, digest_date)
    verifiable = _is_verifiable(delivery)
    where = f"digest {key} to {subscription.platform}/{subscription.workspace}/{subscription.channel}"

    if state is not None and state.status == "sending":
        if not verifiable or not state.payload:
            await asyncio.to_thread(store.mark_outbox_failed, entry_id, "failed")
            log.warning("%s: an earlier run stopped while posting and %s cannot check the channel; not re-posting (at most once)", where, delivery.platform)
            result.outcome = "abandoned"
            return result
        reply = reply_from_dict(state.payload)
        try:
            found = await delivery.find_posted(subscription.workspace, subscription.channel, key)
        except DeliveryError as error:
            log.warning("%s: could not check whether it was posted, will retry: %s", where, error)
            return result
        if found:
            await asyncio.to_thread(store.mark_outbox_sent, entry_id, found)
            await _notify(on_posted, subscription, reply, found, where)
            return DigestResult(subscription, digest_date, "found", found, reply)
    else:
        try:
            reply = await asyncio.to_thread(_build, store, settings, subscription, digest_date, now)
        except Exception:
            log.exception("%s: building the digest failed; will retry", where)
            return result
        if reply.kind == "empty" and not settings.digest_post_when_empty:
            await asyncio.to_thread(store.mark_outbox_sent, entry_id, None)
            return DigestResult(subscription, digest_date, "quiet", None, reply)
        await asyncio.to_thread(store.save_outbox_payload, entry_id, reply.to_dict())

    try:
        if verifiable:
            message_id = await delivery.post_keyed(subscription.workspace, subscription.channel, reply, key)
        else:
            message_id = await delivery.post(subscription.workspace, subscription.channel, reply)
    except DeliveryError as error:
        # Refused, so not posted: back to pending and rebuilt (fresher) on the next run.
        await asyncio.to_thread(store.mark_outbox_failed, entry_id, "pending")
        log.warning("%s: delivery failed, will retry: %s", where, error)
        return result
    # Any other error leaves the row "sending": the post may have happened, so the crash path decides.
    await asyncio.to_thread(store.mark_outbox_sent, entry_id, message_id)
    await _notify(on_posted, subscription, reply, message_id, where)
    return DigestResult(subscription, digest_date, "posted", message_id, reply)


def _build(store: Store, settings: Settings, subscription: SubscriptionRecord, digest_date: str, now: datetime) -> Reply:
    # The window reaches back from the scheduled time, so a late (caught-up) digest loses no story.
    local = now.astimezone(ZoneInfo(subscription.timezone))
    scheduled = datetime.combine(local.date(), time.fromisoformat(subscription.at_time), tzinfo=local.tzinfo)
    since = scheduled.astimezone(timezone.utc) - timedelta(hours=settings.digest_window_hours)
    title = f"Daily digest: {topics_label(subscription.topics)} — {local:%a %d %b %Y}"
    return build_digest(store, list(subscription.topics), since, now, settings.digest_size, title=title)


async def _notify(on_posted: OnPosted | None, subscription: SubscriptionRecord, reply: Reply, message_id: str, where: str) -> None:
    if on_posted is None:
        return
    try:
        outcome = on_posted(subscription, reply, message_id)
        if inspect.isawaitable(outcome):
            await outcome
    except Exception:
        log.exception("%s: posted, but recording its thread failed", where)


def _outbox_state_of(store: Store, subscription_id: int, digest_date: str) -> _OutboxState | None:
    row = store.outbox_state(subscription_id, digest_date)
    return _OutboxState(*row) if row else None


def _is_verifiable(delivery: Delivery) -> bool:
    return callable(getattr(delivery, "find_posted", None)) and callable(getattr(delivery, "post_keyed", None))


def reply_from_dict(data: dict) -> Reply:
    """Inverse of Reply.to_dict (the outbox payload), for re-posting exactly what was built."""

    def when(value):
        return datetime.fromisoformat(value) if isinstance(value, str) else value

    def build(cls, values: dict, **nested):
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in values.items() if k in names}
        if "date" in kwargs:
            kwargs["date"] = when(kwargs["date"])
        kwargs.update(nested)
        return cls(**kwargs)

    items = [
        build(
            ReplyItem,
            item,
            quotes=[build(QuoteView, q) for q in item.get("quotes", [])],
            sources=[build(SourceLink, s) for s in item.get("sources", [])],
        )
        for item in data.get("items", [])
    ]
    return build(Reply, data, items=items)
