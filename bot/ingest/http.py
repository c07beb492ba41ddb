"""Polite HTTP for ingestion: identifying User-Agent, conditional GET, per-host spacing, size cap."""
from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

import httpx

PRODUCT = "DiploBrief/0.1"
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)


class ValidatorCache(Protocol):
    """Per-URL ETag / Last-Modified, persisted by the store."""

    def get(self, url: str) -> tuple[str | None, str | None]: ...

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None: ...


class FetchError(Exception):
    """`reason` is one human line ("HTTP 404 Not Found", "timed out after 15 s")."""

    def __init__(self, reason: str, url: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url


@dataclass(slots=True)
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes
    content_type: str | None  # media type only, lower case ("text/html")
    charset: str | None = None  # from the Content-Type header
    not_modified: bool = False  # 304 to a conditional GET; content is empty
    etag: str | None = None
    last_modified: str | None = None


class PoliteFetcher:
    def __init__(
        self,
        contact: str,
        *,
        validators: ValidatorCache | None = None,
        per_host_delay: float = 1.0,
        timeout: float = 15.0,
        max_bytes: int = 5_000_000,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not contact or not contact.strip():
            raise ValueError("a contact address is required: it goes into the HTTP User-Agent")
        self.user_agent = f"{PRODUCT} (+contact: {contact.strip()})"
        self._validators = validators
        self._per_host_delay = per_host_delay
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._client = httpx.AsyncClient(
            headers={"User-Agent": self.user_agent, "Accept": _ACCEPT},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            transport=transport,
        )
        # One request at a time per host, spaced by per_host_delay; different hosts run concurrently.
        self._host_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._host_last_done: dict[str, float] = {}

    async def get(self, url: str) -> FetchResult:
        host = (urlsplit(url).hostname or "").lower()
        if not host or urlsplit(url).scheme not in ("http", "https"):
            raise FetchError("not an http(s) URL", url)
        async with self._host_locks[host]:
            wait = self._host_last_done.get(host, -1e9) + self._per_host_delay - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                return await self._get(url)
            finally:
                self._host_last_done[host] = time.monotonic()

    async def _get(self, url: str) -> FetchResult:
        headers: dict[str, str] = {}
        if self._validators is not None:
            etag, last_modified = await asyncio.to_thread(self._validators.get, url)  # may be a database read
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self._timeout):
                async with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code == 304:
                        return self._result(url, response, b"", not_modified=True)
                    if response.status_code >= 400:
                        phrase = response.reason_phrase or ""
                        raise FetchError(f"HTTP {response.status_code} {phrase}".strip(), url)
                    content = await self._read_capped(response, url)
        except FetchError:
            raise
        except (TimeoutError, httpx.TimeoutException):
            raise FetchError(f"timed out after {self._timeout:g} s", url) from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects", url) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise FetchError(f"invalid URL ({error})", url) from None
        except httpx.ConnectError as error:
            raise FetchError(f"cannot connect ({error or 'connection failed'})", url) from None
        except httpx.HTTPError as error:
            raise FetchError(f"{type(error).__name__}: {error or 'HTTP transport error'}", url) from None
        result = self._result(url, response, content)
        result.etag, result.last_modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        return result

    async def remember(self, result: FetchResult) -> None:
        """Keep a response's validators for the next conditional GET. Called once what was fetched is safe:
        a feed at once, a page only after its article is stored (else a 304 would skip it for good)."""
        if self._validators is not None and (result.etag or result.last_modified):
            await asyncio.to_thread(self._validators.put, result.url, result.etag, result.last_modified)

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        limit_text = f"{self._max_bytes / 1_000_000:g} MB"
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self._max_bytes:
            raise FetchError(f"response too large ({int(declared):,} bytes > {limit_text})", url)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self._max_bytes:
                raise FetchError(f"response too large (over {limit_text}; stopped reading)", url)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _result(url: str, response: httpx.Response, content: bytes, *, not_modified: bool = False) -> FetchResult:
        content_type = response.headers.get("Content-Type", "")
        media_type = content_type.split(";", 1)[0].strip().lower() or None
        charset = None
        for param in content_type.split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip('"')
        return FetchResult(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            content=content,
            content_type=media_type,
            charset=charset,
            not_modified=not_modified,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> PoliteFetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
