"""Offline English sentence splitter for news text (no NLTK data, no downloads).

Rule-based: a candidate boundary is terminal punctuation (with closing quotes/brackets)
followed by whitespace; known abbreviations, initials and lowercase continuations
('"Stop!" he said') veto it. Blank lines always end a sentence, so headlines, bylines
and paragraphs without a final period never run into the next paragraph.
"""
from __future__ import annotations

import re

__all__ = ["sentence_spans", "split_sentences"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CANDIDATE = re.compile(r"""(?:[.!?…]+|\.\s\.\s\.)["'”’)\]]*(?=\s)""")
_WORD_BEFORE = re.compile(r"""[\w.&'’-]*$""")
_NEXT_WORD = re.compile(r"""\s+[\s"'“‘(\[]*([\w$£€]+)""")

# Precede a name or a number, so a period after them never ends a sentence.
_TITLES = frozenset("""
mr mrs ms messrs dr prof gen sen rep gov lt col capt sgt rev st jr sr hon maj adm cmdr
pres supt insp det cpl pvt brig fr sec amb mt ft ald dist atty
""".split())
_BEFORE_NUMBER = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec no nos vol p pp art fig ch sec para
""".split())
# End a sentence only when a typical sentence starter follows.
_OTHER_ABBREVIATIONS = frozenset("""
etc vs v e.g i.e al inc ltd co corp plc bros approx est dept univ assn ave blvd rd
""".split())
_QUOTE_MARKS = re.compile(r'["“”]')
# A quotation closed by ',' '!' or '?' and followed by its attribution ('," he added',
# '!" Lavrov said') is one sentence with that attribution, however many sentences it quotes.
_ATTRIBUTION = re.compile(
    r"""\s+(?:[a-z]|(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|adds|told|stated|continued|explained|noted|wrote|asked)\b)"""
)
_MAX_QUOTE_CHARS = 1500
_SENTENCE_STARTERS = frozenset("""
a an the he she it they we i you his her its their our this that these those there
but and so yet or in on at after before when while however meanwhile also if as
mr mrs ms dr some many most one two three no not for
""".split())


def _is_boundary(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the punctuation text[start:end] ends a sentence (text[limit:] is another paragraph)."""
    following = _NEXT_WORD.match(text, end, limit)
    if following is None:
        return True
    next_word = following.group(1)
    if next_word[0].islower():
        return False  # '"...!" he added', 'the U.S. military'
    if text[start] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start).group(0).lstrip("'’\"-")
    token = before.lower()
    if not token:
        return True
    if token in _TITLES:
        return False
    starter = next_word.lower() in _SENTENCE_STARTERS
    if token in _BEFORE_NUMBER:
        return not next_word[0].isdigit() and starter
    if token in _OTHER_ABBREVIATIONS:
        return starter
    if len(before) == 1 and before.isupper():
        return starter  # initials: "John F. Kennedy"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return starter  # "U.S.", "a.m."
    return True


def _attributed_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside text[start:end] of quotations that end with their attribution."""
    regions, opening = [], None
    for mark in _QUOTE_MARKS.finditer(text, start, end):
        char, at = mark.group(0), mark.start()
        if opening is None and char != "”":
            opening = at
        elif opening is not None and char != "“":
            closes_clause = text[at - 1] in ",!?"
            if closes_clause and at - opening < _MAX_QUOTE_CHARS and _ATTRIBUTION.match(text, at + 1, end):
                regions.append((opening, at))
            opening = None
    return regions


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, so text[start:end] is the sentence verbatim."""
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraph_spans(text):
        start = para_start
        quotes = _attributed_quotes(text, para_start, para_end)
        for match in _CANDIDATE.finditer(text, para_start, para_end):
            if match.end() <= start or not _is_boundary(text, match.start(), match.end(), para_end):
                continue
            if any(q_start < match.start() < q_end for q_start, q_end in quotes):
                continue
            spans.append((start, match.end()))
            start = match.end()
        spans.append((start, para_end))
    return [stripped for span in spans if (stripped := _strip(text, *span))]


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]
