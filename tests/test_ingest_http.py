"""PoliteFetcher against a real local HTTP server on 127.0.0.1 (tests/fixtures/ingest/local_server.py)."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from bot.ingest.http import FetchError, PoliteFetcher
from tests.fixtures.ingest.local_server import MemoryValidators

CONTACT = "briefs@example.org"


async def test_user_agent_names_product_and_contact(server, fetcher):
    result = await fetcher.get(server.url("/articles/grain-corridor.html"))
    assert result.status == 200 and result.content_type == "text/html"
    agent = server.requests[-1].user_agent
    assert agent.startswith("DiploBrief/") and CONTACT in agent


async def test_contact_is_required():
    with pytest.raises(ValueError, match="contact"):
        PoliteFetcher("  ")


async def test_conditional_get_turns_into_not_modified(server):
    validators = MemoryValidators()
    async with PoliteFetcher(CONTACT, validators=validators, per_host_delay=0) as fetcher:
        url = server.url("/etag.html")
        first = await fetcher.get(url)
        again = await fetcher.get(url)  # not remembered yet (its article is not stored): fetched in full
        assert validators.saved == {} and not again.not_modified
        await fetcher.remember(first)
        second = await fetcher.get(url)
    assert not first.not_modified and b"grain corridor" in first.content
    assert validators.saved[url] == ('"v1"', "Fri, 08 Mar 2024 16:00:00 GMT")
    assert [r.if_none_match for r in server.requests] == [None, None, '"v1"']
    assert second.not_modified and second.status == 304 and second.content == b""


async def test_http_error_is_one_line(server, fetcher):
    with pytest.raises(FetchError) as caught:
        await fetcher.get(server.url("/articles/gone.html"))
    assert caught.value.reason == "HTTP 404 Not Found"


async def test_timeout_is_one_line(server, fetcher):
    with pytest.raises(FetchError, match=r"^timed out after 0.5 s$"):
        await fetcher.get(server.url("/slow.html"))


@pytest.mark.parametrize("path", ["/big.html", "/big-streamed.html"])
async def test_body_over_the_cap_is_refused(server, fetcher, path):
    with pytest.raises(FetchError, match="too large"):
        await fetcher.get(server.url(path))


async def test_cap_is_configurable(server):
    async with PoliteFetcher(CONTACT, per_host_delay=0, max_bytes=100) as fetcher:
        with pytest.raises(FetchError, match="too large"):
            await fetcher.get(server.url("/articles/grain-corridor.html"))


async def test_redirects_are_followed(server, fetcher):
    result = await fetcher.get(server.url("/moved.html"))
    assert result.final_url == server.url("/articles/grain-corridor.html")
    assert result.url == server.url("/moved.html")


async def test_connection_refused_is_one_line(fetcher):
    with pytest.raises(FetchError, match="cannot connect"):
        await fetcher.get("http://127.0.0.1:9/nothing")


async def test_not_http_is_refused(fetcher):
    with pytest.raises(FetchError, match="not an http"):
        await fetcher.get("ftp://example.org/file")


async def test_requests_to_one_host_are_spaced_while_other_hosts_proceed(server):
    delay = 0.3
    async with PoliteFetcher(CONTACT, per_host_delay=delay) as fetcher:
        same_host = [server.url(f"/articles/grain-corridor.html?n={n}") for n in range(3)]
        other_host = f"http://localhost:{server.port}/articles/border-talks.html"
        await asyncio.gather(*(fetcher.get(u) for u in same_host), fetcher.get(other_host))
    by_ip = [r for r in server.requests if r.host.startswith("127.0.0.1")]
    assert len(by_ip) == 3
    gaps = [b.arrived - a.arrived for a, b in zip(by_ip, by_ip[1:])]
    assert all(gap >= delay * 0.8 for gap in gaps), gaps
    # The other host did not wait behind the queue for 127.0.0.1.
    other = next(r for r in server.requests if r.host.startswith("localhost"))
    assert other.arrived < by_ip[-1].arrived


async def test_mock_transport_is_accepted():
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Type": "text/html; charset=ISO-8859-1"}, content=b"<p>x</p>")
    )
    async with PoliteFetcher(CONTACT, per_host_delay=0, transport=transport) as fetcher:
        result = await fetcher.get("https://example.org/page")
    assert result.charset == "ISO-8859-1" and result.content == b"<p>x</p>"
