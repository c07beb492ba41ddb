"""The command parser: pure, so every case is a plain input → expected command."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.commands import parse_command, parse_since

NOW = datetime(2026, 11, 26, 15, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text, name, topics",
    [
        ("latest China Russia", "latest", "China Russia"),
        ("/latest china-russia", "latest", "china-russia"),
        ("brief latest China and Russia", "latest", "China and Russia"),
        ("who said what about BRICS", "whosaid", "BRICS"),
        ("who said what", "whosaid", ""),
        ("search ceasefire Gaza", "search", "ceasefire Gaza"),
        ("digest", "digest", ""),
        ("unsubscribe", "unsubscribe", ""),
        ("", "help", ""),
        ("help", "help", ""),
        ("what is the weather", "unknown", "what is the weather"),
    ],
)
def test_command_names(text, name, topics):
    command = parse_command(text, NOW)
    assert (command.name, command.topics) == (name, topics)


def test_what_did_person_say_about_topic():
    command = parse_command("What did Sergei Lavrov say about BRICS?", NOW)
    assert (command.name, command.person, command.topics) == ("whatdid", "Sergei Lavrov", "BRICS")
    assert parse_command("what did lavrov say", NOW).person == "lavrov"


def test_since_phrases():
    assert parse_since("yesterday", NOW) == datetime(2026, 11, 25, tzinfo=timezone.utc)
    assert parse_since("3 days", NOW) == NOW - timedelta(days=3)
    assert parse_since("12 hours ago", NOW) == NOW - timedelta(hours=12)
    assert parse_since("2024-01-03", NOW).date().isoformat() == "2024-01-03"
    assert parse_since("the day after never", NOW) is None
    command = parse_command("latest Iran since last week", NOW)
    assert command.topics == "Iran" and command.since == NOW - timedelta(days=7)
    assert "couldn't read the date" in parse_command("latest Iran since whenever", NOW).error


def test_subscribe_time_and_timezone():
    command = parse_command("subscribe China Russia at 7:30 Europe/Lisbon", NOW)
    assert (command.topics, command.at_time, command.timezone) == ("China Russia", "07:30", "Europe/Lisbon")
    assert parse_command("subscribe at 8pm", NOW).at_time == "20:00"
    assert "not a time" in parse_command("subscribe BRICS at 25:00", NOW).error
    assert "not a timezone" in parse_command("subscribe BRICS at 08:00 Mars/Olympus", NOW).error


def test_sources_admin_subcommands_need_a_url():
    assert parse_command("sources add https://news.un.org/feed/x.xml", NOW).reference == "https://news.un.org/feed/x.xml"
    assert parse_command("sources add banana", NOW).error
    assert parse_command("sources", NOW).name == "sources"


def test_what_did_with_since_anywhere():
    command = parse_command("what did Wang Yi say about BRICS since 3 days", NOW)
    assert (command.person, command.topics, command.since) == ("Wang Yi", "BRICS", NOW - timedelta(days=3))
    assert parse_command("what did Lavrov say since yesterday?", NOW).person == "Lavrov"
