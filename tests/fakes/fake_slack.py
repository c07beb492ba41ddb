"""A local fake Slack for tests: Web API, Socket Mode WebSocket and a response_url sink on 127.0.0.1.

The real slack_bolt / slack_sdk code talks to it over HTTP and WebSocket. Every Web API request is checked
against Slack's OpenAPI spec (../shared/specs/slack/slack_web_openapi_v2.json: known method, required
parameters, no unknown parameters) and every message against the Block Kit limits; a violation is recorded
and `assert_clean()` fails the test.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web
from slack_sdk.models.blocks import Block

TEAM = "T0FAKE"
BOT_USER = "U0BOT"
BOT_ID = "B0BOT"
APP_ID = "A0FAKE"
BOT_TOKEN = "xoxb-fake-bot-token"
APP_TOKEN = "xapp-fake-app-token"

# The spec predates Socket Mode: apps.connections.open is allowed explicitly, with its documented parameters.
EXTRA_METHODS: dict[str, tuple[set[str], set[str]]] = {"apps.connections.open": (set(), set())}
# Parameters Slack documents today that the old spec lacks (message metadata, 2022).
NEWER_PARAMS = {"chat.postMessage": {"metadata"}, "conversations.history": {"include_all_metadata"}}
# slack_sdk adds team_id to every call of bolt's per-request client (Enterprise Grid routing); Slack accepts it.
SDK_DEFAULT_PARAMS = {"token", "team_id"}


@dataclass
class Post:
    method: str
    channel: str
    text: str
    blocks: list[dict]
    thread_ts: str | None
    ts: str
    metadata: dict | None = None
    at: float = field(default_factory=time.monotonic)  # when the fake accepted it


@dataclass
class FakeSlackState:
    posts: list[Post] = field(default_factory=list)
    calls: list[tuple[str, dict]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    acks: list[dict] = field(default_factory=list)
    responses: list[dict] = field(default_factory=list)  # bodies POSTed to response_url
    rate_limited: list[tuple[str, float]] = field(default_factory=list)  # (method, when 429 was sent)


def load_spec(path: Path) -> dict[str, tuple[set[str], set[str]]]:
    """method -> (required parameter names, all parameter names); the token is checked separately."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    methods: dict[str, tuple[set[str], set[str]]] = {}
    for route, operations in spec["paths"].items():
        required: set[str] = set()
        known: set[str] = set()
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                known.add(parameter["name"])
                if parameter.get("required"):
                    required.add(parameter["name"])
        methods[route.lstrip("/")] = (required - {"token"}, known)
    methods.update(EXTRA_METHODS)
    return methods


def block_kit_problems(text: str | None, blocks: list[dict] | None) -> list[str]:
    """Slack's limits, written from Slack's Block Kit reference, independent of the adapter's renderer."""
    problems: list[str] = []
    if not (text or "").strip():
        problems.append("message without plain-text fallback `text`")
    if len(text or "") > 40000:
        problems.append(f"text has {len(text)} characters > 40000")
    blocks = blocks or []
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks > 50")
    for index, block in enumerate(blocks):
        kind = block.get("type")
        if kind == "header":
            if block["text"].get("type") != "plain_text" or len(block["text"]["text"]) > 150:
                problems.append(f"block {index}: header must be plain_text of at most 150 characters")
        elif kind == "section":
            if "text" in block and len(block["text"]["text"]) > 3000:
                problems.append(f"block {index}: section text has {len(block['text']['text'])} characters > 3000")
            if not block.get("text") and not block.get("fields"):
                problems.append(f"block {index}: section without text or fields")
        elif kind == "context":
            if not 1 <= len(block.get("elements", [])) <= 10:
                problems.append(f"block {index}: context needs 1 to 10 elements")
        elif kind != "divider":
            problems.append(f"block {index}: unexpected block type {kind!r}")
    try:
        for block in Block.parse_all(blocks):
            block.to_dict()
    except Exception as error:  # slack_sdk's own validators
        problems.append(f"slack_sdk rejects the blocks: {error}")
    return problems


