"""Scheduled digests: on time in the channel's timezone, exactly once, across crashes and restarts.

A recording fake Delivery stands in for the platform (the network edge of this part); time is a fake
clock. The articles are WRITTEN FOR THESE TESTS.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import datetime, timezone

import pytest

from bot.config import Settings
from bot.delivery import DeliveryError
from bot.digest import DigestScheduler, digest_key, run_due_digests
from bot.messages import Reply
from bot.store import NewArticle, Store

UTC = timezone.utc


class Crash(BaseException):
    """The process dying mid-delivery (not an Exception: nothing may catch it)."""


class Channel:
    """What a platform channel shows: the posts, by message id, with their idempotency keys."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, Reply, str | None]] = []  # (message id, reply, key)

    def add(self, reply: Reply, key: str | None) -> str:
        message_id = f"m{len(self.posts) + 1}"
        self.posts.append((message_id, reply, key))
        return message_id


class RecordingDelivery:
    """A plain Delivery: can post, cannot tell afterwards whether a post went through."""

    platform = "slack"

    def __init__(self, channel: Channel | None = None, fail: int = 0, crash: str | None = None) -> None:
        self.channel = channel or Channel()
        self.fail = fail  # DeliveryErrors to raise before succeeding
        self.crash = crash  # "before" or "after" the post reaches the channel

    async def post(self, workspace: str, channel: str, reply: Reply, thread: str | None = None) -> str:
        return self._post(reply, None)

    def _post(self, reply: Reply, key: str | None) -> str:
        if self.fail:
            self.fail -= 1
            raise DeliveryError("HTTP 503 from the platform")
        if self.crash == "before":
            raise Crash()
        message_id = self.channel.add(reply, key)
        if self.crash == "after":
            raise Crash()
        return message_id


class VerifiableRecordingDelivery(RecordingDelivery):
    async def post_keyed(self, workspace: str, channel: str, reply: Reply, key: str) -> str:
        return self._post(reply, key)

    async def find_posted(self, workspace: str, channel: str, key: str) -> str | None:
        return next((m for m, _, k in self.channel.posts if k == key), None)


def lisbon(year, month, day, hour, minute=0) -> datetime:
    """A UTC instant given as Lisbon wall-clock time (fold=0)."""
    from zoneinfo import ZoneInfo

    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/Lisbon")).astimezone(UTC)


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'bot.sqlite3'}"


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings.load(env={"DATABASE_URL": db_url, "DIPLOBRIEF_DIGEST_POST_WHEN_EMPTY": "true"})


@pytest.fixture
def store(db_url):
    store = Store(db_url)
    yield store
    store.close()


def add_news(store: Store, when: datetime, key: str = "a") -> None:
    text = f"Foreign ministers met in Lisbon on {key} and agreed a joint statement on maritime security."
    url = f"https://news.example.test/{key}"
    store.add_article(
        NewArticle(url=url, canonical_url=url, title=f"Ministers agree maritime statement ({key})", text=text,
                   content_hash=hashlib.sha256(text.encode()).hexdigest(), outlet="Plataforma", published_at=when,
                   summary=[text])
    )


def subscribe(store: Store, at: str = "08:00", zone: str = "Europe/Lisbon", platform: str = "slack") -> int:
    return store.subscribe(platform, "T1", "C1", [], at, zone)


async def run(store, delivery, settings, now, on_posted=None):
    return await run_due_digests(store, {delivery.platform: delivery}, settings, now, on_posted=on_posted)


# ---- timing ---------------------------------------------------------------------------------------


async def test_fires_at_0800_lisbon_not_before(store, settings):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    assert await run(store, delivery, settings, lisbon(2024, 7, 10, 7, 59)) == []
    assert delivery.channel.posts == []
    [result] = await run(store, delivery, settings, lisbon(2024, 7, 10, 8, 0))
    assert result.outcome == "posted" and result.digest_date == "2024-07-10"
    assert lisbon(2024, 7, 10, 8) == datetime(2024, 7, 10, 7, 0, tzinfo=UTC)  # summer time: UTC+1
    await run(store, delivery, settings, lisbon(2024, 7, 10, 8, 30))
    await run(store, delivery, settings, lisbon(2024, 7, 10, 23, 59))
    assert len(delivery.channel.posts) == 1
    reply = delivery.channel.posts[0][1]
    assert reply.kind == "digest" and reply.items[0].headline == "Ministers agree maritime statement (a)"


