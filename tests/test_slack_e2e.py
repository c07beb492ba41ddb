"""End to end: the real core on a temporary SQLite database, the real bolt/slack_sdk code, a local fake Slack.

Every request the adapter sends is checked by the fake against Slack's OpenAPI spec and the Block Kit
limits (`assert_clean` at teardown). The database comes from the core's own bundled sample.
"""
from __future__ import annotations

import asyncio
import json
import shutil
import socket
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest

from adapters.slack import SlackAdapter, SlackConfigError, run_slack
from bot.app import DiploBrief
from bot.config import Settings
from tests.conftest import require_shared
from tests.fakes.fake_slack import APP_TOKEN, BOT_ID, BOT_TOKEN, BOT_USER, TEAM, FakeSlack, signed_headers

CHANNEL = "C0NEWS"
SECRET = "e2e-signing-secret"


# Written for these tests: a second story, on another subject, with a web link and an attributed quote.
TEST_ARTICLE = {
    "url": "https://news.example.org/2026/brazil-argentina-trade-accord",
    "title": "Brazil and Argentina sign a customs accord in Buenos Aires",
    "text": (
        "Brazil and Argentina signed a customs accord in Buenos Aires on Tuesday, ending a two-year dispute over "
        "border inspections.\n\n"
        "\u201cThis accord opens our ports to each other's exporters,\u201d Brazilian Foreign Minister Mauro Vieira "
        "told reporters after the signing.\n\n"
        "The agreement still needs the approval of both congresses, officials said."
    ),
}


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    """One database with the bundled sample and TEST_ARTICLE; each test gets a copy (ingesting is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "diplobrief.sqlite3"
    article = path.parent / "brazil-argentina.json"
    article.write_text(json.dumps({**TEST_ARTICLE, "date": datetime.now(timezone.utc).isoformat()}), encoding="utf-8")

    async def build() -> None:
        core = await DiploBrief.open(Settings.load(env={"DATABASE_URL": f"sqlite:///{path}", "DIPLOBRIEF_DATA_DIR": str(path.parent)}))
        report = await core.ingest([str(article)])
        await core.close()
        assert "1" in report.line(), report.line()

    asyncio.run(build())
    return path


@pytest.fixture
async def fake():
    slack = FakeSlack(require_shared("specs/slack/slack_web_openapi_v2.json"), signing_secret=SECRET)
    slack.add_user("U0ALICE")
    slack.add_user("U0ADMIN", is_admin=True)
    await slack.start()
    yield slack
    await slack.stop()
    slack.assert_clean()


@pytest.fixture
def db(template_db, tmp_path) -> Path:
    path = tmp_path / "diplobrief.sqlite3"
    shutil.copy(template_db, path)
    return path


def make_settings(db: Path, fake: FakeSlack, **env: str) -> Settings:
    base = {"DATABASE_URL": f"sqlite:///{db}", "DIPLOBRIEF_DATA_DIR": str(db.parent), "SLACK_API_URL": fake.api_url,
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN}
    return Settings.load(env={**base, **env})


class Running:
    """Core + adapter; `restart()` closes both and reopens them on the same database file."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.core: DiploBrief | None = None
        self.adapter: SlackAdapter | None = None

    async def start(self) -> Running:
        self.core = await DiploBrief.open(self.settings)
        self.adapter = SlackAdapter(self.core, self.settings, min_interval=0.05)
        await self.adapter.start()
        return self

    async def stop(self) -> None:
        if self.adapter:
            await self.adapter.stop()
        if self.core:
            await self.core.close()
        self.adapter = self.core = None


@pytest.fixture
async def bot(db, fake):
    running = await Running(make_settings(db, fake)).start()
    yield running
    await running.stop()


def links(post) -> set[str]:
    return {part.split("|")[0] for part in json.dumps(post.blocks).split("<")[1:] if part.startswith("http")}


