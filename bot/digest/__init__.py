"""Daily digests: the top stories of a window (`build_digest`), posted exactly once per channel and
local day (`run_due_digests`), on a clock (`DigestScheduler`)."""
from __future__ import annotations

from bot.digest.build import build_digest, rank_stories, topics_label
from bot.digest.outbox import DigestResult, digest_key, due_date, reply_from_dict, run_due_digests
from bot.digest.scheduler import DigestScheduler

__all__ = [
    "DigestResult",
    "DigestScheduler",
    "build_digest",
    "digest_key",
    "due_date",
    "rank_stories",
    "reply_from_dict",
    "run_due_digests",
    "topics_label",
]