async def test_dst_spring_forward_day(store, settings):
    """Lisbon jumps 01:00 -> 02:00 on 31 March 2024: 08:00 is then 07:00 UTC, not 08:00 UTC."""
    morning = subscribe(store)
    delivery = RecordingDelivery()
    assert await run(store, delivery, settings, datetime(2024, 3, 30, 7, 59, tzinfo=UTC)) == []  # the day before: winter
    assert [r.subscription.id for r in await run(store, delivery, settings, datetime(2024, 3, 30, 8, 0, tzinfo=UTC))] == [morning]
    skipped = store.subscribe("slack", "T1", "C2", [], "01:30", "Europe/Lisbon")  # a time that does not exist that night
    assert await run(store, delivery, settings, datetime(2024, 3, 31, 0, 59, tzinfo=UTC)) == []  # 00:59 WET
    at_jump = await run(store, delivery, settings, datetime(2024, 3, 31, 1, 0, tzinfo=UTC))  # 02:00 WEST
    assert [(r.subscription.id, r.digest_date) for r in at_jump] == [(skipped, "2024-03-31")]
    assert await run(store, delivery, settings, datetime(2024, 3, 31, 6, 59, tzinfo=UTC)) == []  # 07:59 WEST
    [result] = await run(store, delivery, settings, datetime(2024, 3, 31, 7, 0, tzinfo=UTC))  # 08:00 WEST
    assert (result.subscription.id, result.digest_date) == (morning, "2024-03-31")
    assert len(delivery.channel.posts) == 3


async def test_dst_fall_back_day_posts_once(store, settings):
    """On 27 October 2024 Lisbon shows 01:30 twice; the digest goes out at the first one only."""
    subscribe(store, at="01:30")
    delivery = RecordingDelivery()
    assert await run(store, delivery, settings, datetime(2024, 10, 27, 0, 29, tzinfo=UTC)) == []
    assert len(await run(store, delivery, settings, datetime(2024, 10, 27, 0, 30, tzinfo=UTC))) == 1  # 01:30 WEST
    assert await run(store, delivery, settings, datetime(2024, 10, 27, 1, 30, tzinfo=UTC)) == []  # 01:30 WET
    assert len(delivery.channel.posts) == 1


async def test_other_timezones_are_independent(store, settings):
    store.subscribe("slack", "T1", "tokyo", [], "08:00", "Asia/Tokyo")
    subscribe(store)
    delivery = RecordingDelivery()
    [result] = await run(store, delivery, settings, datetime(2024, 7, 9, 23, 0, tzinfo=UTC))  # 08:00 in Tokyo
    assert result.subscription.channel == "tokyo" and result.digest_date == "2024-07-10"


# ---- exactly once -----------------------------------------------------------------------------------


async def test_posted_once_across_crash_and_restart(db_url, settings):
    store = Store(db_url)
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    assert len(await run(store, delivery, settings, lisbon(2024, 7, 10, 8, 5))) == 1
    store.close()
    restarted = Store(db_url)  # a new process on the same database
    try:
        assert await run(restarted, RecordingDelivery(delivery.channel), settings, lisbon(2024, 7, 10, 8, 6)) == []
        assert await run(restarted, RecordingDelivery(delivery.channel), settings, lisbon(2024, 7, 10, 12)) == []
        assert len(delivery.channel.posts) == 1
        assert restarted.outbox_rows() == [(1, "2024-07-10", "sent", "m1")]
    finally:
        restarted.close()


async def test_crash_after_posting_before_marking_sent_is_not_posted_twice(db_url, settings):
    store = Store(db_url)
    add_news(store, lisbon(2024, 7, 10, 6))
    subscription = subscribe(store)
    channel = Channel()
    with pytest.raises(Crash):
        await run(store, VerifiableRecordingDelivery(channel, crash="after"), settings, lisbon(2024, 7, 10, 8))
    store.close()
    assert len(channel.posts) == 1 and channel.posts[0][2] == digest_key(store.subscriptions()[0], "2024-07-10")

    restarted = Store(db_url)
    recorded = []
    try:
        [result] = await run(restarted, VerifiableRecordingDelivery(channel), settings, lisbon(2024, 7, 10, 8, 1),
                             on_posted=lambda sub, reply, message_id: recorded.append((sub.id, reply.title, message_id)))
        assert result.outcome == "found" and result.message_id == "m1"
        assert len(channel.posts) == 1
        assert restarted.outbox_rows() == [(subscription, "2024-07-10", "sent", "m1")]
        assert recorded == [(subscription, channel.posts[0][1].title, "m1")]  # the thread is still recorded
        assert await run(restarted, VerifiableRecordingDelivery(channel), settings, lisbon(2024, 7, 10, 9)) == []
    finally:
        restarted.close()


