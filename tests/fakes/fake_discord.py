"""A local fake of Discord (REST v10 + gateway WebSocket) that the real discord.py client talks to.

Written for tests: it keeps just enough state (one guild, its channels, threads, messages,
interactions) to play the server side of what the DiploBrief adapter does, and it checks every
REST request against Discord's OpenAPI spec (../shared/specs/discord/openapi.json) plus the
message limits Discord enforces server-side. A violation is recorded in `violations` (tests
assert it stays empty) and answered like Discord does: 400 with a nested `errors` object.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from aiohttp import WSMsgType, web

API_PREFIX = "/api/v10"
MESSAGE_CONTENT_INTENT = 1 << 15
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | MESSAGE_CONTENT_INTENT  # members, presences, message content
ALL_MEMBER_PERMISSIONS = (1 << 41) - 1  # what Discord reports for a server admin
PLAIN_MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 38)  # view, send, history, send in threads

LIMITS = {"content": 2000, "embeds": 10, "title": 256, "description": 4096, "fields": 25,
          "field.name": 256, "field.value": 1024, "footer.text": 2048, "author.name": 256, "total": 6000}

_openapi_cache: dict[Path, Any] = {}
JSON_BODY = web.RequestKey("json_body", object)


class NotFoundError(Exception):
    """Raised by handlers; answered as Discord's 404 JSON body."""


def load_openapi(spec_path: Path):
    """Parsing the 1.2 MB spec takes seconds: do it once per test session."""
    if spec_path not in _openapi_cache:
        from openapi_core import OpenAPI

        _openapi_cache[spec_path] = OpenAPI.from_file_path(str(spec_path))
    return _openapi_cache[spec_path]


def embed_limit_errors(body: dict) -> list[str]:
    """Discord's documented message limits, which the OpenAPI schema only partly encodes."""
    errors: list[str] = []
    content = body.get("content")
    if isinstance(content, str) and len(content) > LIMITS["content"]:
        errors.append(f"content is {len(content)} characters (max 2000)")
    embeds = body.get("embeds") or []
    if len(embeds) > LIMITS["embeds"]:
        errors.append(f"{len(embeds)} embeds (max 10)")
    total = 0
    for i, embed in enumerate(embeds):
        for key in ("title", "description"):
            value = embed.get(key) or ""
            total += len(value)
            if len(value) > LIMITS[key]:
                errors.append(f"embeds[{i}].{key} is {len(value)} characters (max {LIMITS[key]})")
        for key in ("footer", "author"):
            text = (embed.get(key) or {}).get("text" if key == "footer" else "name") or ""
            total += len(text)
            limit = LIMITS[f"{key}.{'text' if key == 'footer' else 'name'}"]
            if len(text) > limit:
                errors.append(f"embeds[{i}].{key} is {len(text)} characters (max {limit})")
        fields = embed.get("fields") or []
        if len(fields) > LIMITS["fields"]:
            errors.append(f"embeds[{i}] has {len(fields)} fields (max 25)")
        for j, fld in enumerate(fields):
            name, value = fld.get("name") or "", fld.get("value") or ""
            total += len(name) + len(value)
            if not name.strip() or not value.strip():
                errors.append(f"embeds[{i}].fields[{j}] has an empty name or value")
            if len(name) > LIMITS["field.name"]:
                errors.append(f"embeds[{i}].fields[{j}].name is {len(name)} characters (max 256)")
            if len(value) > LIMITS["field.value"]:
                errors.append(f"embeds[{i}].fields[{j}].value is {len(value)} characters (max 1024)")
    if total > LIMITS["total"]:
        errors.append(f"embeds total {total} characters (max 6000)")
    if "content" in body or "embeds" in body:
        if not (content or embeds or body.get("attachments") or body.get("components") or body.get("flags")):
            errors.append("cannot send an empty message")
    return errors


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@dataclass
class Interaction:
    id: str
    token: str
    channel_id: str
    user_id: str
    kind: int  # 2 application command, 4 autocomplete
    callbacks: list[dict] = field(default_factory=list)
    original_id: str | None = None
    followup_ids: list[str] = field(default_factory=list)


