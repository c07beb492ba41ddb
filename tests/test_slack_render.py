"""Pure Slack translation: payloads -> IncomingMessage, Reply -> Block Kit messages within Slack's limits.
The replies and stories below are written for these tests."""
from __future__ import annotations

import re
from datetime import datetime

import pytest

from adapters.slack import check_slack_settings
from adapters.slack.events import from_event, from_slash_command, is_direct_message, is_from_bot, mentions, thread_of
from adapters.slack.render import render_digest, render_reply, split_text
from bot.config import Settings
from bot.messages import QuoteView, Reply, ReplyItem, SourceLink
from tests.fakes.fake_slack import block_kit_problems

BOT = "U0BOT"


def story(n: int, summary_sentences: int = 2, quotes: int = 1) -> ReplyItem:
    return ReplyItem(
        headline=f"Foreign ministers meet in Geneva, round {n} <draft> & notes",
        outlet="Test Wire",
        date=datetime(2024, 3, 5, 9, 30),
        link=f"https://news.example/{n}",
        summary=[f"Sentence {i} of story {n} says the talks continued." for i in range(summary_sentences)],
        quotes=[QuoteView(text=f"We want peace, take {q}", speaker="Jane Doe", speaker_title="Foreign Minister",
                          speaker_affiliation="Ruritania", link=f"https://news.example/{n}", outlet="Test Wire")
                for q in range(quotes)],
        sources=[SourceLink("Test Wire", f"https://news.example/{n}"), SourceLink("Other Post", f"https://other.example/{n}")],
        story_id=n,
    )


def all_text(messages) -> str:
    return "\n".join(str(m.blocks) + m.text for m in messages)


def test_slash_command_becomes_incoming_message():
    body = {"team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/brief",
            "text": "  sources add <https://feeds.example/rss|feeds.example/rss>  "}
    msg = from_slash_command(body, user_is_admin=True)
    assert (msg.platform, msg.workspace, msg.channel, msg.user, msg.thread) == ("slack", "T1", "C1", "U1", None)
    assert msg.text == "sources add https://feeds.example/rss"
    assert msg.user_is_admin
    assert from_slash_command({**body, "text": ""}).text == "help"


def test_mention_is_stripped_and_entities_unescaped():
    event = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1.1",
             "text": f"<@{BOT}> who said what about <#C9|brics> &amp; G7?"}
    msg = from_event(event, "T1", BOT)
    assert msg.text == "who said what about #brics & G7?"
    assert mentions(event, BOT) and not mentions({"text": "<@U2> hi"}, BOT)


def test_threads_dms_and_bot_messages_are_told_apart():
    assert thread_of({"ts": "2.0", "thread_ts": "1.0"}) == "1.0"
    assert thread_of({"ts": "1.0", "thread_ts": "1.0"}) is None  # the thread root itself
    assert thread_of({"ts": "1.0"}) is None
    assert is_direct_message({"channel": "D1", "channel_type": "im"})
    assert not is_direct_message({"channel": "C1", "channel_type": "channel"})
    assert is_from_bot({"user": BOT, "text": "x"}, BOT)
    assert is_from_bot({"bot_id": "B9", "text": "x"}, BOT)
    assert is_from_bot({"subtype": "message_changed"}, BOT)
    assert not is_from_bot({"user": "U1", "text": "x"}, BOT)
    assert not is_from_bot({"user": "U1", "text": "x", "subtype": "thread_broadcast"}, BOT)


def test_reply_renders_header_links_context_and_fallback():
    reply = Reply(title="Latest: Ruritania", items=[story(1), story(2)], text="")
    [message] = render_reply(reply)
    types = [b["type"] for b in message.blocks]
    assert types[0] == "header" and types.count("divider") == 2 and types.count("context") == 2
    body = all_text([message])
    # the headline is a mrkdwn link with Slack's control characters escaped
    assert "<https://news.example/1|Foreign ministers meet in Geneva, round 1 &lt;draft&gt; &amp; notes>" in body
    assert "Test Wire · 5 Mar 2024" in body and "<https://other.example/1|Other Post>" in body
    assert "*Jane Doe*, Foreign Minister, Ruritania" in body
    assert message.text.startswith("Latest: Ruritania") and "https://news.example/2" in message.text
    assert block_kit_problems(message.text, message.blocks) == []


