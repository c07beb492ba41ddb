"""Turn a batch of targets (files, directories, page and feed URLs) into a stream of drafts and failures.

Every bad input becomes exactly one IngestFailure (also logged as one line) and the batch goes on.
Hosts are fetched concurrently; PoliteFetcher keeps requests to one host spaced out.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.boilerplate import clean_article
from bot.ingest.drafts import ArticleDraft, IngestError, IngestFailure, normalise_url
from bot.ingest.feeds import FeedEntry, FeedError, looks_like_feed, parse_feed
from bot.ingest.files import SUPPORTED_SUFFIXES, iter_file
from bot.ingest.html import draft_from_html
from bot.ingest.http import FetchError, FetchResult, PoliteFetcher
from bot.ingest.outlets import outlet_for_url
from bot.ingest.text import guess_language, html_fragment_to_text

log = logging.getLogger(__name__)

_NOT_PAGES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/octet-stream")


@dataclass(slots=True)
class Progress:
    done: int  # targets and feed entries finished so far
    total: int  # grows when a feed reveals its entries
    target: str
    status: str  # "draft", "failed", "not modified", "feed"


Result = ArticleDraft | IngestFailure
_DONE = object()


async def collect(
    targets: list[str],
    fetcher: PoliteFetcher,
    *,
    on_progress: Callable[[Progress], None] | None = None,
) -> AsyncIterator[Result]:
    run = _Run(fetcher, on_progress)
    producer = asyncio.create_task(run.all(targets))
    try:
        while True:
            item = await run.queue.get()
            if item is _DONE:
                break
            yield item
        await producer
    finally:
        if not producer.done():
            producer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await producer


def expand_targets(targets: list[str]) -> tuple[list[str], list[Path], list[IngestFailure]]:
    """URLs, files (directories expanded recursively to supported files), and targets that are neither."""
    urls: list[str] = []
    files: list[Path] = []
    missing: list[IngestFailure] = []
    for target in targets:
        if target.startswith(("http://", "https://")):
            urls.append(target)
            continue
        path = Path(target)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(IngestFailure(target, "no such file, directory or http(s) URL"))
    return urls, files, missing


class _Run:
    def __init__(self, fetcher: PoliteFetcher, on_progress: Callable[[Progress], None] | None) -> None:
        self.fetcher = fetcher
        self.on_progress = on_progress
        self.queue: asyncio.Queue = asyncio.Queue(maxsize=256)  # backpressure on a slow consumer
        self.done = 0
        self.total = 0

    async def all(self, targets: list[str]) -> None:
        try:
            urls, files, missing = expand_targets(targets)
            self.total = len(urls) + len(files) + len(missing)
            for failure in missing:
                await self.emit(failure, failure.target)
            async with asyncio.TaskGroup() as group:
                group.create_task(self.files(files))
                for url in urls:
                    group.create_task(self.guarded(url, self.url(url)))
            await self.queue.put(_DONE)
        except BaseException:
            with contextlib.suppress(asyncio.QueueFull):
                self.queue.put_nowait(_DONE)
            raise

    async def emit(self, item: Result | None, target: str, status: str | None = None) -> None:
        if isinstance(item, IngestFailure):
            log.warning("ingest failed: %s", item)
        if item is not None:
            await self.queue.put(item)
        self.done += 1
        if self.on_progress is not None:
            status = status or ("failed" if isinstance(item, IngestFailure) else "draft")
            self.on_progress(Progress(self.done, self.total, target, status))

    async def guarded(self, target: str, work) -> None:
        """A bug in one target's handling costs that target only."""
        try:
            await work
        except Exception as error:  # noqa: BLE001 - reported as that target's failure
            log.debug("unexpected error on %s", target, exc_info=True)
            await self.emit(IngestFailure(target, f"unexpected {type(error).__name__}: {error}"), target)

    async def files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                results = await asyncio.to_thread(lambda: list(iter_file(path)))
            except Exception as error:  # noqa: BLE001
                results = [IngestFailure(str(path), f"unexpected {type(error).__name__}: {error}")]
            # A .jsonl holds many articles: the file counts once in progress, at its last result.
            for result in results[:-1]:
                if isinstance(result, IngestFailure):
                    log.warning("ingest failed: %s", result)
                await self.queue.put(result)
            await self.emit(results[-1] if results else None, str(path))

    async def url(self, url: str) -> None:
        try:
            result = await self.fetcher.get(url)
        except FetchError as error:
            await self.emit(IngestFailure(url, error.reason), url)
            return
        if result.not_modified:
            await self.emit(None, url, "not modified")
            return
        if looks_like_feed(result.content, result.content_type):
            await self.fetcher.remember(result)
            await self.feed(url, result)
            return
        await self.emit(await self.page(result, url), url)

    async def page(self, result: FetchResult, target: str, **hints) -> Result:
        if result.content_type and result.content_type.startswith(_NOT_PAGES):
            return IngestFailure(target, f"not a web page or feed ({result.content_type})")
        try:
            draft = await asyncio.to_thread(
                draft_from_html, result.content, result.final_url, charset=result.charset, **hints
            )
        except IngestError as error:
            return IngestFailure(target, str(error))
        draft.fetched = result
        return draft

    async def feed(self, feed_url: str, result: FetchResult) -> None:
        try:
            entries = await asyncio.to_thread(parse_feed, result.content, feed_url, content_type=result.content_type)
        except FeedError as error:
            await self.emit(IngestFailure(feed_url, str(error)), feed_url)
            return
        self.total += len(entries)
        await self.emit(None, feed_url, "feed")
        async with asyncio.TaskGroup() as group:
            for entry in entries:
                group.create_task(self.guarded(entry.url, self.entry(entry, feed_url)))

    async def entry(self, entry: FeedEntry, feed_url: str) -> None:
        page_problem = "the entry has no link"
        if entry.url.startswith(("http://", "https://")) and "#entry-" not in entry.url:
            try:
                result = await self.fetcher.get(entry.url)
            except FetchError as error:
                page_problem = error.reason
            else:
                if result.not_modified:
                    await self.emit(None, entry.url, "not modified")
                    return
                page = await self.page(result, entry.url, outlet_hint=entry.feed_title)
                if isinstance(page, ArticleDraft):
                    page.feed_url = feed_url
                    page.published = page.published or entry.published
                    page.title = page.title or entry.title
                    await self.emit(page, entry.url)
                    return
                page_problem = page.reason
        # The page could not be read: the feed's own content or summary is still the article's text.
        draft = _draft_from_entry(entry, feed_url)
        if draft is None:
            await self.emit(IngestFailure(entry.url, f"{page_problem}; the feed entry has no text either"), entry.url)
            return
        await self.emit(draft, entry.url)


def _draft_from_entry(entry: FeedEntry, feed_url: str) -> ArticleDraft | None:
    text = html_fragment_to_text(entry.content_html) or html_fragment_to_text(entry.summary_html)
    cleaned = clean_article(entry.title, text)
    if not cleaned.text:
        return None
    return ArticleDraft(
        url=entry.url,
        canonical_url=normalise_url(entry.url),
        title=entry.title or cleaned.text.split("\n\n", 1)[0][:120],
        text=cleaned.text,
        outlet=entry.feed_title or cleaned.outlet_hint or outlet_for_url(entry.url),
        credits=cleaned.credits,
        published=entry.published,
        language=guess_language(cleaned.text),
        feed_url=feed_url,
    )