class FakeDiscord:
    def __init__(self, spec_path: Path, *, token: str = "fake-bot-token", allow_message_content: bool = True):
        self.spec_path = spec_path
        self.token = token
        self.allow_message_content = allow_message_content  # False: the privileged intent is not enabled
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self.application_id = self.new_id()
        self.bot_user = self.user(self.application_id, "DiploBrief", bot=True)
        self.guild_id = self.new_id()
        self.channel_id = self.new_id()
        self.channels: dict[str, dict] = {self.channel_id: self._text_channel(self.channel_id, "news")}
        self.messages: dict[str, dict] = {}
        self.interactions: dict[str, Interaction] = {}
        self.commands: list[dict] = []
        self.requests: list[dict] = []  # every REST request: method, path, query, json
        self.violations: list[str] = []
        self.sessions: list[dict] = []  # connected gateway sessions
        self.identify_count = 0
        self.forget_threads_on_connect = False  # simulate archived (uncached) threads after a restart
        self._rate_limits: list[tuple[str, re.Pattern, float]] = []
        self._forbidden: list[tuple[str, re.Pattern]] = []
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        self.openapi = await asyncio.to_thread(load_openapi, self.spec_path)
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/gateway", self._gateway)
        r = app.router
        p = API_PREFIX
        r.add_get(p + "/gateway/bot", self._gateway_bot)
        r.add_get(p + "/gateway", self._gateway_bot)
        r.add_get(p + "/users/@me", self._users_me)
        r.add_get(p + "/oauth2/applications/@me", self._application)
        r.add_get(p + "/applications/@me", self._application)
        r.add_put(p + "/applications/{app}/commands", self._put_commands)
        r.add_put(p + "/applications/{app}/guilds/{guild}/commands", self._put_commands)
        r.add_get(p + "/applications/{app}/commands", self._get_commands)
        r.add_post(p + "/interactions/{iid}/{token}/callback", self._interaction_callback)
        r.add_get(p + "/webhooks/{app}/{token}/messages/@original", self._get_original)
        r.add_patch(p + "/webhooks/{app}/{token}/messages/@original", self._edit_original)
        r.add_post(p + "/webhooks/{app}/{token}", self._followup)
        r.add_get(p + "/channels/{cid}", self._get_channel)
        r.add_post(p + "/channels/{cid}/messages", self._create_message)
        r.add_get(p + "/channels/{cid}/messages", self._list_messages)
        r.add_get(p + "/channels/{cid}/messages/{mid}", self._get_message)
        r.add_post(p + "/channels/{cid}/messages/{mid}/threads", self._start_thread)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for session in list(self.sessions):
            await session["ws"].close()
        if self._runner:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return self.base_url.replace("http://", "ws://") + "/gateway"

    async def drop_connections(self) -> None:
        """A crash from Discord's side of the wire: close every gateway socket."""
        for session in list(self.sessions):
            await session["ws"].close(code=4000)

    # -- test controls ---------------------------------------------------------------------

    def new_id(self) -> str:
        return str(next(self._ids))

    def forbid_next(self, method: str, path_regex: str) -> None:
        """Answer the next matching REST request with 403 Missing Permissions."""
        self._forbidden.append((method.upper(), re.compile(path_regex)))

    def rate_limit_next(self, method: str, path_regex: str, retry_after: float = 0.2) -> None:
        """Answer the next matching REST request with a 429, as Discord does."""
        self._rate_limits.append((method.upper(), re.compile(path_regex), retry_after))

    @staticmethod
    def user(user_id: str, name: str, bot: bool = False) -> dict:
        data = {"id": user_id, "username": name, "discriminator": "0", "global_name": name, "avatar": None,
                "public_flags": 0, "flags": 0}
        if bot:
            data["bot"] = True
        return data

    def member(self, user: dict, admin: bool = False) -> dict:
        return {"user": user, "roles": [], "joined_at": now_iso(), "deaf": False, "mute": False, "flags": 0,
                "nick": None, "pending": False,
                "permissions": str(ALL_MEMBER_PERMISSIONS if admin else PLAIN_MEMBER_PERMISSIONS)}

    def _guild_member(self, user: dict) -> dict:
        """Members in GUILD_CREATE carry no computed `permissions` (only interaction members do)."""
        member = self.member(user)
        member.pop("permissions")
        return member

    def slash(self, name: str, options: list[dict] | None = None, *, user_id: str = "4242", admin: bool = False,
              channel_id: str | None = None, subcommand: str | None = None) -> Interaction:
        """Dispatch an INTERACTION_CREATE for /name (with `subcommand`, if any)."""
        return self._interaction(2, name, options or [], user_id, admin, channel_id, subcommand)

    def autocomplete(self, name: str, options: list[dict], *, user_id: str = "4242",
                     channel_id: str | None = None) -> Interaction:
        """Dispatch an autocomplete interaction; one option must carry "focused": True."""
        return self._interaction(4, name, options, user_id, False, channel_id, None)

    def _interaction(self, kind, name, options, user_id, admin, channel_id, subcommand) -> Interaction:
        command = next((c for c in self.commands if c["name"] == name), None)
        assert command is not None, f"/{name} was not registered; registered: {[c['name'] for c in self.commands]}"
        channel_id = channel_id or self.channel_id
        interaction = Interaction(self.new_id(), "tok" + self.new_id(), channel_id, user_id, kind)
        self.interactions[interaction.token] = interaction
        if subcommand:
            options = [{"type": 1, "name": subcommand, "options": options}]
        channel = self.channels[channel_id]
        payload = {
            "id": interaction.id, "application_id": self.application_id, "type": kind, "token": interaction.token,
            "version": 1, "guild_id": self.guild_id, "channel_id": channel_id,
            "channel": channel, "guild": {"id": self.guild_id, "locale": "en-US", "features": []},
            "member": self.member(self.user(user_id, f"user{user_id}"), admin),
            "data": {"id": command["id"], "name": name, "type": 1, "options": options, "guild_id": self.guild_id},
            "app_permissions": str(ALL_MEMBER_PERMISSIONS), "locale": "en-US", "guild_locale": "en-US",
            "entitlements": [], "authorizing_integration_owners": {"0": self.guild_id}, "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        self._spawn(self.dispatch("INTERACTION_CREATE", payload))
        return interaction

    def user_message(self, channel_id: str, content: str, *, user_id: str = "4242", mention_bot: bool = False,
                     admin: bool = False) -> dict:
        """A user posts in a channel or thread: store it and dispatch MESSAGE_CREATE."""
        author = self.user(user_id, f"user{user_id}")
        if mention_bot:
            content = f"<@{self.bot_user['id']}> {content}"
        message = self._message(channel_id, author, content=content,
                                mentions=[self.bot_user] if mention_bot else [])
        member = self.member(author, admin)
        member.pop("user")
        payload = dict(message, member=member)
        self._spawn(self.dispatch("MESSAGE_CREATE", payload, mentions_bot=mention_bot))
        return message

    def messages_in(self, channel_id: str) -> list[dict]:
        return [m for m in self.messages.values() if m["channel_id"] == channel_id]

    def bot_messages_in(self, channel_id: str) -> list[dict]:
        return [m for m in self.messages_in(channel_id) if m["author"]["id"] == self.bot_user["id"]]

    def threads(self) -> list[dict]:
        return [c for c in self.channels.values() if c["type"] == 11]

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if loop.time() > deadline:
                raise AssertionError(f"timed out; violations={self.violations}; last requests="
                                     f"{[(r['method'], r['path']) for r in self.requests[-5:]]}")
            await asyncio.sleep(0.01)

    # -- gateway -----------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict, mentions_bot: bool = False) -> None:
        for session in list(self.sessions):
            if not session.get("ready"):
                continue
            payload = data
            if event == "MESSAGE_CREATE" and not session["intents"] & MESSAGE_CONTENT_INTENT and not mentions_bot:
                payload = dict(data, content="", embeds=[], attachments=[], components=[])
            session["seq"] += 1
            await session["ws"].send_str(json.dumps({"op": 0, "t": event, "s": session["seq"], "d": payload}))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        session = {"ws": ws, "seq": 0, "intents": 0, "ready": False}
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op, d = frame.get("op"), frame.get("d")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
                elif op == 2:
                    await self._identify(ws, session, d)
                elif op == 6:  # RESUME: this fake keeps no replay buffer, so invalidate
                    await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
        finally:
            if session in self.sessions:
                self.sessions.remove(session)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, session: dict, d: dict) -> None:
        if d.get("token") not in (self.token, f"Bot {self.token}"):
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = int(d.get("intents", 0))
        if intents & PRIVILEGED_INTENTS and not self.allow_message_content:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identify_count += 1
        session.update(intents=intents, ready=True)
        self.sessions.append(session)
        if self.forget_threads_on_connect:
            for thread in self.threads():
                thread["thread_metadata"]["archived"] = True
        session["seq"] += 1
        ready = {
            "v": 10, "user": self.bot_user, "guilds": [{"id": self.guild_id, "unavailable": True}],
            "session_id": "session" + self.new_id(), "resume_gateway_url": self.gateway_url,
            "application": {"id": self.application_id, "flags": 0}, "private_channels": [], "relationships": [],
        }
        await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": session["seq"], "d": ready}))
        session["seq"] += 1
        await ws.send_str(json.dumps({"op": 0, "t": "GUILD_CREATE", "s": session["seq"], "d": self._guild()}))

    def _guild(self) -> dict:
        everyone = {"id": self.guild_id, "name": "@everyone", "permissions": str(PLAIN_MEMBER_PERMISSIONS),
                    "position": 0, "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}
        active_threads = [t for t in self.threads() if not t["thread_metadata"]["archived"]]
        return {
            "id": self.guild_id, "name": "Fake Guild", "icon": None, "owner_id": "1", "roles": [everyone],
            "emojis": [], "stickers": [], "features": [], "unavailable": False, "large": False, "member_count": 2,
            "joined_at": now_iso(), "channels": [c for c in self.channels.values() if c["type"] != 11],
            "threads": active_threads, "members": [self._guild_member(self.bot_user)],
            "voice_states": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [], "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "mfa_level": 0, "system_channel_flags": 0, "premium_tier": 0,
            "preferred_locale": "en-US", "nsfw_level": 0, "premium_progress_bar_enabled": False,
        }

    def _text_channel(self, channel_id: str, name: str) -> dict:
        return {"id": channel_id, "type": 0, "guild_id": self.guild_id, "name": name, "position": 0,
                "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
                "last_message_id": None, "rate_limit_per_user": 0, "flags": 0}

    # -- REST ----------------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler):
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        raw = await request.read()
        body = json.loads(raw) if raw and request.content_type == "application/json" else None
        self.requests.append({"method": request.method, "path": request.path[len(API_PREFIX):],
                              "query": dict(request.query), "json": body})
        token_in_url = request.path.startswith((API_PREFIX + "/interactions/", API_PREFIX + "/webhooks/"))
        auth = request.headers.get("Authorization")
        if auth != f"Bot {self.token}" and not (token_in_url and auth is None):
            return self._json({"message": "401: Unauthorized", "code": 0}, status=401)
        for index, (method, pattern, retry_after) in enumerate(self._rate_limits):
            if method == request.method and pattern.search(request.path):
                del self._rate_limits[index]
                return self._json(
                    {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
                    429, headers={"Via": "1.1 google", "X-RateLimit-Scope": "user",
                                         "Retry-After": str(max(1, round(retry_after)))})
        for index, (method, pattern) in enumerate(self._forbidden):
            if method == request.method and pattern.search(request.path):
                del self._forbidden[index]
                return self._json({"message": "Missing Permissions", "code": 50013}, 403)
        problems = self._validate(request, raw)
        if isinstance(body, dict):
            problems += embed_limit_errors(body)
        if problems:
            self.violations.extend(f"{request.method} {request.path}: {p}" for p in problems)
            errors = {"_errors": [{"code": "BASE_TYPE_INVALID", "message": p} for p in problems]}
            return self._json({"code": 50035, "message": "Invalid Form Body", "errors": errors}, status=400)
        request[JSON_BODY] = body
        try:
            return await handler(request)
        except NotFoundError as missing:
            return self._json(missing.args[0], 404)

    def _validate(self, request: web.Request, raw: bytes) -> list[str]:
        from openapi_core.testing import MockRequest

        mock = MockRequest("https://discord.com", request.method.lower(), request.path,
                           args=dict(request.query), headers=dict(request.headers), data=raw or None,
                           content_type=request.content_type if raw else None)
        try:
            self.openapi.validate_request(mock)
        except Exception as error:  # openapi-core raises one exception type per kind of mismatch
            detail = "; ".join(str(e.message) for e in getattr(error.__cause__, "schema_errors", []) or [])
            return [f"{type(error).__name__}: {detail or error}"]
        return []

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict | None = None) -> web.Response:
        """Exactly `application/json`, no charset: discord.py parses JSON only on that exact header."""
        return web.Response(body=json.dumps(data).encode(), status=status,
                            headers={"Content-Type": "application/json", **(headers or {})})

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        return self._json({"url": self.gateway_url, "shards": 1, "session_start_limit": {
            "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})

    async def _users_me(self, request: web.Request) -> web.Response:
        return self._json(self.bot_user)

    async def _application(self, request: web.Request) -> web.Response:
        return self._json({"id": self.application_id, "name": "DiploBrief", "description": "", "icon": None,
                           "bot_public": True, "bot_require_code_grant": False, "verify_key": "00",
                           "owner": self.user("1", "owner"), "team": None, "flags": 0, "bot": self.bot_user})

    async def _put_commands(self, request: web.Request) -> web.Response:
        self.commands = []
        for command in request[JSON_BODY]:
            command = dict(command, id=self.new_id(), application_id=self.application_id, version=self.new_id())
            command.setdefault("type", 1)
            self.commands.append(command)
        return self._json(self.commands)

    async def _get_commands(self, request: web.Request) -> web.Response:
        return self._json(self.commands)

    def _message(self, channel_id: str, author: dict, **fields: Any) -> dict:
        message = {
            "id": self.new_id(), "channel_id": channel_id, "guild_id": self.guild_id, "author": author,
            "content": "", "timestamp": now_iso(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "components": [], "pinned": False, "type": 0, "flags": 0,
        }
        for key, value in fields.items():
            if value is not None:
                message[key] = value
        self.messages[message["id"]] = message
        return message

    def _interaction_for(self, request: web.Request) -> Interaction:
        interaction = self.interactions.get(request.match_info["token"])
        if interaction is None:
            raise NotFoundError({"message": "Unknown Webhook", "code": 10015})
        return interaction

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for(request)
        body = request[JSON_BODY]
        if interaction.callbacks:
            return self._json({"message": "Interaction has already been acknowledged.", "code": 40060}, 400)
        interaction.callbacks.append(body)
        result: dict = {"interaction": {"id": interaction.id, "type": interaction.kind}, "resource": {"type": body["type"]}}
        if body["type"] in (4, 5):
            data = body.get("data") or {}
            message = self._message(interaction.channel_id, self.bot_user, type=20, webhook_id=self.application_id,
                                    content=data.get("content"), embeds=data.get("embeds"),
                                    flags=128 if body["type"] == 5 else 0)
            interaction.original_id = message["id"]
            result["interaction"].update(response_message_id=message["id"],
                                         response_message_loading=body["type"] == 5,
                                         response_message_ephemeral=False)
            result["resource"]["message"] = message
        if request.query.get("with_response") in ("1", "true", "True"):
            return self._json(result)
        return web.Response(status=204)

    async def _get_original(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for(request)
        if interaction.original_id is None:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        return self._json(self.messages[interaction.original_id])

    async def _edit_original(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for(request)
        if interaction.original_id is None:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        message = self.messages[interaction.original_id]
        body = request[JSON_BODY]
        for key in ("content", "embeds", "components"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        message["flags"] = 0
        message["edited_timestamp"] = now_iso()
        return self._json(message)

    async def _followup(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for(request)
        body = request[JSON_BODY]
        if not interaction.callbacks:
            return self._json({"message": "Unknown Webhook", "code": 10015}, 404)
        original = self.messages.get(interaction.original_id or "")
        if original is not None and original["flags"] & 128:  # first follow-up replaces "thinking…"
            original.update(content=body.get("content") or "", embeds=body.get("embeds") or [], flags=0)
            return self._json(original)
        message = self._message(interaction.channel_id, self.bot_user, type=20, webhook_id=self.application_id,
                                content=body.get("content"), embeds=body.get("embeds"))
        interaction.followup_ids.append(message["id"])
        return self._json(message)

    def _channel_or_404(self, channel_id: str) -> dict:
        channel = self.channels.get(channel_id)
        if channel is None:
            raise NotFoundError({"message": "Unknown Channel", "code": 10003})
        return channel

    async def _get_channel(self, request: web.Request) -> web.Response:
        return self._json(self._channel_or_404(request.match_info["cid"]))

    async def _get_message(self, request: web.Request) -> web.Response:
        message = self.messages.get(request.match_info["mid"])
        if message is None or message["channel_id"] != request.match_info["cid"]:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        return self._json(message)

    async def _create_message(self, request: web.Request) -> web.Response:
        channel = self._channel_or_404(request.match_info["cid"])
        body = request[JSON_BODY] or {}
        if channel["type"] == 11 and channel["thread_metadata"]["archived"]:
            channel["thread_metadata"]["archived"] = False  # posting unarchives, as on Discord
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            for earlier in self.messages_in(channel["id"]):  # Discord returns the earlier message
                if earlier.get("nonce") == str(nonce) and earlier["author"]["id"] == self.bot_user["id"]:
                    return self._json(earlier)
        message = self._message(channel["id"], self.bot_user, content=body.get("content"), embeds=body.get("embeds"),
                                nonce=str(nonce) if nonce is not None else None)
        return self._json(message)

    async def _list_messages(self, request: web.Request) -> web.Response:
        channel = self._channel_or_404(request.match_info["cid"])
        limit = int(request.query.get("limit", "50"))
        newest_first = sorted(self.messages_in(channel["id"]), key=lambda m: int(m["id"]), reverse=True)
        return self._json(newest_first[:limit])

    async def _start_thread(self, request: web.Request) -> web.Response:
        parent = self._channel_or_404(request.match_info["cid"])
        message = self.messages.get(request.match_info["mid"])
        if message is None or message["channel_id"] != parent["id"]:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        if parent["type"] == 11:
            return self._json({"message": "Cannot execute action on this channel type", "code": 50024}, 400)
        if message["id"] in self.channels:
            return self._json({"message": "A thread has already been created for this message", "code": 160004}, 400)
        body = request[JSON_BODY]
        thread = {  # a thread started from a message shares the message's id
            "id": message["id"], "type": 11, "guild_id": self.guild_id, "parent_id": parent["id"],
            "owner_id": self.bot_user["id"], "name": body["name"], "last_message_id": None,
            "message_count": 0, "member_count": 1, "rate_limit_per_user": 0, "flags": 0,
            "total_message_sent": 0,
            "thread_metadata": {"archived": False, "auto_archive_duration": body.get("auto_archive_duration", 1440),
                                "archive_timestamp": now_iso(), "locked": False},
        }
        self.channels[thread["id"]] = thread
        message["thread"] = thread
        await self.dispatch("THREAD_CREATE", dict(thread, newly_created=True))
        return self._json(thread, status=201)

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks = getattr(self, "_tasks", set())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


@asynccontextmanager
async def serving(spec_path: Path, **kwargs: Any):
    """A started FakeDiscord with discord.py pointed at it (process-wide), restored afterwards."""
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    from adapters.discord import point_discord_at

    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    server = FakeDiscord(spec_path, **kwargs)
    await server.start()
    point_discord_at(server.api_url, server.gateway_url)
    try:
        yield server
    finally:
        await server.stop()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved


@asynccontextmanager
async def running_client(core: Any, fake: FakeDiscord, **kwargs: Any):
    """The adapter's real discord.py client, connected to `fake` and ready (guild cached, commands synced)."""
    from adapters.discord import DiploBriefClient

    client = DiploBriefClient(core, guild_ready_timeout=0.05, **kwargs)
    task = asyncio.create_task(client.start(fake.token))
    ready = asyncio.create_task(client.wait_until_ready())
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=15, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()  # raises what made the client stop
        if ready not in done:
            raise AssertionError("the Discord client did not become ready")
        yield client
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await task
