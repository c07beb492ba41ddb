"""Discord rendering and translation as pure functions. The replies below are written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import parse_qs, urlparse

import discord
import pytest

from adapters.discord import check_discord_settings, invite_url
from adapters.discord.render import render_reply, thread_name
from adapters.discord.translate import command_text, incoming, is_admin, strip_bot_mention
from bot.config import Settings
from bot.messages import QuoteView, Reply, ReplyItem, SourceLink
from tests.fakes.fake_discord import embed_limit_errors


def day(n: int) -> datetime:
    return datetime(2024, 5, n, 9, 0, tzinfo=timezone.utc)


def story(n: int, sentences: int = 3, sentence_len: int = 40) -> ReplyItem:
    summary = [f"Story {n} sentence {k} " + "word " * sentence_len + "ends." for k in range(sentences)]
    return ReplyItem(
        headline=f"Ministers meet in capital number {n}",
        outlet="Example Wire",
        date=day(1 + n % 20),
        link=f"https://news.example/{n}",
        summary=summary,
        quotes=[QuoteView(text=f"We agreed on point {n}", speaker="Ana Costa", speaker_title="foreign minister")],
        sources=[SourceLink("Example Wire", f"https://news.example/{n}", day(1 + n % 20)),
                 SourceLink("Other Daily", f"https://other.example/{n}", day(2 + n % 20))],
        story_id=n,
    )


def payloads(reply: Reply) -> list[dict]:
    return [{"content": m.content, "embeds": [e.to_dict() for e in m.embeds]} for m in render_reply(reply)]


def all_text(messages: list[dict]) -> str:
    parts = []
    for message in messages:
        parts.append(message["content"] or "")
        for embed in message["embeds"]:
            parts += [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
            parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


def test_short_answer_is_one_embed_with_linked_index_fields_and_footer():
    reply = Reply(title="Latest on China and Russia", items=[story(1), story(2)], thread="c1")
    [message] = payloads(reply)
    assert message["content"] is None
    [embed] = message["embeds"]
    assert embed["title"] == "Latest on China and Russia"
    assert "[Ministers meet in capital number 1](https://news.example/1)" in embed["description"]
    assert [f["name"] for f in embed["fields"]] == ["1. Ministers meet in capital number 1",
                                                   "2. Ministers meet in capital number 2"]
    first = embed["fields"][0]["value"]
    assert "Story 1 sentence 0" in first and "[Other Daily](https://other.example/1)" in first
    assert "“We agreed on point 1” — Ana Costa, foreign minister" in first
    assert embed["footer"]["text"] == "Outlets: Example Wire, Other Daily · 2024-05-02 to 2024-05-04"
    assert embed_limit_errors(message) == []


def test_long_reply_splits_into_messages_within_every_limit_and_loses_no_sentence():
    items = [story(n, sentences=6, sentence_len=30) for n in range(1, 31)]
    reply = Reply(title="T" * 300, items=items, text="Digest for Tuesday.")
    messages = payloads(reply)
    assert len(messages) > 1
    for message in messages:
        assert embed_limit_errors(message) == [], message
    assert len(messages[0]["embeds"][0]["title"]) <= 256
    text = all_text(messages)
    for item in items:
        for sentence in item.summary:
            assert sentence in text
    # stories keep their order across the split
    names = [f["name"] for m in messages for e in m["embeds"] for f in e.get("fields", [])]
    numbers = [int(n.split(".")[0]) for n in names]
    assert numbers == sorted(numbers) and set(numbers) == set(range(1, 31))
    # the footer closes the reply, once
    footers = [e for m in messages for e in m["embeds"] if "footer" in e]
    assert len(footers) == 1 and footers[0] is messages[-1]["embeds"][-1]


def test_a_story_longer_than_a_field_continues_without_cutting_text():
    item = story(1, sentences=1, sentence_len=400)  # one sentence of ~2,000 characters
    messages = payloads(Reply(title="Long", items=[item]))
    fields = [f for m in messages for e in m["embeds"] for f in e.get("fields", [])]
    assert len(fields) >= 2 and fields[1]["name"].endswith("(cont.)")
    joined = " ".join(f["value"] for f in fields)
    assert " ".join(joined.split()).count("word") == 400
    for message in messages:
        assert embed_limit_errors(message) == []


def test_many_fields_start_a_new_embed_after_25():
    items = [ReplyItem(headline=f"H{n}", summary=["Short."]) for n in range(40)]
    messages = payloads(Reply(title="Many", items=items))
    for message in messages:
        assert embed_limit_errors(message) == []
    counts = [len(e.get("fields", [])) for m in messages for e in m["embeds"]]
    assert max(counts) <= 25 and sum(counts) == 40


def test_quote_without_speaker_is_not_attributed_to_anyone():
    item = ReplyItem(headline="H", quotes=[QuoteView(text="Talks will continue", speaker=None)])
    text = all_text(payloads(Reply(title="Who said", items=[item])))
    assert "speaker not identified" in text


def test_markdown_in_source_text_is_escaped_and_urls_stay_links():
    item = ReplyItem(headline="A *bold* claim", link="https://x.example/a_(b)", summary=["2*3 is six_"])
    embed = payloads(Reply(title="t", items=[item]))[0]["embeds"][0]
    assert "[A \\*bold\\* claim](https://x.example/a_%28b%29)" in embed["description"]
    assert "2\\*3 is six\\_" in embed["fields"][0]["value"]


def test_errors_are_plain_content_split_under_2000():
    reply = Reply(title="Sorry", text=("x " * 1500).strip(), kind="error")
    messages = payloads(reply)
    assert len(messages) == 2
    assert all(m["embeds"] == [] and len(m["content"]) <= 2000 for m in messages)
    assert messages[0]["content"].startswith("**Sorry**")


def test_help_without_items_is_an_embed():
    [message] = payloads(Reply(title="DiploBrief", text="latest — newest stories\nhelp — this", kind="help"))
    assert message["embeds"][0]["description"] == "latest — newest stories\nhelp — this"


def test_thread_name_is_within_discords_100_characters():
    assert len(thread_name(Reply(title="word " * 50))) <= 100
    assert thread_name(Reply(title="")) == "DiploBrief"


@pytest.mark.parametrize(
    "command, options, expected",
    [
        ("latest", {}, "latest"),
        ("latest", {"topic": "China", "also": "Russia"}, "latest China Russia"),
        ("whosaid", {"topic": "BRICS"}, "who said what about BRICS"),
        ("whosaid", {"person": "Lavrov"}, "what did Lavrov say"),
        ("whosaid", {"person": "Lavrov", "topic": "BRICS"}, "what did Lavrov say about BRICS"),
        ("summary", {"story": 3}, "summary 3"),
        ("search", {"query": " ceasefire "}, "search ceasefire"),
        ("subscribe", {"topic": "China", "time": "08:00", "timezone": "Europe/Lisbon"},
         "subscribe China at 08:00 Europe/Lisbon"),
        ("unsubscribe", {"topic": None}, "unsubscribe"),
        ("source add", {"url": "https://feeds.example/rss"}, "sources add https://feeds.example/rss"),
        ("source remove", {"url": "https://feeds.example/rss"}, "sources remove https://feeds.example/rss"),
        ("digest", {}, "digest"),
        ("help", {}, "help"),
    ],
)
def test_command_text(command, options, expected):
    assert command_text(command, **options) == expected


def test_mentions_of_the_bot_are_stripped_and_others_kept():
    assert strip_bot_mention("<@42> what did Lavrov say?", 42) == "what did Lavrov say?"
    assert strip_bot_mention("<@!42>   ", 42) == ""
    assert strip_bot_mention("ask <@7> too", 42) == "ask <@7> too"


def test_admin_means_manage_server_or_administrator():
    assert is_admin(discord.Permissions(manage_guild=True))
    assert is_admin(discord.Permissions(administrator=True))
    assert not is_admin(discord.Permissions(send_messages=True, manage_messages=True))
    assert not is_admin(None)


def test_incoming_message_from_a_thread_uses_the_parent_channel():
    msg = incoming(guild_id=1, channel_id=2, user_id=3, text="why?", thread_id=4,
                   permissions=discord.Permissions(manage_guild=True))
    assert (msg.platform, msg.workspace, msg.channel, msg.user, msg.thread, msg.user_is_admin) == \
        ("discord", "1", "2", "3", "4", True)


def test_settings_check_names_the_token_and_where_to_get_it():
    [error] = check_discord_settings(Settings.load(env={"DATABASE_URL": "sqlite://"}))
    assert "DISCORD_TOKEN" in error and "discord.com/developers/applications" in error and "\n" not in error
    [error] = check_discord_settings(Settings.load(env={"DATABASE_URL": "sqlite://", "DISCORD_TOKEN": "Bot abc"}))
    assert "DISCORD_TOKEN" in error
    ok = Settings.load(env={"DATABASE_URL": "sqlite://", "DISCORD_TOKEN": "abc.def.ghi",
                            "DISCORD_API_URL": "http://127.0.0.1:9/api/v10", "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/"})
    assert check_discord_settings(ok) == []


def test_invite_url_asks_exactly_for_the_needed_scopes_and_permissions():
    query = parse_qs(urlparse(invite_url("123456789012345678")).query)
    assert query["client_id"] == ["123456789012345678"]
    assert set(query["scope"][0].split()) == {"bot", "applications.commands"}
    # Discord permission bits: view channel 10, send 11, embed links 14, read history 16,
    # create public threads 35, send in threads 38
    expected = sum(1 << bit for bit in (10, 11, 14, 16, 35, 38))
    assert int(query["permissions"][0]) == expected
