"""Small helpers on character offsets shared by the extraction stages: trimming a span, testing
positions against quotation spans, finding where a clause starts.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from bot.quotes.text import QuoteSpan

_START = attrgetter("start")  # a quotation's start, read in C by bisect (a lambda is a Python call per probe)


def _strip_end(text: str, start: int, end: int) -> int:
    unopened = None  # closing parentheses with no opening one in the span, counted once (not per mark: quadratic)
    while end > start:
        if text[end - 1] in " \t.;:,":
            end -= 1
        elif text[end - 1] == ")":
            if unopened is None:
                unopened = text.count(")", start, end) - text.count("(", start, end)
            if unopened <= 0:
                break
            end -= 1  # "(On Monday he said he would go.)": the aside's closing mark is not said
            unopened -= 1
        else:
            break
    return end


def _to_closing_mark(start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """Content that stops inside a quotation it opened runs to the closing mark: 'said "A. B."' is
    both sentences, whatever the sentence splitter saw inside the marks."""
    i = bisect_right(quotes, end - 1, key=_START) - 1
    if i >= 0 and start <= quotes[i].start and end < quotes[i].end:
        return quotes[i].end
    return end


def _inside(spans: list[QuoteSpan], pos: int) -> bool:
    """Whether pos falls in one of `spans` (sorted by start, not overlapping)."""
    i = bisect_right(spans, pos, key=_START) - 1
    return i >= 0 and pos < spans[i].end


def _inside_quote_marks(text: str, a: int, b: int) -> bool:
    """An opening quotation mark in text[a:b] that is not closed there."""
    return text.count("“", a, b) > text.count("”", a, b) or text.count('"', a, b) % 2 == 1


def _lead_space(text: str, i: int) -> int:
    n = 0
    while i + n < len(text) and text[i + n] in " \t:,":
        n += 1
    return n


def _find_all(text: str, literal: str) -> list[int]:
    found, i = [], text.find(literal)
    while i >= 0:
        found.append(i)
        i = text.find(literal, i + 1)
    return found


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the last sentence or clause before `end` starts, not before `start`."""
    cut = max(text.rfind(". ", start, end), text.rfind("; ", start, end))
    return cut + 2 if cut >= 0 else start


_OPENING = "“\"«„‘'`”"
_CLOSING = "”\"»“’'"


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct quotation's words without its enclosing marks: renderers add their own."""
    a, b = start, end
    while a < b and text[a] in _OPENING:
        a += 1
    while b > a and text[b - 1] in _CLOSING:
        b -= 1
    while a < b and text[a] in " \u00a0\u202f":  # '« Nous gagnerons »': French spacing inside the marks
        a += 1
    while b > a and text[b - 1] in " \u00a0\u202f":
        b -= 1
    return (a, b) if a < b else (start, end)