def test_summary_sentences_name_their_outlet_when_it_differs():
    item = story(1, summary_sentences=2)
    item.summary_outlets = ["Test Wire", "Other Post"]
    [message] = render_reply(Reply(title="t", items=[item]))
    lines = [line for b in message.blocks if b["type"] == "section" for line in b["text"]["text"].split("\n")]
    assert "Sentence 1 of story 1 says the talks continued. _(Other Post)_" in lines
    assert "Sentence 0 of story 1 says the talks continued." in lines  # the headline's own outlet is not repeated


def test_unattributed_quote_is_not_given_a_speaker():
    item = story(1)
    item.quotes = [QuoteView(text="Talks will resume", speaker=None, kind="indirect")]
    [message] = render_reply(Reply(title="Quotes", items=[item]))
    assert "speaker not identified" in all_text([message])


def test_long_replies_split_within_limits_and_lose_nothing():
    items = [story(n, summary_sentences=40, quotes=6) for n in range(30)]
    long_title = "A very long title " * 20
    messages = render_reply(Reply(title=long_title, text="intro " * 900, items=items))
    assert len(messages) > 1
    for message in messages:
        assert block_kit_problems(message.text, message.blocks) == []
    header = messages[0].blocks[0]["text"]["text"]
    assert len(header) <= 150 and header.startswith("A very long title")
    body = all_text(messages)
    for n in range(30):  # every story and every summary sentence arrives exactly once
        assert body.count(f"|Foreign ministers meet in Geneva, round {n} &lt;") == 1
        assert body.count(f"Sentence 39 of story {n} says") == 1


def test_a_single_oversized_sentence_is_cut_at_word_boundaries():
    words = " ".join(f"w{i}" for i in range(2000))
    pieces = split_text(words, 3000)
    assert all(len(p) <= 3000 for p in pieces)
    assert " ".join(pieces).split() == words.split()


def test_digest_is_a_root_and_one_message_per_story():
    root, stories = render_digest(Reply(title="Daily digest", items=[story(1), story(2), story(3)], kind="digest"))
    assert root.blocks[0]["type"] == "header" and "3 stories" in all_text([root])
    assert len(stories) == 3 and "round 2" in all_text([stories[1]])
    for message in [root, *stories]:
        assert block_kit_problems(message.text, message.blocks) == []


def test_reply_without_items_still_has_text():
    [message] = render_reply(Reply(title="", text="Nothing found for *xyz*.", kind="empty"))
    assert message.text == "Nothing found for *xyz*." and message.blocks[0]["type"] == "section"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ["SLACK_BOT_TOKEN is not set", "SLACK_APP_TOKEN is not set"]),
        ({"SLACK_BOT_TOKEN": "xoxp-user", "SLACK_APP_TOKEN": "xapp-1"}, ["SLACK_BOT_TOKEN must start with xoxb-"]),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"}, ["SLACK_APP_TOKEN must start with xapp-"]),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, []),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, []),
    ],
)
def test_settings_errors_name_the_variable_and_where_to_get_it(env, expected, tmp_path):
    settings = Settings.load(env={"DIPLOBRIEF_DATA_DIR": str(tmp_path), **env})
    errors = check_slack_settings(settings)
    assert len(errors) == len(expected)
    for error, start in zip(errors, expected):
        assert error.startswith(start) and "api.slack.com/apps" in error and "\n" not in error
    assert all(re.search(r"OAuth & Permissions|App-Level Tokens", e) for e in errors)