async def linked(bot: Running, channel: str, ts: str, timeout: float = 5.0) -> bool:
    """The adapter links a thread right after Slack returns the post's ts: wait for that, not for the post."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await bot.core.is_bot_thread("slack", TEAM, channel, ts):
            return True
        await asyncio.sleep(0.02)
    return False


async def ask(fake: FakeSlack, text: str, user: str = "U0ALICE"):
    """A /brief command; returns (its ack, the answer's first post)."""
    before = len(fake.state.posts)
    envelope = await fake.slash(text, user=user)
    ack = await fake.wait_ack(envelope)
    posts = await fake.wait_posts(before + 1)
    return ack, posts[before]


async def test_slash_command_is_acked_before_the_work_and_answered_in_the_channel(bot, fake):
    acked = asyncio.Event()
    real_handle = bot.core.handle

    async def handle_after_ack(msg):
        # If the adapter answered before acknowledging, this would wait forever and the test would time out.
        await fake.wait_for(lambda: bool(fake.state.acks), timeout=5)
        acked.set()
        return await real_handle(msg)

    bot.core.handle = handle_after_ack
    ack, post = await ask(fake, "latest China")
    assert acked.is_set() and not (ack.get("payload") or {}).get("text")  # a silent ack, no error text
    assert post.channel == CHANNEL and post.thread_ts is None
    assert post.blocks[0]["type"] == "header" and "China" in post.blocks[0]["text"]["text"]
    assert any("Wang" in json.dumps(b) for b in post.blocks)  # the sample article's story, with its speaker
    assert "Brazil" not in post.text
    assert await linked(bot, CHANNEL, post.ts)


async def test_mention_is_answered_in_its_thread(bot, fake):
    ts = fake.new_ts()
    await fake.event({"type": "app_mention", "user": "U0ALICE", "channel": CHANNEL, "ts": ts, "event_ts": ts,
                      "text": f"<@{BOT_USER}> latest Russia"})
    [post] = await fake.wait_posts(1)
    assert post.thread_ts == ts and "Russia" in post.text
    assert await linked(bot, CHANNEL, ts)


async def test_follow_up_in_the_thread_is_answered_there_from_its_stories(bot, fake):
    _, answer = await ask(fake, "latest Brazil")
    assert links(answer) == {TEST_ARTICLE["url"]} and answer.thread_ts is None
    assert await linked(bot, CHANNEL, answer.ts)
    await fake.event({"type": "message", "channel_type": "channel", "user": "U0ALICE", "channel": CHANNEL,
                      "ts": fake.new_ts(), "thread_ts": answer.ts, "text": "what about the ports?"})
    posts = await fake.wait_posts(2)
    follow_up = posts[1]
    assert follow_up.thread_ts == answer.ts
    body = follow_up.text + json.dumps(follow_up.blocks, ensure_ascii=False)
    assert "Mauro Vieira" in body and "opens our ports" in body  # the thread's story, its speaker and quote
    assert "Wang" not in body and "Lavrov" not in body  # not the other stored story's ministers
    assert links(follow_up) == {TEST_ARTICLE["url"]}


async def test_chatter_outside_our_threads_and_bot_messages_are_ignored(bot, fake):
    _, answer = await ask(fake, "latest China")
    assert await linked(bot, CHANNEL, answer.ts)
    ignored = [
        {"type": "message", "channel_type": "channel", "user": "U0ALICE", "channel": CHANNEL, "ts": fake.new_ts(),
         "text": "lunch?"},  # not in a thread of ours
        {"type": "message", "channel_type": "channel", "user": "U0ALICE", "channel": CHANNEL, "ts": fake.new_ts(),
         "thread_ts": "1600000000.000001", "text": "and Russia?"},  # someone else's thread
        {"type": "message", "channel_type": "channel", "user": BOT_USER, "bot_id": BOT_ID, "channel": CHANNEL,
         "ts": fake.new_ts(), "thread_ts": answer.ts, "text": "our own post in our thread"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B0OTHER", "channel": CHANNEL, "ts": fake.new_ts(),
         "thread_ts": answer.ts, "text": "another bot in our thread"},
    ]
    for event in ignored:
        await fake.wait_ack(await fake.event(event))
    await fake.event({"type": "message", "channel_type": "channel", "user": "U0ALICE", "channel": CHANNEL,
                      "ts": fake.new_ts(), "thread_ts": answer.ts, "text": "summary"})
    posts = await fake.wait_posts(2)
    await asyncio.sleep(0.3)  # give any wrongly handled event time to post
    assert len(fake.state.posts) == 2 and posts[1].thread_ts == answer.ts


async def test_direct_message_gets_an_answer_that_takes_follow_ups(bot, fake):
    await fake.event({"type": "message", "channel_type": "im", "user": "U0ALICE", "channel": "D0ALICE",
                      "ts": fake.new_ts(), "text": "latest China"})
    [post] = await fake.wait_posts(1)
    assert post.channel == "D0ALICE" and "China" in post.text and post.thread_ts is None
    assert await linked(bot, "D0ALICE", post.ts)


async def test_admin_commands_need_a_workspace_admin(bot, fake):
    _, refused = await ask(fake, "subscribe China at 08:00 UTC", user="U0ALICE")
    _, accepted = await ask(fake, "subscribe China at 08:00 UTC", user="U0ADMIN")
    assert "admin" in refused.text.lower()
    assert "admin" not in accepted.text.lower() and "08:00" in accepted.text + json.dumps(accepted.blocks)
    _, listing = await ask(fake, "subscriptions", user="U0ALICE")
    assert "08:00" in listing.text  # the channel's subscription, listed for anyone
    assert [c[1]["user"] for c in fake.state.calls if c[0] == "users.info"] == ["U0ALICE", "U0ADMIN"]  # cached


async def test_rate_limited_answer_is_posted_after_retry(bot, fake):
    fake.rate_limit_next("chat.postMessage", retry_after=1)
    _, post = await ask(fake, "latest China")
    [(_, limited_at)] = fake.state.rate_limited
    assert post.at - limited_at >= 1.0 and post.thread_ts is None


async def test_digest_posted_once_at_its_time_also_across_a_restart(db, fake):
    bot = await Running(make_settings(db, fake)).start()
    try:
        await ask(fake, "subscribe China at 08:00 UTC", user="U0ADMIN")
        posted_before = len(fake.state.posts)
        tomorrow = datetime.now(timezone.utc).date() + timedelta(days=1)
        due = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 8, 0, 30, tzinfo=timezone.utc)
        await bot.core.run_due_digests(due - timedelta(minutes=5))  # not yet
        assert len(fake.state.posts) == posted_before
        await bot.core.run_due_digests(due)
        digest = fake.state.posts[posted_before:]
        assert digest and digest[0].thread_ts is None and digest[0].channel == CHANNEL
        assert all(p.thread_ts == digest[0].ts for p in digest[1:])  # stories sit in the root's thread
        await bot.core.run_due_digests(due + timedelta(minutes=1))
        assert len(fake.state.posts) == posted_before + len(digest)
    finally:
        await bot.stop()  # the process dies; the database file stays

    bot = await Running(make_settings(db, fake)).start()
    try:
        await bot.core.run_due_digests(due + timedelta(minutes=2))
        assert len(fake.state.posts) == posted_before + len(digest)
        assert await linked(bot, CHANNEL, digest[0].ts)  # follow-ups work after the restart
    finally:
        await bot.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_http_mode_verifies_signature_and_replay_window(db, fake):
    port = free_port()
    settings = make_settings(db, fake, SLACK_APP_TOKEN="", SLACK_SIGNING_SECRET=SECRET, SLACK_HOST="127.0.0.1",
                             SLACK_PORT=str(port))
    bot = await Running(settings).start()
    url = f"http://127.0.0.1:{port}/slack/events"
    body = urlencode(fake.slash_payload("latest China"))
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    try:
        async with aiohttp.ClientSession() as http:
            bad = {**signed_headers(body, "not-the-secret"), **form}
            async with http.post(url, data=body, headers=bad) as response:
                assert response.status == 401
            stale = {**signed_headers(body, SECRET, int(time.time()) - 6 * 60), **form}
            async with http.post(url, data=body, headers=stale) as response:
                assert response.status == 401
            assert fake.state.posts == []
            good = {**signed_headers(body, SECRET), **form}
            async with http.post(url, data=body, headers=good) as response:
                assert response.status == 200
        [post] = await fake.wait_posts(1)
        assert post.channel == CHANNEL and "China" in post.text
    finally:
        await bot.stop()


