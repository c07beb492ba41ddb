"""collect(): a mixed batch of files, pages and feeds served by a real local server on 127.0.0.1.

Every bad input must give exactly one IngestFailure with a clear reason while the rest of the batch
still becomes drafts.
"""
from __future__ import annotations

from pathlib import Path

from bot.ingest.collect import Progress, collect
from bot.ingest.drafts import ArticleDraft, IngestFailure
from bot.ingest.http import PoliteFetcher
from tests.fixtures.ingest.local_server import (
    CP1251_TEXT,
    CP1252_TEXT,
    MemoryValidators,
)

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


async def run(targets: list[str], fetcher: PoliteFetcher, progress: list[Progress] | None = None):
    results = [item async for item in collect(targets, fetcher, on_progress=progress.append if progress is not None else None)]
    drafts = [r for r in results if isinstance(r, ArticleDraft)]
    failures = {f.target: f.reason for f in results if isinstance(f, IngestFailure)}
    assert len(failures) == len([r for r in results if isinstance(r, IngestFailure)]), "one failure per target"
    return drafts, failures


async def test_bad_inputs_fail_one_by_one_and_the_rest_of_the_batch_survives(server, fetcher, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 8)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Harbour accord\n\n" + CP1252_TEXT).encode("cp1252"))
    bad = {
        server.url("/broken-feed.xml"): "malformed feed",
        server.url("/articles/gone.html"): "HTTP 404 Not Found",
        server.url("/slow.html"): "timed out after 0.5 s",
        server.url("/binary.html"): "binary content",
        server.url("/big.html"): "too large",
        server.url("/empty.html"): "empty page",
        server.url("/image.png"): "not a web page or feed (image/png)",
        str(empty): "empty file",
        str(junk): "binary content",
        str(tmp_path / "missing.txt"): "no such file",
    }
    good = [
        server.url("/feed.xml"),
        server.url("/cp1252.html"),
        server.url("/cp1251.html"),
        str(latin),
        str(FIXTURES / "article.txt"),
    ]
    targets = [t for pair in zip(list(bad), good + [""] * len(bad)) for t in pair if t]
    progress: list[Progress] = []
    drafts, failures = await run(targets, fetcher, progress)

    for target, reason in bad.items():
        assert reason in failures.pop(target), target
    assert failures == {}

    titles = {d.title for d in drafts}
    assert {"Envoys agree to reopen border crossing talks", "Ministers meet on grain corridor"} <= titles
    # The feed entry whose page is 404 falls back to the feed's own summary.
    postponed = next(d for d in drafts if d.title == "Summit postponed after storm")
    assert postponed.text.startswith("The regional summit planned for Saturday was postponed")
    assert postponed.feed_url == server.url("/feed.xml")
    assert postponed.outlet == "Example Wire — World"
    # Non-UTF-8 bytes are decoded, not dropped or mangled.
    assert any("São Tomé et Príncipe signed the “harbour accord”" in d.text for d in drafts)
    assert sum("São Tomé" in d.text for d in drafts) == 2  # the page and the .txt file
    assert any(CP1251_TEXT in d.text for d in drafts)
    assert len(drafts) == 3 + 2 + 2  # feed entries, two encoded pages, two files
    assert progress[-1].done == progress[-1].total == len(targets) + 3  # targets plus feed entries


async def test_feed_entries_get_page_text_feed_dates_and_outlet(server, fetcher):
    drafts, failures = await run([server.url("/feed.xml")], fetcher)
    assert failures == {}
    by_title = {d.title: d for d in drafts}
    talks = by_title["Envoys agree to reopen border crossing talks"]
    assert talks.outlet == "Example Wire"  # og:site_name beats the feed title
    assert talks.canonical_url == "https://news.example.org/world/envoys-border-talks"
    assert talks.feed_url == server.url("/feed.xml")
    assert "the chief mediator told reporters" in talks.text
    corridor = by_title["Ministers meet on grain corridor"]
    # The page has no date or site name: the feed's date and title fill in.
    assert corridor.published is not None and corridor.published.isoformat() == "2024-03-08T14:00:00+00:00"
    assert corridor.outlet == "Example Wire — World"
    assert corridor.canonical_url == server.url("/articles/grain-corridor.html")


async def test_malformed_feed_does_not_stop_other_targets(server, fetcher):
    drafts, failures = await run(
        [server.url("/broken-feed.xml"), server.url("/articles/grain-corridor.html"), str(FIXTURES / "article.txt")],
        fetcher,
    )
    assert list(failures) == [server.url("/broken-feed.xml")]
    assert failures[server.url("/broken-feed.xml")].startswith("malformed feed (")
    assert len(drafts) == 2


async def test_same_text_at_two_urls_has_one_content_hash(server, fetcher):
    drafts, failures = await run(
        [server.url("/articles/border-talks.html"), server.url("/mirror/border-talks.html"), server.url("/articles/grain-corridor.html")],
        fetcher,
    )
    assert failures == {}
    by_url = {d.url: d for d in drafts}
    original = by_url[server.url("/articles/border-talks.html")]
    mirror = by_url[server.url("/mirror/border-talks.html")]
    other = by_url[server.url("/articles/grain-corridor.html")]
    assert original.canonical_url != mirror.canonical_url
    assert original.content_hash() == mirror.content_hash()
    assert other.content_hash() != original.content_hash()
    assert mirror.outlet == "Sample Daily" and original.outlet == "Example Wire"


async def test_unchanged_page_is_not_modified_on_the_second_run(server):
    progress: list[Progress] = []
    async with PoliteFetcher("briefs@example.org", validators=MemoryValidators(), per_host_delay=0) as fetcher:
        first, _ = await run([server.url("/etag.html")], fetcher)
        for draft in first:  # what the pipeline does once the article is stored
            await fetcher.remember(draft.fetched)
        second, failures = await run([server.url("/etag.html")], fetcher, progress)
    assert len(first) == 1 and second == [] and failures == {}
    assert [p.status for p in progress] == ["not modified"]


async def test_directory_is_walked_for_supported_files(tmp_path, fetcher):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "story.txt").write_text((FIXTURES / "article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "page.html").write_bytes((FIXTURES / "other.html").read_bytes())
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(
        '{"title": "Written for tests: one", "text": "First invented story, written for tests.", "url": "https://example.org/1"}\n'
        "{not json\n"
        '{"title": "Written for tests: two", "text": "Second invented story, written for tests.", "url": "https://example.org/2"}\n',
        encoding="utf-8",
    )
    drafts, failures = await run([str(tmp_path)], fetcher)
    assert sorted(d.title for d in drafts) == [
        "Ministers meet on grain corridor",
        "Written for DiploBrief tests: harbour agreement signed",
        "Written for tests: one",
        "Written for tests: two",
    ]
    assert list(failures) == [f"{tmp_path / 'batch.jsonl'} line 2"]
    assert failures[f"{tmp_path / 'batch.jsonl'} line 2"].startswith("invalid JSON")


async def test_consumer_may_stop_early(server, fetcher):
    stream = collect([server.url("/feed.xml"), server.url("/slow.html")], fetcher)
    first = await anext(stream)
    await stream.aclose()
    assert isinstance(first, (ArticleDraft, IngestFailure))
