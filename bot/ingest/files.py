"""Local files -> drafts: .txt (first line title, like the seed), .html/.htm, .json, .jsonl."""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

from bot.ingest.boilerplate import is_breadcrumb, clean_article, split_paragraphs
from bot.ingest.drafts import ArticleDraft, IngestError, IngestFailure, normalise_url, parse_datetime
from bot.ingest.html import draft_from_html
from bot.ingest.outlets import outlet_for_url
from bot.ingest.text import decode_bytes, guess_language

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_TITLE_MAX_WORDS = 40


def draft_from_file(path: Path) -> ArticleDraft:
    """The one article in `path`; raises IngestError (one human line) when there is not exactly one."""
    results = list(iter_file(path))
    drafts = [r for r in results if isinstance(r, ArticleDraft)]
    if len(results) == 1 and isinstance(results[0], IngestFailure):
        raise IngestError(results[0].reason)
    if len(drafts) != 1:
        raise IngestError(f"holds {len(drafts)} articles; use drafts_from_file")
    return drafts[0]


def drafts_from_file(path: Path) -> list[ArticleDraft]:
    """Every article in `path`; bad records are logged and skipped, a bad file raises IngestError."""
    drafts: list[ArticleDraft] = []
    for result in iter_file(path):
        if isinstance(result, ArticleDraft):
            drafts.append(result)
        elif result.target == str(path):
            raise IngestError(result.reason)
        else:
            log.warning("%s", result)
    return drafts


def iter_file(path: Path) -> Iterator[ArticleDraft | IngestFailure]:
    """Drafts and per-record failures; a file-level problem is one failure with target=str(path)."""
    target = str(path)
    try:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise IngestError(f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED_SUFFIXES)}")
        data = path.read_bytes()
        if not data.strip():
            raise IngestError("empty file")
        url = path.resolve().as_uri()
        if suffix in (".html", ".htm"):
            yield draft_from_html(data, url)
            return
        text = decode_bytes(data)
        if suffix == ".txt":
            yield _draft_from_txt(text, url)
            return
        if suffix == ".jsonl":
            yield from _jsonl_records(text, url, target)
            return
        yield from _json_records(text, url, target)
    except IngestError as error:
        yield IngestFailure(target, str(error))
    except OSError as error:
        yield IngestFailure(target, f"cannot read: {error.strerror or error}")


def _draft_from_txt(text: str, url: str) -> ArticleDraft:
    paragraphs = split_paragraphs(text)
    title = ""
    for index, paragraph in enumerate(paragraphs):
        if is_breadcrumb(paragraph):
            continue
        if len(paragraph.split()) <= _TITLE_MAX_WORDS:
            title = paragraph
        break
    if not title:
        crumbs = [p for p in paragraphs[:1] if is_breadcrumb(p)]
        title = crumbs[0].split("»")[-1].split("›")[-1].strip() if crumbs else ""
    cleaned = clean_article(title, text)
    if not cleaned.text:
        raise IngestError("no article text after the title")
    return ArticleDraft(
        url=url,
        canonical_url=url,
        title=title or cleaned.text[:120],
        text=cleaned.text,
        outlet=cleaned.outlet_hint,
        credits=cleaned.credits,
        published=None,
        language=guess_language(cleaned.text),
    )


def _json_records(text: str, url: str, target: str) -> Iterator[ArticleDraft | IngestFailure]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise IngestError(f"invalid JSON ({error})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield draft_from_record(data, url)
        return
    if not isinstance(data, list):
        raise IngestError("JSON must be an article object or a list of them")
    for number, record in enumerate(data, start=1):
        try:
            yield draft_from_record(record, f"{url}#{number}")
        except IngestError as error:
            yield IngestFailure(f"{target} item {number}", str(error))


def _jsonl_records(text: str, url: str, target: str) -> Iterator[ArticleDraft | IngestFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except ValueError as error:
                raise IngestError(f"invalid JSON ({error})") from None
            yield draft_from_record(record, f"{url}#{number}")
        except IngestError as error:
            yield IngestFailure(f"{target} line {number}", str(error))


def draft_from_record(record: object, fallback_url: str) -> ArticleDraft:
    """A dict with title/text/url/date/outlet keys (common synonyms accepted)."""
    if not isinstance(record, dict):
        raise IngestError("article record is not a JSON object")
    title = str(_first(record, "title", "headline") or "").strip()
    body = _first(record, "text", "body", "content")
    if not isinstance(body, str) or not body.strip():
        raise IngestError("article record has no text")
    cleaned = clean_article(title, body)
    if not cleaned.text:
        raise IngestError("article record has no text after boilerplate removal")
    url = str(_first(record, "url", "link") or fallback_url)
    canonical = str(_first(record, "canonical_url") or url)
    credits = record.get("credits")
    language = _first(record, "language", "lang")
    return ArticleDraft(
        url=url,
        canonical_url=normalise_url(canonical),
        title=title or cleaned.text[:120],
        text=cleaned.text,
        outlet=_first(record, "outlet", "source", "site_name", "site")
        or cleaned.outlet_hint
        or (outlet_for_url(url) if url.startswith("http") else None),
        credits=_merge(credits if isinstance(credits, list) else [], cleaned.credits),
        published=parse_datetime(str(_first(record, "published", "date", "pubDate") or "")),
        language=language if isinstance(language, str) else guess_language(cleaned.text),
    )


def _first(record: dict, *keys: str):
    for key in keys:
        value = record.get(key)
        if value:
            return value
    return None


def _merge(first: list, second: list[str]) -> list[str]:
    merged: list[str] = []
    for item in [*map(str, first), *second]:
        if item.casefold() not in {m.casefold() for m in merged}:
            merged.append(item)
    return merged