async def test_crash_before_the_post_reached_the_channel_posts_the_saved_digest(db_url, settings):
    store = Store(db_url)
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    channel = Channel()
    with pytest.raises(Crash):
        await run(store, VerifiableRecordingDelivery(channel, crash="before"), settings, lisbon(2024, 7, 10, 8))
    assert channel.posts == [] and store.outbox_rows()[0][2] == "sending"
    add_news(store, lisbon(2024, 7, 10, 8, 30), key="later")  # news after the digest was built
    store.close()

    restarted = Store(db_url)
    try:
        [result] = await run(restarted, VerifiableRecordingDelivery(channel), settings, lisbon(2024, 7, 10, 9))
        assert result.outcome == "posted" and len(channel.posts) == 1
        # Exactly the digest built before the crash, not a new one.
        assert [i.headline for i in channel.posts[0][1].items] == ["Ministers agree maritime statement (a)"]
    finally:
        restarted.close()


async def test_crash_mid_post_without_verification_is_at_most_once(db_url, settings, caplog):
    store = Store(db_url)
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    channel = Channel()
    with pytest.raises(Crash):
        await run(store, RecordingDelivery(channel, crash="after"), settings, lisbon(2024, 7, 10, 8))
    store.close()
    restarted = Store(db_url)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.digest"):
            [result] = await run(restarted, RecordingDelivery(channel), settings, lisbon(2024, 7, 10, 8, 1))
        assert result.outcome == "abandoned" and len(channel.posts) == 1
        assert len([r for r in caplog.records if "at most once" in r.getMessage()]) == 1
        assert await run(restarted, RecordingDelivery(channel), settings, lisbon(2024, 7, 10, 9)) == []
        assert len(channel.posts) == 1
    finally:
        restarted.close()


async def test_delivery_error_is_retried_later_the_same_day(store, settings, caplog):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery(fail=2)
    with caplog.at_level(logging.WARNING, logger="bot.digest"):
        [first] = await run(store, delivery, settings, lisbon(2024, 7, 10, 8))
    assert first.outcome == "retry" and delivery.channel.posts == []
    assert store.outbox_rows()[0][2] == "pending"
    assert len([r for r in caplog.records if "will retry" in r.getMessage()]) == 1
    [second] = await run(store, delivery, settings, lisbon(2024, 7, 10, 8, 0))
    assert second.outcome == "retry"
    [third] = await run(store, delivery, settings, lisbon(2024, 7, 10, 8, 1))
    assert third.outcome == "posted" and len(delivery.channel.posts) == 1
    assert await run(store, delivery, settings, lisbon(2024, 7, 10, 8, 2)) == []


async def test_yesterdays_missed_digest_is_not_posted_late(store, settings):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    # Bot down all of 10 July; back on 11 July at 07:00 (before today's time).
    assert await run(store, delivery, settings, lisbon(2024, 7, 11, 7)) == []
    assert delivery.channel.posts == [] and store.outbox_rows() == []
    [result] = await run(store, delivery, settings, lisbon(2024, 7, 11, 8))
    assert result.digest_date == "2024-07-11" and len(delivery.channel.posts) == 1


# ---- empty days --------------------------------------------------------------------------------------


async def test_empty_day_posts_a_brief_note(store, settings):
    subscribe(store)
    delivery = RecordingDelivery()
    [result] = await run(store, delivery, settings, lisbon(2024, 7, 10, 8))
    assert result.outcome == "posted"
    reply = delivery.channel.posts[0][1]
    assert reply.kind == "empty" and reply.items == [] and reply.text.startswith("No new diplomatic stories")


async def test_empty_day_stays_quiet_when_configured(store, db_url):
    quiet = Settings.load(env={"DATABASE_URL": db_url, "DIPLOBRIEF_DIGEST_POST_WHEN_EMPTY": "false"})
    subscribe(store)
    delivery = RecordingDelivery()
    [result] = await run(store, delivery, quiet, lisbon(2024, 7, 10, 8))
    assert result.outcome == "quiet" and delivery.channel.posts == []
    add_news(store, lisbon(2024, 7, 10, 9))
    assert await run(store, delivery, quiet, lisbon(2024, 7, 10, 10)) == []  # the day's digest is done


