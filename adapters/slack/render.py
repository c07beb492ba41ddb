"""Core `Reply` -> Slack messages (Block Kit plus the plain-text fallback), within Slack's limits.

Pure functions: no network, no clock. Every message is validated with slack_sdk's own block models
before it leaves this module, so a limit we got wrong fails here rather than at Slack.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from slack_sdk.models.blocks import Block

from bot.messages import QuoteView, Reply, ReplyItem, SourceLink
from bot.render import direct_text, reporting_verb

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_TEXT = 3000
# Slack accepts more, but long messages get collapsed behind "Show more"; smaller messages read better.
MESSAGE_TEXT_BUDGET = 10000


@dataclass(slots=True)
class SlackMessage:
    text: str  # plain-text fallback: notifications, screen readers, clients without Block Kit
    blocks: list[dict] = field(default_factory=list)


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str | None, label: str) -> str:
    label = escape(label).replace("|", "¦")
    if not url or not url.startswith(("https://", "http://")):
        return label  # file:// paths of local imports mean nothing to Slack users
    safe_url = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"<{safe_url}|{label}>"


def format_date(value: datetime | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = MAX_SECTION_TEXT) -> list[str]:
    """Split at line, then sentence, then word boundaries so no piece exceeds `limit`."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        while len(line) > limit:
            cut = max(line.rfind(". ", 0, limit), line.rfind(" ", 0, limit))
            cut = cut + 1 if cut > 0 else limit
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        current = line
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def _sections(mrkdwn: str) -> list[dict]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": piece}} for piece in split_text(mrkdwn)]


def _header(title: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": _truncate(title, MAX_HEADER_TEXT), "emoji": True}}


def _quote_line(quote: QuoteView, item_link: str | None = None) -> str:
    said = escape(quote.text)
    # Direct words get quote marks; "mixed" text carries its own; reported speech is labelled as such.
    verb = escape(reporting_verb(quote))
    body = {"direct": f"“{escape(direct_text(quote.text))}”", "mixed": said}.get(quote.kind, f"_({verb})_ {said}")
    if quote.speaker:
        who = ", ".join(escape(p) for p in (quote.speaker_title, quote.speaker_affiliation) if p)
        speaker = f"*{escape(quote.speaker)}*" + (f", {who}" if who else "")
    else:
        speaker = "_speaker not identified_"  # extractive: never guess who said it
    if quote.link == item_link:  # said in the item's own report, already cited above
        return f"> {body}\n— {speaker}"
    where = link(quote.link, quote.outlet) if quote.outlet else ""
    tail = " · ".join(p for p in (where, format_date(quote.date)) if p)
    return f"> {body}\n— {speaker}" + (f" ({tail})" if tail else "")


def _context(item: ReplyItem) -> dict | None:
    elements: list[str] = []
    primary = " · ".join(p for p in (escape(item.outlet or ""), format_date(item.date)) if p)
    if primary:
        elements.append(primary)
    others = [s for s in item.sources if s.link != item.link]
    if others:
        elements.append(_truncate("Also: " + ", ".join(_source_link(s) for s in others), 2000))
    if not elements:
        return None
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": e} for e in elements[:MAX_CONTEXT_ELEMENTS]]}


def _source_link(source: SourceLink) -> str:
    return link(source.link, source.outlet)


def item_blocks(item: ReplyItem) -> list[dict]:
    headline = f"*{link(item.link, item.headline)}*"
    if item.note:
        headline += f"\n_{escape(item.note)}_"
    blocks = _sections(headline)
    if item.summary:
        outlets = item.summary_outlets if len(item.summary_outlets) == len(item.summary) else [""] * len(item.summary)
        lines = [escape(s) + (f" _({escape(o)})_" if o and o != item.outlet else "") for s, o in zip(item.summary, outlets)]
        blocks += _sections("\n".join(lines))
    for quote in item.quotes:
        blocks += _sections(_quote_line(quote, item.link))
    context = _context(item)
    if context:
        blocks.append(context)
    return blocks


def _item_fallback(item: ReplyItem) -> str:
    parts = [item.headline, item.outlet or "", format_date(item.date), item.link or ""]
    return "• " + " — ".join(p for p in parts if p)


def _pack(units: list[tuple[list[dict], str]], first_fallback: str) -> list[SlackMessage]:
    """Pack (blocks, fallback line) units into messages: never split a unit unless it alone is too big."""
    messages: list[SlackMessage] = []
    blocks: list[dict] = []
    lines: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal blocks, lines, size
        if blocks:
            prefix = first_fallback if not messages else "(continued)"
            text = _truncate("\n".join([prefix, *lines]).strip(), MAX_FALLBACK_TEXT)
            messages.append(SlackMessage(text=text, blocks=blocks))
        blocks, lines, size = [], [], 0

    for unit_blocks, line in units:
        unit_size = sum(len(b.get("text", {}).get("text", "")) for b in unit_blocks)
        divider = [{"type": "divider"}] if blocks else []
        if blocks and (len(blocks) + len(divider) + len(unit_blocks) > MAX_BLOCKS or size + unit_size > MESSAGE_TEXT_BUDGET):
            flush()
            divider = []
        if len(unit_blocks) > MAX_BLOCKS:
            for start in range(0, len(unit_blocks), MAX_BLOCKS):
                blocks = unit_blocks[start : start + MAX_BLOCKS]
                lines = [line] if start == 0 else []
                flush()
            continue
        blocks += divider + unit_blocks
        size += unit_size
        if line:
            lines.append(line)
    flush()
    return messages


def render_reply(reply: Reply) -> list[SlackMessage]:
    """An answer: header, the reply text, then one unit per story, split into as many messages as needed."""
    head: list[dict] = [_header(reply.title)] if reply.title.strip() else []
    if reply.text.strip():
        head += _sections(escape(reply.text))
    units: list[tuple[list[dict], str]] = []
    if head:
        units.append((head, ""))
    units += [(item_blocks(item), _item_fallback(item)) for item in reply.items]
    first_fallback = "\n".join(p for p in (reply.title, reply.text) if p.strip()) or "DiploBrief"
    messages = _pack(units, first_fallback) or [SlackMessage(text=first_fallback, blocks=[])]
    for message in messages:
        validate(message)
    return messages


def render_digest(reply: Reply) -> tuple[SlackMessage, list[SlackMessage]]:
    """A digest: a root message (the thread people reply in) and one message per story under it."""
    root = render_reply(Reply(title=reply.title, text=reply.text or _digest_intro(reply), kind=reply.kind))[0]
    stories: list[SlackMessage] = []
    for item in reply.items:
        stories += _pack([(item_blocks(item), _item_fallback(item))], item.headline)
    for message in stories:
        validate(message)
    return root, stories


def _digest_intro(reply: Reply) -> str:
    count = len(reply.items)
    if not count:
        return "No new stories since the last digest."
    return f"{count} {'story' if count == 1 else 'stories'} in the thread below. Reply there to ask follow-up questions."


def validate(message: SlackMessage) -> None:
    """Raise if slack_sdk's block models reject a block or our own limits are broken."""
    if not message.text.strip():
        raise ValueError("Slack message without a plain-text fallback")
    if len(message.blocks) > MAX_BLOCKS:
        raise ValueError(f"{len(message.blocks)} blocks > {MAX_BLOCKS}")
    for block in Block.parse_all(message.blocks):
        block.to_dict()  # runs the model's JsonValidators (lengths, element counts)
