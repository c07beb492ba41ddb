"""Feed parsing (feedparser underneath), feed sniffing and the shipped default feed list."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.ingest.feeds import FeedError, load_default_feeds, looks_like_feed, parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_rss_entries():
    content = (FIXTURES / "feed.xml").read_bytes().replace(b"{base}", b"https://wire.example.org")
    entries = parse_feed(content, "https://wire.example.org/feed.xml")
    assert [e.url for e in entries] == [
        "https://wire.example.org/articles/border-talks.html?utm_source=rss",
        "https://wire.example.org/articles/grain-corridor.html",
        "https://wire.example.org/articles/gone.html",
    ]
    assert entries[1].published == datetime(2024, 3, 8, 14, 0, tzinfo=timezone.utc)
    assert entries[0].feed_title == "Example Wire — World"
    assert entries[2].summary_html.startswith("<p>The regional summit")


def test_atom_entries():
    entries = parse_feed((FIXTURES / "atom.xml").read_bytes(), "https://ministry.example.org/press.atom")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.url == "https://ministry.example.org/press/border-talks"
    assert entry.published == datetime(2024, 3, 6, 12, 0, tzinfo=timezone.utc)
    assert "It thanks the mediators" in entry.content_html
    assert entry.feed_title == "Example Ministry — Press releases"


def test_malformed_feed_is_one_clear_line():
    with pytest.raises(FeedError) as caught:
        parse_feed((FIXTURES / "malformed_feed.xml").read_bytes(), "https://x.example.org/feed")
    message = str(caught.value)
    assert message.startswith("malformed feed (line ") and "\n" not in message


def test_feed_with_errors_but_readable_entries_is_accepted():
    # Written for tests: an unescaped "&" makes it not well-formed; feedparser still reads the item.
    content = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Tests & more</title>'
        b"<item><title>Written for tests</title><link>https://x.example.org/a</link></item></channel></rss>"
    )
    entries = parse_feed(content, "https://x.example.org/feed")
    assert [e.url for e in entries] == ["https://x.example.org/a"]


def test_empty_but_valid_feed_has_no_entries():
    content = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(content, "https://x.example.org/feed") == []


def test_html_is_not_a_feed():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body><p>hello</p></body></html>", "https://x.example.org/")


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"anything", "application/rss+xml", True),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "text/xml", True),
        (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', None, True),
        (b"<!DOCTYPE html><html><head>", "text/html", False),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "application/xhtml+xml", False),
    ],
)
def test_feed_sniffing(content, content_type, expected):
    assert looks_like_feed(content, content_type) is expected


def test_default_feed_list():
    feeds = load_default_feeds()
    everything = load_default_feeds(include_disabled=True)
    assert 0 < len(feeds) < len(everything)
    assert len({f.url for f in everything}) == len(everything)
    for feed in everything:
        parts = urlsplit(feed.url)
        assert parts.scheme in ("http", "https") and parts.hostname, feed
        assert feed.kind in ("rss", "atom") and feed.name and feed.type
    hosts = {urlsplit(f.url).hostname for f in feeds}
    assert "news.un.org" in hosts  # UN News
    assert {"www.state.gov", "www.gov.uk"} <= hosts  # foreign ministries
    assert any(f.type == "wire" for f in feeds)
