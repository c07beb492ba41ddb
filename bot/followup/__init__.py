"""Follow-up questions in a thread, answered with cited sentences from the thread's stories.

`answer_followup` is synchronous (it reads the store); the async core runs it with `asyncio.to_thread`.
"""
from __future__ import annotations

from bot.followup.answer import DATE_UNKNOWN, FROM_THREAD, NOT_FOUND, WIDENED, FollowupAnswer, answer_followup
from bot.followup.question import is_followup_question

__all__ = ["DATE_UNKNOWN", "FROM_THREAD", "NOT_FOUND", "WIDENED", "FollowupAnswer", "answer_followup", "is_followup_question"]