async def test_slash_command_where_the_bot_is_not_a_member_answers_through_response_url(bot, fake):
    fake.fail_next("chat.postMessage", "not_in_channel")
    await fake.wait_ack(await fake.slash("latest China"))
    await fake.wait_for(lambda: bool(fake.state.responses))
    [response] = fake.state.responses
    assert response["response_type"] == "in_channel" and "China" in response["text"]
    assert fake.state.posts == []


async def test_mention_inside_someone_elses_thread_answers_there_without_taking_the_thread_over(bot, fake):
    root = "1600000000.000100"
    ts = fake.new_ts()
    await fake.event({"type": "app_mention", "user": "U0ALICE", "channel": CHANNEL, "ts": ts, "thread_ts": root,
                      "text": f"<@{BOT_USER}> latest Brazil"})
    [post] = await fake.wait_posts(1)
    assert post.thread_ts == root and "Brazil" in post.text
    await asyncio.sleep(0.2)
    assert not await bot.core.is_bot_thread("slack", TEAM, CHANNEL, root)


async def test_run_slack_serves_until_cancelled(db, fake):
    settings = make_settings(db, fake)
    core = await DiploBrief.open(settings)
    task = asyncio.create_task(run_slack(core, settings))
    try:
        _, post = await ask(fake, "latest Brazil")
        assert "Brazil" in post.text
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await core.close()
    with pytest.raises(SlackConfigError, match="^SLACK_BOT_TOKEN is not set"):
        await run_slack(core, make_settings(db, fake, SLACK_BOT_TOKEN=""))


async def test_digest_interrupted_after_posting_is_found_not_reposted_after_restart(db, fake):
    bot = await Running(make_settings(db, fake)).start()
    tomorrow = datetime.now(timezone.utc).date() + timedelta(days=1)
    due = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 8, 0, 30, tzinfo=timezone.utc)
    try:
        await ask(fake, "subscribe China at 08:00 UTC", user="U0ADMIN")
        posted_before = len(fake.state.posts)
        real_post_keyed = bot.adapter.poster.post_keyed

        async def post_then_die(*args, **kwargs):
            await real_post_keyed(*args, **kwargs)
            raise RuntimeError("process killed after Slack accepted the digest")

        bot.adapter.poster.post_keyed = post_then_die
        with pytest.raises(RuntimeError):
            await bot.core.run_due_digests(due)
        digest = fake.state.posts[posted_before:]
        assert digest and digest[0].metadata["event_payload"]["key"]  # the root carries its outbox key
    finally:
        await bot.stop()

    bot = await Running(make_settings(db, fake)).start()
    try:
        await bot.core.run_due_digests(due + timedelta(minutes=1))
        assert len(fake.state.posts) == posted_before + len(digest)  # found in the channel, not posted again
        assert any(c[0] == "conversations.history" for c in fake.state.calls)
        assert await linked(bot, CHANNEL, digest[0].ts)
    finally:
        await bot.stop()