# ---- routing and recording ---------------------------------------------------------------------------


async def test_only_platforms_with_a_delivery_are_served(store, settings):
    subscribe(store, platform="discord")
    delivery = RecordingDelivery()  # slack only
    assert await run(store, delivery, settings, lisbon(2024, 7, 10, 9)) == []
    assert store.outbox_rows() == []


async def test_on_posted_gets_subscription_reply_and_message_id(store, settings):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    threads = []

    async def record(subscription, reply, message_id):
        story_ids = [i.story_id for i in reply.items]
        conversation = store.save_conversation(subscription.platform, subscription.workspace, subscription.channel,
                                               None, story_ids, [], {}, 14)
        store.link_thread(conversation, subscription.platform, subscription.workspace, subscription.channel, message_id)
        threads.append(message_id)

    await run(store, delivery, settings, lisbon(2024, 7, 10, 8), on_posted=record)
    assert threads == ["m1"]
    found = store.get_conversation("slack", "T1", "C1", "m1")
    assert found is not None and found.story_ids == [delivery.channel.posts[0][1].items[0].story_id]


async def test_a_failing_on_posted_does_not_undo_the_post(store, settings):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()

    def broken(*_):
        raise RuntimeError("conversation store down")

    [result] = await run(store, delivery, settings, lisbon(2024, 7, 10, 8), on_posted=broken)
    assert result.outcome == "posted"
    assert await run(store, delivery, settings, lisbon(2024, 7, 10, 9)) == []
    assert len(delivery.channel.posts) == 1


# ---- the scheduler -----------------------------------------------------------------------------------


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def test_scheduler_catches_up_on_start_the_same_day(db_url, settings):
    store = Store(db_url)
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    clock = FakeClock(lisbon(2024, 7, 10, 10))  # down at 08:00, started at 10:00
    scheduler = DigestScheduler(lambda now: run(store, delivery, settings, now), clock=clock, interval_seconds=3600)
    await scheduler.start()
    assert len(delivery.channel.posts) == 1
    await scheduler.stop()
    store.close()

    restarted = Store(db_url)  # killed and started again the same day
    clock.now = lisbon(2024, 7, 10, 11)
    again = DigestScheduler(lambda now: run(restarted, delivery, settings, now), clock=clock, interval_seconds=3600)
    await again.start()
    await again.stop()
    restarted.close()
    assert len(delivery.channel.posts) == 1


async def test_scheduler_fires_on_its_interval_and_stops(store, settings):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    clock = FakeClock(lisbon(2024, 7, 10, 7, 59))
    runs = []

    async def counted(now):
        runs.append(now)
        return await run(store, delivery, settings, now)

    scheduler = DigestScheduler(counted, clock=clock, interval_seconds=0.05)
    await scheduler.start()
    assert runs and delivery.channel.posts == []
    clock.now = lisbon(2024, 7, 10, 8)
    for _ in range(100):
        if delivery.channel.posts:
            break
        await asyncio.sleep(0.02)
    assert len(delivery.channel.posts) == 1
    await scheduler.stop()
    count = len(runs)
    await asyncio.sleep(0.2)
    assert len(runs) == count and not scheduler.running
    assert len(delivery.channel.posts) == 1


async def test_scheduler_survives_a_failing_run(caplog):
    calls = []

    async def failing(now):
        calls.append(now)
        raise RuntimeError("database locked")

    scheduler = DigestScheduler(failing, clock=lambda: datetime(2024, 7, 10, tzinfo=UTC), interval_seconds=0.05)
    with caplog.at_level(logging.ERROR, logger="bot.digest"):
        await scheduler.start()
        await asyncio.sleep(0.2)
        await scheduler.stop()
    assert len(calls) >= 2  # kept running after the first failure
    assert any("digest run failed" in r.getMessage() for r in caplog.records)


async def test_overlapping_runs_post_once(store, settings):
    add_news(store, lisbon(2024, 7, 10, 6))
    subscribe(store)
    delivery = RecordingDelivery()
    now = lisbon(2024, 7, 10, 8)
    await asyncio.gather(*(run(store, delivery, settings, now) for _ in range(3)))
    assert len(delivery.channel.posts) == 1
