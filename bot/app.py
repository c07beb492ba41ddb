"""DiploBrief's core: one async entry point for every adapter.

`handle` turns a platform-neutral message into a platform-neutral reply; blocking work
(database, summarization) runs in worker threads so the event loop stays free.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot import handlers
from bot.commands import ADMIN_COMMANDS, Command, parse_command
from bot.config import Settings
from bot.delivery import Delivery
from bot.digest import DigestScheduler, build_digest, run_due_digests
from bot.entities import known_entity_names, parse_topics
from bot.followup import answer_followup
from bot.handlers import Answer, Context
from bot.ingest.http import PoliteFetcher
from bot.messages import IncomingMessage, Reply
from bot.pipeline import ArticleWriter, IngestReport, ingest, reprocess
from bot.store import Store

log = logging.getLogger(__name__)

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class StoreValidators:
    """ETag/Last-Modified kept in the database, for the fetcher's conditional GETs."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, url: str) -> tuple[str | None, str | None]:
        return self.store.validator(url)

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.store.put_validator(url, etag, last_modified)


class DiploBrief:
    def __init__(self, settings: Settings, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.deliveries: dict[str, Delivery] = {}
        self.scheduler: DigestScheduler | None = None
        self._writer: ArticleWriter | None = None

    @classmethod
    async def open(cls, settings: Settings, clock: Callable[[], datetime] = utcnow, load_sample: bool = True) -> DiploBrief:
        store = await asyncio.to_thread(Store, settings.database_url)
        core = cls(settings, store, clock)
        await asyncio.to_thread(store.purge_conversations)
        if load_sample and settings.load_sample and await asyncio.to_thread(store.count_articles) == 0:
            await core.load_sample()
        return core

    async def close(self) -> None:
        await self.stop_scheduler()
        await asyncio.to_thread(self.store.close)

    # ---- ingest ------------------------------------------------------------------------

    def fetcher(self) -> PoliteFetcher:
        return PoliteFetcher(
            self.settings.contact,
            validators=StoreValidators(self.store),
            per_host_delay=self.settings.per_host_delay,
            timeout=self.settings.http_timeout,
        )

    async def ingest(self, targets: Sequence[str], on_progress=None) -> IngestReport:
        if self._writer is None:
            self._writer = await asyncio.to_thread(ArticleWriter, self.store)
        fetcher = self.fetcher()
        try:
            return await ingest(self.store, targets, fetcher, on_progress=on_progress, writer=self._writer)
        finally:
            await fetcher.aclose()

    async def feed_urls(self) -> list[str]:
        from bot.ingest.feeds import load_default_feeds

        stored = [row[0] for row in await asyncio.to_thread(self.store.list_sources)]
        return list(dict.fromkeys([*self.settings.feeds, *stored])) or [f.url for f in load_default_feeds()]

    async def poll_feeds(self) -> None:
        """Fetch the feeds now and then every `feed_interval_minutes`, until cancelled."""
        minutes = self.settings.feed_interval_minutes
        while minutes > 0:
            urls = await self.feed_urls()
            report = await self.ingest(urls)
            for url in urls:
                errors = [f.reason for f in report.failures if f.target == url]
                await asyncio.to_thread(self.store.record_fetch, url, errors[0] if errors else None)
            log.info("Fetched %d feeds: %s", len(urls), report.line())
            await asyncio.sleep(minutes * 60)

    async def load_sample(self) -> IngestReport:
        """The bundled sample, so a fresh install answers with a real article and no network."""
        report = await self.ingest([str(path) for path in sorted(SAMPLE_DIR.glob("*.txt"))])
        log.info("Loaded the bundled sample: %s", report.line())
        return report

    async def reprocess(self, on_progress=None) -> int:
        return await asyncio.to_thread(reprocess, self.store, on_progress)

    # ---- answering ---------------------------------------------------------------------

    async def handle(self, message: IncomingMessage) -> Reply:
        try:
            return await asyncio.to_thread(self._handle, message)
        except Exception:
            log.exception("failed to answer %r", message.text)
            return Reply(
                title="Sorry",
                text="Something went wrong while answering that; it has been logged. Try again, or 'help'.",
                kind="error",
                thread=message.thread,
            )

    def _handle(self, message: IncomingMessage) -> Reply:
        now = self.clock()
        conversation = None
        if message.thread:
            conversation = self.store.get_conversation(message.platform, message.workspace, message.channel, message.thread)
        if message.thread and conversation is None and message.platform == "console":
            # The console names threads by id: an unknown one is a typo or an expired conversation.
            return Reply(
                title="Unknown thread",
                text=f"No conversation has the thread id '{message.thread}' (conversations are kept "
                f"{self.settings.conversation_days} days). Ask without --thread to start a new one.",
                kind="error",
                thread=None,
            )
        command = parse_command(message.text, now, self.settings.timezone)
        if command.name == "whatdid" and command.person.lower() in handlers.PRONOUNS:
            # "what did he say?" refers to the thread's conversation, not to a person named "he".
            command = Command("unknown", topics=command.raw, raw=command.raw)
        ctx = Context(self.store, self.settings, message, now, conversation)
        answer = self._answer(ctx, command)
        reply = answer.reply
        reply.thread = message.thread
        if answer.record and (answer.story_ids or conversation is not None):
            reply.thread = self.store.save_conversation(
                message.platform,
                message.workspace,
                message.channel,
                message.thread,
                answer.story_ids,
                answer.article_ids,
                answer.focus,
                self.settings.conversation_days,
            )
            if message.thread:
                reply.thread = message.thread
        if not reply.text and not reply.items:
            reply.text = handlers.NOT_FOUND
        return reply

    def _answer(self, ctx: Context, command: Command) -> Answer:
        if command.error:
            return Answer(Reply(title="Sorry", text=command.error, kind="error"), record=False)
        if command.name in ADMIN_COMMANDS and not self._is_admin(ctx.message):
            return Answer(
                Reply(
                    title="Not allowed",
                    text=f"Only workspace admins can use '{command.name.replace('_', ' ')}' here. Ask an admin, "
                    "or have your user id added to the admin list.",
                    kind="error",
                ),
                record=False,
            )
        if command.name == "digest":
            return self._digest(ctx, command)
        if command.name == "unknown":
            return self._free_text(ctx, command)
        return handlers.HANDLERS[command.name](ctx, command)

    def _is_admin(self, message: IncomingMessage) -> bool:
        return message.user_is_admin or message.user in self.settings.admins_for(message.platform)

    def _digest(self, ctx: Context, command: Command) -> Answer:
        topics = parse_topics(command.topics)
        since = command.since or ctx.now - timedelta(hours=self.settings.digest_window_hours)
        reply = build_digest(self.store, handlers.topic_codes(topics), since, ctx.now, self.settings.digest_size)
        story_ids = [i.story_id for i in reply.items if i.story_id]
        stories = self.store.get_stories(story_ids)
        article_ids = [a.id for s in stories for a in s.articles]
        return Answer(reply, story_ids, article_ids, {"stories": story_ids, "listing": True}, record=bool(story_ids))

    def _free_text(self, ctx: Context, command: Command) -> Answer:
        if ctx.conversation is not None:
            followup = answer_followup(self.store, ctx.conversation, command.raw.strip())
            return Answer(followup.reply, followup.story_ids, self._article_ids(followup.story_ids), followup.focus)
        topics = parse_topics(command.topics)
        if topics and all(t.kind != "keyword" for t in topics):
            # Bare country/organisation names ("China Russia") mean "latest".
            return handlers.latest(ctx, Command("latest", topics=command.topics, raw=command.raw))
        if command.raw.lower().startswith("what did"):
            return Answer(Reply(title="Who?", text="Who do you mean? Ask in the thread of an answer, or name them: what did Lavrov say", kind="error"), record=False)
        return handlers.help_answer(ctx, command, f"I don't know the command '{command.topics[:80]}'. Here is what I can do:")

    def _article_ids(self, story_ids: list[int]) -> list[int]:
        return [a.id for s in self.store.get_stories(story_ids) for a in s.articles]

    # ---- threads -----------------------------------------------------------------------

    async def link_thread(self, conversation_id: str, platform: str, workspace: str, channel: str, thread: str) -> None:
        await asyncio.to_thread(self.store.link_thread, conversation_id, platform, workspace, channel, thread)

    async def is_bot_thread(self, platform: str, workspace: str, channel: str, thread: str) -> bool:
        found = await asyncio.to_thread(self.store.get_conversation, platform, workspace, channel, thread)
        return found is not None

    async def autocomplete(self, prefix: str, kind: str | None = None, limit: int = 25) -> list[str]:
        prefix = prefix.strip().lower()
        names: list[str] = []
        if kind in (None, "person"):
            names += [p[1] for p in await asyncio.to_thread(self.store.people, prefix or None, 200)]
        if kind in (None, "country", "organisation", "topic"):
            names += known_entity_names()
        starts = [n for n in names if n.lower().startswith(prefix)]
        inner = [n for n in names if prefix in n.lower() and n not in starts]
        return list(dict.fromkeys(sorted(starts, key=str.lower) + sorted(inner, key=str.lower)))[:limit]

    # ---- digests -----------------------------------------------------------------------

    def register_delivery(self, delivery: Delivery) -> None:
        self.deliveries[delivery.platform] = delivery

    async def run_due_digests(self, now: datetime | None = None) -> list:
        return await run_due_digests(self.store, self.deliveries, self.settings, now or self.clock(), on_posted=self._digest_posted)

    async def _digest_posted(self, subscription, reply: Reply, message_id: str) -> None:
        story_ids = [i.story_id for i in reply.items if i.story_id]
        article_ids = await asyncio.to_thread(self._article_ids, story_ids)
        await asyncio.to_thread(
            self.store.save_conversation,
            subscription.platform,
            subscription.workspace,
            subscription.channel,
            message_id,
            story_ids,
            article_ids,
            {"stories": story_ids, "digest": True, "listing": True},
            self.settings.conversation_days,
        )

    async def start_scheduler(self) -> None:
        if self.scheduler is None:
            self.scheduler = DigestScheduler(self.run_due_digests, clock=self.clock)
            await self.scheduler.start()

    async def stop_scheduler(self) -> None:
        if self.scheduler is not None:
            await self.scheduler.stop()
            self.scheduler = None
