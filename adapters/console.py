"""Console adapter: the terminal chat, one-shot questions, and the in-memory adapter tests use.

Like the Slack and Discord adapters it only translates: text in, `Reply` out, rendered with rich.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from bot.app import DiploBrief
from bot.messages import IncomingMessage, Reply
from bot.render import direct_text, format_date, reporting_verb, speaker_label

PLATFORM = "console"
WORKSPACE = "local"
CHANNEL = "console"


@dataclass
class ConsoleAdapter:
    """Sends text to the core as the local user; remembers every reply (errbot-style test backend)."""

    core: DiploBrief
    user: str = "local-user"
    channel: str = CHANNEL
    replies: list[Reply] = field(default_factory=list)

    async def send(self, text: str, thread: str | None = None) -> Reply:
        message = IncomingMessage(
            platform=PLATFORM,
            workspace=WORKSPACE,
            channel=self.channel,
            user=self.user,
            text=text,
            thread=thread,
            user_is_admin=True,  # whoever runs the terminal owns the installation
        )
        reply = await self.core.handle(message)
        self.replies.append(reply)
        return reply

    @property
    def last_thread(self) -> str | None:
        for reply in reversed(self.replies):
            if reply.thread:
                return reply.thread
        return None


class ConsoleDelivery:
    """Scheduled digests printed into the running chat."""

    platform = PLATFORM

    def __init__(self, console: Console) -> None:
        self.console = console

    async def post(self, workspace: str, channel: str, reply: Reply, thread: str | None = None) -> str:
        # The digest's own conversation id is its thread id here: there is no platform id to link.
        self.console.print(render(reply))
        return reply.thread or f"digest-{id(reply):x}"


def render(reply: Reply) -> Panel:
    parts: list = []
    if reply.text:
        parts.append(Text(reply.text))
    for number, item in enumerate(reply.items, 1):
        head = Text(f"{number}. " if len(reply.items) > 1 else "", style="bold")
        head.append(item.headline, style="bold cyan")
        parts.append(head)
        meta = f"{item.outlet or 'unknown outlet'} · {format_date(item.date)}"
        parts.append(Text.from_markup(f"[dim]{escape(meta)}[/dim]" + (f" [link={item.link}]{escape(item.link)}[/link]" if item.link else "")))
        if item.note:
            parts.append(Text(item.note, style="italic"))
        for index, sentence in enumerate(item.summary):
            cite = f" [{item.summary_outlets[index]}]" if index < len(item.summary_outlets) else ""
            parts.append(Text(f"  {sentence}{cite}"))
        for quote in item.quotes:
            if quote.kind == "indirect":
                line = Text(f"  {speaker_label(quote)} ({reporting_verb(quote)}): ", style="bold")
                line.append(quote.text, style="green")
            else:
                marks = ("“", "” ") if quote.kind == "direct" else ("", " ")  # "mixed" text carries its own
                words = direct_text(quote.text) if quote.kind == "direct" else quote.text
                line = Text("  " + marks[0] + words + marks[1], style="green")
                line.append("— " + speaker_label(quote), style="bold")
            if quote.link and quote.link != item.link:  # said in another report of the story: cite that one
                line.append(f" ({quote.outlet or 'source'}, {format_date(quote.date)}, {quote.link})", style="dim")
            parts.append(line)
        if len(item.sources) > 1:
            parts.append(Text("  Sources: " + "; ".join(f"{s.outlet} {s.link}" for s in item.sources), style="dim"))
        parts.append(Text(""))
    subtitle = f"thread {reply.thread}" if reply.thread and reply.items else None
    return Panel(Group(*parts), title=escape(reply.title), title_align="left", subtitle=subtitle, subtitle_align="right")
