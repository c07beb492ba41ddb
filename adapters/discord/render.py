"""Reply -> Discord messages (embeds) within Discord's limits; long replies split cleanly.

One reply renders as: a title, a description (the reply's text and a linked index of its stories),
one field per story (verbatim summary sentences, quotes with speakers, source links) and a footer
with outlets and dates. Splits fall between fields or lines, never inside a sentence unless a
single sentence exceeds a field on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import discord

from bot.messages import QuoteView, Reply, ReplyItem
from bot.render import direct_text, reporting_verb

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_PER_EMBED = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 256  # Discord allows 2,048; ours stays short so it fits any message's budget
EMBEDS_PER_MESSAGE = 10
CHARS_PER_MESSAGE = 6000
THREAD_NAME_LIMIT = 100
COLOUR = discord.Colour(0x2B6CB0)
PLAIN_KINDS = {"error", "ack"}


@dataclass
class OutgoingMessage:
    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)

    def kwargs(self) -> dict:
        return {"content": self.content, "embeds": self.embeds}


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis; only for text that cannot be split."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def split_text(text: str, limit: int) -> list[str]:
    """Split between lines where possible, else between words, so each chunk is <= limit."""
    chunks: list[str] = []
    current = ""
    for line in text.splitlines():
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if len(line) <= limit:
            if current.strip():
                chunks.append(current)
            current = line
            continue
        separator = "\n" if current else ""
        for word in line.split(" "):
            while len(word) > limit:  # a URL or a run without spaces
                if current.strip():
                    chunks.append(current)
                chunks.append(word[:limit])
                current, separator, word = "", "", word[limit:]
            candidate = f"{current}{separator}{word}"
            if len(candidate) <= limit:
                current = candidate
            else:
                if current.strip():
                    chunks.append(current)
                current = word
            separator = " "
    if current.strip():
        chunks.append(current)
    return chunks


def md_link(label: str, url: str | None) -> str:
    label = discord.utils.escape_markdown(label)
    if not url or not url.startswith(("http://", "https://")):  # Discord links only web URLs
        return label
    safe_url = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{label.replace(']', '')}]({safe_url})"


def day(date: datetime | None) -> str:
    return date.strftime("%Y-%m-%d") if date else ""


def quote_line(quote: QuoteView, item_link: str | None = None) -> str:
    # Direct words get quote marks; "mixed" text carries its own; reported speech is labelled as such.
    verb = discord.utils.escape_markdown(reporting_verb(quote))
    opening, closing = {"direct": ("“", "”"), "mixed": ("", "")}.get(quote.kind, (f"*({verb})* ", ""))
    words = direct_text(quote.text) if quote.kind == "direct" else quote.text
    speaker = ", ".join(p for p in (quote.speaker, quote.speaker_title, quote.speaker_affiliation) if p)
    attribution = f" — {discord.utils.escape_markdown(speaker)}" if speaker else " — speaker not identified"
    cite = f" ({md_link(quote.outlet or 'source', quote.link)})" if quote.link and quote.link != item_link else ""
    return f"> {opening}{discord.utils.escape_markdown(words)}{closing}{attribution}{cite}"


def story_lines(item: ReplyItem) -> list[str]:
    lines = [discord.utils.escape_markdown(sentence) for sentence in item.summary]
    lines += [quote_line(q, item.link) for q in item.quotes]
    sources = item.sources or ([] if not item.outlet else [_primary_source(item)])
    if sources:
        links = " · ".join(md_link(s.outlet, s.link) + (f" ({day(s.date)})" if s.date else "") for s in sources)
        lines.append(f"Sources: {links}")
    if item.note:
        lines.append(f"_{discord.utils.escape_markdown(item.note)}_")
    return lines or [md_link(item.outlet or "source", item.link) + (f" ({day(item.date)})" if item.date else "")]


def _primary_source(item: ReplyItem):
    from bot.messages import SourceLink

    return SourceLink(outlet=item.outlet or "source", link=item.link or "", date=item.date)


def story_fields(number: int, item: ReplyItem) -> list[tuple[str, str]]:
    """One field per story; a story too long for 1,024 characters continues in further fields."""
    name = shorten(f"{number}. {item.headline}", FIELD_NAME_LIMIT)
    values: list[str] = []
    current = ""
    for line in story_lines(item):
        for piece in split_text(line, FIELD_VALUE_LIMIT):
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) <= FIELD_VALUE_LIMIT:
                current = candidate
            else:
                values.append(current)
                current = piece
    if current:
        values.append(current)
    cont = shorten(f"{number}. {item.headline}", FIELD_NAME_LIMIT - len(" (cont.)")) + " (cont.)"
    return [(name if i == 0 else cont, value) for i, value in enumerate(values)]


def index_line(number: int, item: ReplyItem) -> str:
    where = " · ".join(p for p in (item.outlet, day(item.date)) if p)
    return f"**{number}.** {md_link(shorten(item.headline, 200), item.link)}" + (f" — {where}" if where else "")


def footer_text(reply: Reply) -> str:
    outlets: list[str] = []
    dates: list[datetime] = []
    for item in reply.items:
        for source in item.sources or []:
            if source.outlet not in outlets:
                outlets.append(source.outlet)
            if source.date:
                dates.append(source.date)
        if item.outlet and item.outlet not in outlets:
            outlets.append(item.outlet)
        if item.date:
            dates.append(item.date)
    parts = []
    if outlets:
        parts.append("Outlets: " + ", ".join(outlets))
    if dates:
        first, last = day(min(dates)), day(max(dates))
        parts.append(first if first == last else f"{first} to {last}")
    return shorten(" · ".join(parts), FOOTER_LIMIT)


def render_reply(reply: Reply) -> list[OutgoingMessage]:
    if not reply.items and reply.kind in PLAIN_KINDS:
        text = reply.text or reply.title
        if reply.title and reply.text:
            text = f"**{discord.utils.escape_markdown(reply.title)}**\n{reply.text}"
        return [OutgoingMessage(content=chunk) for chunk in split_text(text, CONTENT_LIMIT)]
    description = reply.text.strip()
    if reply.items:
        index = "\n".join(index_line(n, item) for n, item in enumerate(reply.items, 1))
        description = f"{description}\n\n{index}" if description else index
    parts: list[tuple[str, ...]] = [("description", chunk) for chunk in split_text(description, DESCRIPTION_LIMIT)]
    for number, item in enumerate(reply.items, 1):
        parts += [("field", name, value) for name, value in story_fields(number, item)]
    return pack(shorten(reply.title, TITLE_LIMIT), parts, footer_text(reply))


def pack(title: str, parts: list[tuple[str, ...]], footer: str) -> list[OutgoingMessage]:
    """Fill embeds (25 fields) and messages (10 embeds, 6,000 characters incl. a reserved footer)."""
    budget = CHARS_PER_MESSAGE - len(footer)
    messages: list[OutgoingMessage] = []
    embed: discord.Embed | None = None
    used = 0  # characters in the current message

    def new_embed(cost: int) -> discord.Embed:
        nonlocal used
        if not messages or len(messages[-1].embeds) >= EMBEDS_PER_MESSAGE or used + cost > budget:
            messages.append(OutgoingMessage())
            used = 0
        created = discord.Embed(colour=COLOUR, title=title if not messages[0].embeds and title else None)
        used += len(created.title or "")
        messages[-1].embeds.append(created)
        return created

    for kind, *payload in parts:
        cost = sum(len(p) for p in payload)
        if kind == "description":
            embed = new_embed(cost + len(title))
            embed.description = payload[0]
        else:
            fits = embed is not None and len(embed.fields) < FIELDS_PER_EMBED and used + cost <= budget
            if not fits:
                embed = new_embed(cost + len(title))
            embed.add_field(name=payload[0], value=payload[1], inline=False)
        used += cost
    if not messages:
        new_embed(0)
    last = messages[-1].embeds[-1]
    if footer:
        last.set_footer(text=footer)
    if not (last.title or last.description or last.fields or footer):
        last.description = "—"
    return messages


def thread_name(reply: Reply) -> str:
    return shorten(reply.title or "DiploBrief", THREAD_NAME_LIMIT)
