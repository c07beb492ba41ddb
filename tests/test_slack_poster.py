"""Slack posting against the local fake Slack, without the core: pacing, 429s, refused blocks, bad tokens.
Replies and stories here are written for these tests."""
from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import SlackAdapter, SlackConfigError, SlackPoster
from bot.config import Settings
from bot.messages import Reply, ReplyItem
from tests.conftest import PROJECT_ROOT, require_shared
from tests.fakes.fake_slack import APP_TOKEN, BOT_TOKEN, FakeSlack


@pytest.fixture
async def fake():
    slack = FakeSlack(require_shared("specs/slack/slack_web_openapi_v2.json"))
    await slack.start()
    yield slack
    await slack.stop()
    slack.assert_clean()


def client_for(fake: FakeSlack) -> AsyncWebClient:
    return AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=2)])


def answer(stories: int = 2) -> Reply:
    items = [ReplyItem(headline=f"Envoys agree on talks, part {n}", outlet="Test Wire", date=datetime(2024, 5, 1),
                       link=f"https://news.example/{n}", summary=[f"Summary sentence for part {n}."], story_id=n)
             for n in range(stories)]
    return Reply(title="Latest: talks", items=items, kind="digest")


async def test_digest_delivery_posts_root_then_stories_in_its_thread(fake):
    poster = SlackPoster(client_for(fake), min_interval=0)
    root_ts = await poster.post("T0FAKE", "C0NEWS", answer(3))
    posts = fake.state.posts
    assert [p.thread_ts for p in posts] == [None, root_ts, root_ts, root_ts]
    assert posts[0].ts == root_ts and posts[0].blocks[0]["type"] == "header"
    assert ["part 0" in posts[1].text, "part 2" in posts[3].text] == [True, True]


async def test_keyed_digest_is_found_after_a_restart(fake):
    poster = SlackPoster(client_for(fake), min_interval=0)
    assert await poster.find_posted("T0FAKE", "C0NEWS", "digest:7:2024-05-02") is None
    root_ts = await poster.post_keyed("T0FAKE", "C0NEWS", answer(2), "digest:7:2024-05-02")
    restarted = SlackPoster(client_for(fake), min_interval=0)
    assert await restarted.find_posted("T0FAKE", "C0NEWS", "digest:7:2024-05-02") == root_ts
    assert await restarted.find_posted("T0FAKE", "C0NEWS", "digest:7:2024-05-03") is None
    assert [p.thread_ts for p in fake.state.posts] == [None, root_ts, root_ts]


async def test_rate_limit_is_retried_after_retry_after(fake):
    fake.rate_limit_next("chat.postMessage", retry_after=1)
    poster = SlackPoster(client_for(fake), min_interval=0)
    ts = await poster.send("C0NEWS", (await _first_message()), None)
    assert [p.ts for p in fake.state.posts] == [ts]
    [(method, limited_at)] = fake.state.rate_limited
    assert method == "chat.postMessage"
    assert fake.state.posts[0].at - limited_at >= 1.0  # waited for Retry-After
    assert fake.state.calls[-1][0] == "chat.postMessage" and len([c for c in fake.state.calls if c[0] == "chat.postMessage"]) == 2


async def _first_message():
    from adapters.slack.render import render_reply

    return render_reply(answer(1))[0]


@pytest.mark.parametrize("error", ["invalid_blocks", "msg_too_long"])
async def test_refused_blocks_are_resent_as_plain_text(fake, error):
    fake.fail_next("chat.postMessage", error)
    poster = SlackPoster(client_for(fake), min_interval=0)
    ts = await poster.post_reply("C0NEWS", Reply(title="Latest", items=answer(2).items))
    [post] = fake.state.posts
    assert post.ts == ts and post.blocks == []
    assert "<https://news.example/1|Envoys agree on talks, part 1>" in post.text  # links survive as mrkdwn


async def test_channel_pacing_spaces_posts(fake):
    poster = SlackPoster(client_for(fake), min_interval=0.2)
    await poster.post("T0FAKE", "C0NEWS", answer(2))
    times = [p.at for p in fake.state.posts]
    assert len(times) == 3 and all(later - earlier >= 0.19 for earlier, later in zip(times, times[1:]))


async def test_pacing_is_per_channel(fake):
    poster = SlackPoster(client_for(fake), min_interval=0.5)
    message = await _first_message()
    await asyncio.gather(poster.send("C0NEWS", message), poster.send("C0NEWS", message), poster.send("C0OTHER", message))
    # the other channel does not queue behind C0NEWS's second post
    assert [p.channel for p in fake.state.posts][-1] == "C0NEWS"


def settings(tmp_path: Path, fake: FakeSlack, **env: str) -> Settings:
    base = {"DIPLOBRIEF_DATA_DIR": str(tmp_path), "SLACK_API_URL": fake.api_url,
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN}
    return Settings.load(env={**base, **env})


class NoCore:
    def register_delivery(self, delivery) -> None:
        self.delivery = delivery


@pytest.mark.parametrize(("variable", "value"), [("SLACK_BOT_TOKEN", "xoxb-revoked"), ("SLACK_APP_TOKEN", "xapp-revoked")])
async def test_refused_token_is_one_clear_line_naming_it(fake, tmp_path, variable, value):
    adapter = SlackAdapter(NoCore(), settings(tmp_path, fake, **{variable: value}), min_interval=0)
    with pytest.raises(SlackConfigError) as raised:
        await adapter.start()
    await adapter.stop()
    message = str(raised.value)
    assert message.startswith(variable) and "invalid_auth" in message and "api.slack.com/apps" in message
    assert "\n" not in message


def test_manifest_declares_what_the_adapter_listens_to():
    manifest = yaml.safe_load((PROJECT_ROOT / "deploy" / "slack-manifest.yml").read_text(encoding="utf-8"))
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "app_mentions:read", "channels:history", "groups:history",
            "im:history", "im:write", "users:read"} <= scopes
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention", "message.channels", "message.groups", "message.im"}
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/brief"]
    assert manifest["settings"]["socket_mode_enabled"] is True
