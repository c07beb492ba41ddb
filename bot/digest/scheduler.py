"""The clock that drives scheduled digests: once at start (catch-up), then every interval."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class DigestScheduler:
    """Calls `run(now)` at start and every `interval_seconds`; `run` decides what is due (the outbox
    makes repeated calls harmless). `clock` is injectable so tests can move time."""

    def __init__(
        self,
        run: Callable[[datetime], Awaitable],
        clock: Callable[[], datetime] = utc_now,
        interval_seconds: float = 30,
    ) -> None:
        self._run = run
        self._clock = clock
        self._interval = interval_seconds
        self._scheduler: AsyncIOScheduler | None = None
        self._busy = asyncio.Lock()  # one run at a time; stop() waits for a post in progress

    @property
    def running(self) -> bool:
        return self._scheduler is not None

    async def start(self) -> None:
        if self._scheduler is not None:
            return
        await self.tick()  # catch up on digests missed while the bot was down
        scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=timezone.utc)
        scheduler.add_job(
            self.tick,
            IntervalTrigger(seconds=self._interval, timezone=timezone.utc),
            id="digests",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )
        scheduler.start()
        self._scheduler = scheduler

    async def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        async with self._busy:
            pass

    async def tick(self) -> None:
        """One run now; errors are logged, never raised into the scheduler."""
        async with self._busy:
            try:
                await self._run(self._clock())
            except Exception:
                log.exception("scheduled digest run failed; next run in %s s", self._interval)