class FakeSlack:
    def __init__(self, spec_path: Path, signing_secret: str = "fake-signing-secret") -> None:
        self.methods = load_spec(spec_path)
        self.signing_secret = signing_secret
        self.state = FakeSlackState()
        self.users: dict[str, dict] = {}
        self._errors: list[tuple[str, str]] = []  # (method, slack error) to answer once, in order
        self._rate_limits: list[tuple[str, int]] = []  # (method, Retry-After seconds)
        self._ts = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self._connected = asyncio.Event()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.base = ""

    # --- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._web_api)
        app.router.add_get("/socket", self._socket)
        app.router.add_post("/respond/{id}", self._respond)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    # --- switches --------------------------------------------------------------------------------------

    def fail_next(self, method: str, error: str) -> None:
        """Answer the next call of `method` with ok=false and `error` (e.g. invalid_blocks, msg_too_long)."""
        self._errors.append((method, error))

    def rate_limit_next(self, method: str, retry_after: int = 1) -> None:
        self._rate_limits.append((method, retry_after))

    def add_user(self, user: str, *, is_admin: bool = False, is_owner: bool = False) -> None:
        self.users[user] = {"id": user, "team_id": TEAM, "name": user.lower(), "is_admin": is_admin, "is_owner": is_owner, "is_bot": False}

    # --- Web API ---------------------------------------------------------------------------------------

    async def _web_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.method == "POST":
            params.update(await request.post())
        token = request.headers.get("Authorization", "").removeprefix("Bearer ") or params.pop("token", "")
        self.state.calls.append((method, params))
        await self._notify()
        if method not in self.methods:
            return self._violation(f"{method}: not a Slack Web API method")
        required, known = self.methods[method]
        missing = required - params.keys()
        unknown = params.keys() - known - SDK_DEFAULT_PARAMS - NEWER_PARAMS.get(method, set())
        if missing or (unknown and method not in EXTRA_METHODS):
            return self._violation(f"{method}: missing {sorted(missing)} unknown {sorted(unknown)}")
        expected = APP_TOKEN if method == "apps.connections.open" else BOT_TOKEN
        if token != expected:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        for index, (limited, retry_after) in enumerate(self._rate_limits):
            if limited == method:
                del self._rate_limits[index]
                self.state.rate_limited.append((method, time.monotonic()))
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": str(retry_after)})
        for index, (failing, error) in enumerate(self._errors):
            if failing == method:
                del self._errors[index]
                return web.json_response({"ok": False, "error": error})
        return await getattr(self, "_" + method.replace(".", "_"))(params)

    def _violation(self, problem: str) -> web.Response:
        self.state.violations.append(problem)
        return web.json_response({"ok": False, "error": "fake_slack_violation", "detail": problem}, status=400)

    async def _auth_test(self, params: dict) -> web.Response:
        return web.json_response(
            {"ok": True, "url": "https://fake.slack.com/", "team": "Fake", "user": "diplobrief",
             "team_id": TEAM, "user_id": BOT_USER, "bot_id": BOT_ID, "is_enterprise_install": False}
        )

    async def _apps_connections_open(self, params: dict) -> web.Response:
        return web.json_response({"ok": True, "url": f"ws://{self.base.removeprefix('http://')}/socket"})

    async def _users_info(self, params: dict) -> web.Response:
        user = self.users.get(params.get("user", ""))
        if user is None:
            return web.json_response({"ok": False, "error": "user_not_found"})
        return web.json_response({"ok": True, "user": user})

    async def _chat_postMessage(self, params: dict) -> web.Response:
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        problems = block_kit_problems(params.get("text"), blocks)
        if problems:
            return self._violation("chat.postMessage: " + "; ".join(problems))
        ts = f"{1700000000 + next(self._ts)}.000100"
        metadata = params.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        post = Post("chat.postMessage", params["channel"], params.get("text", ""), blocks or [], params.get("thread_ts"), ts, metadata)
        self.state.posts.append(post)
        await self._notify()
        return web.json_response({"ok": True, "channel": post.channel, "ts": ts, "message": {"text": post.text, "ts": ts}})

    async def _conversations_history(self, params: dict) -> web.Response:
        with_metadata = str(params.get("include_all_metadata", "")).lower() in {"1", "true"}
        messages = []
        for post in reversed(self.state.posts):
            if post.channel == params.get("channel") and post.thread_ts is None:
                message = {"type": "message", "user": BOT_USER, "bot_id": BOT_ID, "text": post.text, "ts": post.ts}
                if with_metadata and post.metadata:
                    message["metadata"] = post.metadata
                messages.append(message)
        return web.json_response({"ok": True, "messages": messages[: int(params.get("limit", 100))], "has_more": False})

    # --- response_url ----------------------------------------------------------------------------------

    def response_url(self) -> str:
        return f"{self.base}/respond/{uuid.uuid4().hex}"

    async def _respond(self, request: web.Request) -> web.Response:
        body = await request.json()
        problems = block_kit_problems(body.get("text"), body.get("blocks"))
        if problems:
            self.state.violations.append("response_url: " + "; ".join(problems))
        self.state.responses.append(body)
        await self._notify()
        return web.Response(text="ok")

    # --- Socket Mode -----------------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": APP_ID}})
        self._connected.set()
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.state.acks.append(json.loads(message.data))
                await self._notify()
        return ws

    async def push(self, kind: str, payload: dict) -> str:
        """Send one Socket Mode envelope (slash_commands, events_api) and return its envelope_id."""
        await asyncio.wait_for(self._connected.wait(), 10)
        envelope_id = uuid.uuid4().hex
        envelope = {"envelope_id": envelope_id, "type": kind, "payload": payload, "accepts_response_payload": kind != "events_api"}
        await self._sockets[-1].send_json(envelope)
        return envelope_id

    async def slash(self, text: str, *, user: str = "U0ALICE", channel: str = "C0NEWS", command: str = "/brief") -> str:
        return await self.push("slash_commands", self.slash_payload(text, user=user, channel=channel, command=command))

    def slash_payload(self, text: str, *, user: str = "U0ALICE", channel: str = "C0NEWS", command: str = "/brief") -> dict:
        return {"token": "verification", "team_id": TEAM, "team_domain": "fake", "channel_id": channel,
                "channel_name": "news", "user_id": user, "user_name": user.lower(), "command": command, "text": text,
                "api_app_id": APP_ID, "response_url": self.response_url(), "trigger_id": "1.2.3"}

    async def event(self, event: dict) -> str:
        return await self.push("events_api", self.event_payload(event))

    def event_payload(self, event: dict) -> dict:
        return {"token": "verification", "team_id": TEAM, "api_app_id": APP_ID, "event": event, "type": "event_callback",
                "event_id": "Ev" + uuid.uuid4().hex[:10].upper(), "event_time": int(time.time()),
                "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}]}

    def new_ts(self) -> str:
        return f"{1700000000 + next(self._ts)}.000200"

    # --- waiting and checking --------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate, timeout: float = 10.0) -> None:
        async def waiting() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        await asyncio.wait_for(waiting(), timeout)

    async def wait_posts(self, count: int, timeout: float = 10.0) -> list[Post]:
        await self.wait_for(lambda: len(self.state.posts) >= count, timeout)
        return self.state.posts

    async def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        await self.wait_for(lambda: any(a.get("envelope_id") == envelope_id for a in self.state.acks), timeout)
        return next(a for a in self.state.acks if a.get("envelope_id") == envelope_id)

    def assert_clean(self) -> None:
        assert not self.state.violations, "fake Slack saw invalid requests:\n" + "\n".join(self.state.violations)


def signed_headers(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack sends with an HTTP-mode request (v0 HMAC-SHA256 over `v0:timestamp:body`)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}",
            "Content-Type": "application/json"}
