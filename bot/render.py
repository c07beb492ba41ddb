"""Plain-text rendering of a reply: the fallback every adapter sends, and the console's output."""
from __future__ import annotations

from bot.messages import QuoteView, Reply, ReplyItem


def speaker_label(quote: QuoteView) -> str:
    if not quote.speaker:
        return "unattributed"
    details = ", ".join(part for part in (quote.speaker_title, quote.speaker_affiliation) if part)
    return f"{quote.speaker} ({details})" if details else quote.speaker


def reporting_verb(quote: QuoteView) -> str:
    """The source's own verb ("denied", "added"): without it reported speech can read as its opposite."""
    cue = (quote.cue or "").strip()
    return cue if cue and cue not in {":", ","} else "said"


def direct_text(text: str) -> str:
    """Quoted words without the comma that closes them before the attribution ("…concerns," she said)."""
    return text.rstrip().rstrip(",")


def quote_line(quote: QuoteView) -> str:
    """Direct words in quote marks; reported speech without them, since those are not the speaker's words."""
    if quote.kind == "indirect":
        return f"{speaker_label(quote)} ({reporting_verb(quote)}): {quote.text}"
    if quote.kind == "mixed":  # its text carries its own quote marks
        return f"{quote.text} — {speaker_label(quote)}"
    return f"“{direct_text(quote.text)}” — {speaker_label(quote)}"


def format_date(item_date) -> str:
    return item_date.strftime("%d %b %Y") if item_date else "date not given"


def item_text(item: ReplyItem, number: int | None = None) -> str:
    head = f"{number}. {item.headline}" if number is not None else item.headline
    lines = [head, f"   {item.outlet or 'unknown outlet'} · {format_date(item.date)}" + (f" · {item.link}" if item.link else "")]
    if item.note:
        lines.append(f"   {item.note}")
    for index, sentence in enumerate(item.summary):
        cite = f" [{item.summary_outlets[index]}]" if index < len(item.summary_outlets) else ""
        lines.append(f"   {sentence}{cite}")
    for quote in item.quotes:
        cite = f" ({quote.outlet or 'source'}, {quote.link})" if quote.link and quote.link != item.link else ""
        lines.append(f"   {quote_line(quote)}{cite}")
    if len(item.sources) > 1:
        lines.append("   Sources: " + "; ".join(f"{s.outlet} {s.link}" for s in item.sources))
    return "\n".join(lines)


def plain_text(reply: Reply) -> str:
    parts = [reply.title] if reply.title else []
    if reply.text:
        parts.append(reply.text)
    numbered = len(reply.items) > 1
    parts.extend(item_text(item, i if numbered else None) for i, item in enumerate(reply.items, 1))
    return "\n\n".join(parts)
