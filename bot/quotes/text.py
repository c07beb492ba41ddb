"""Offsets-preserving segmentation: paragraphs, sentences and quotation-mark spans.

Everything returns (start, end) character offsets into the string as given, so quotes can be
cited exactly; nothing here normalises the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_ABBREVIATIONS = frozenset("""mr mrs ms dr st sen rep gov gen col lt sgt capt jr sr prof rev adm maj cmdr
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd mt ft u.s u.n u.k e.u
    d.c a.m p.m approx dept est fig op""".split())
_FINAL_ABBREVIATIONS = frozenset("u.s u.n u.k e.u d.c a.m p.m etc inc corp co ltd".split())
_OPENER_AFTER = re.compile(r"\s+(?:He|She|They|It|We|I|The|But|This|That|These|Those|There)\b")
# A full stop/question/exclamation mark, optional closing quotes or brackets, then space and a
# capital, digit or opening quote.
# Possessive, and only from a run's first mark: a run of thousands of dots is tried once, not from each dot.
# The mark before the lookbehind: re then skips to the next mark instead of testing the lookbehind everywhere (3x faster).
# (a capital after the mark opens the next sentence: accented ones too, 'Çelik said', 'Ödegaard said')
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"”’'»)\]]*+(?=\s+[\"“‘’'«„(\[`]*[A-Z0-9À-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ])")  # ’ too: '. “’House of Cards,’” she said'
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# The same from the start of a word only: re tries every position, and _WORD_BEFORE runs to the window's end
# from each letter of each word (1.6x slower)
_WHOLE_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]++)$")
_DOTTED = re.compile(r"(?:\w\.)+\w")  # "u.s", "e.g"


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PARAGRAPH.finditer(text):
        a, b = m.span()
        a = _skip_space(text, a, b)
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _word_before(text: str, start: int, end: int) -> str:
    """The group of _WORD_BEFORE.search(text, start, end) ("" if none); the word may begin before `start`, then
    it is cut there."""
    if text[end - 1:end] == "\n":  # `$` matches before a final newline too: the patterns say what that finds
        m = _WHOLE_WORD_BEFORE.search(text, start, end) or _WORD_BEFORE.search(text, start, end)
        return m.group(1) if m else ""
    # back over the word's characters ([\w.]: \w is what str.isalnum finds, and "_"): a search tries every start
    i = end
    while i > start and ((c := text[i - 1]).isalnum() or c in "_."):
        i -= 1
    return text[i:end]


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; boundaries inside quotes are kept, callers don't mind."""
    spans = []
    cursor = start
    for m in _boundaries(text, start, end):
        if text[m.start()] == ".":
            word = _word_before(text, max(cursor, m.start() - 40), m.start()).lower()  # end-anchored: a short window
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word and _DOTTED.fullmatch(word):
                if not (word in _FINAL_ABBREVIATIONS and _OPENER_AFTER.match(text, m.end())):
                    continue  # "… in the U.S. He says …": an abbreviation can end a sentence too
        cut = m.end()
        spans.append((cursor, cut))
        cursor = _skip_space(text, cut, end)
    if cursor < end:
        spans.append((cursor, end))
    if any(b - a > _MAX_SENTENCE_CHARS for a, b in spans):
        spans = [piece for span in spans for piece in _pieces(text, *span)]
    return spans


def _boundaries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What _BOUNDARY.finditer(text, start, end) finds, the pattern tried only where str.find sees one of its marks
    (a match opens at one; re's own search tests every character of the paragraph)."""
    at = []
    for mark in ".!?…":
        i = text.find(mark, start, end)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1, end)
    at.sort()
    found: list[re.Match[str]] = []
    last = start  # where the last match ended: finditer goes on from there
    for i in at:
        if i >= last and (m := _BOUNDARY.match(text, i, end)):
            found.append(m)
            last = m.end()
    return found


# The longest sentence in 48,000 of news (Wikinews, PolNeAR) is 1,838 characters. Longer "sentences" are
# unpunctuated dumps; cutting them into pieces keeps extraction linear in the article's length.
_MAX_SENTENCE_CHARS = 2500


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] cut at spaces into spans of at most _MAX_SENTENCE_CHARS."""
    pieces = []
    while b - a > _MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", a + _MAX_SENTENCE_CHARS // 2, a + _MAX_SENTENCE_CHARS)
        cut = cut if cut > a else a + _MAX_SENTENCE_CHARS
        pieces.append((a, cut))
        a = _skip_space(text, cut, b)
    if a < b:
        pieces.append((a, b))
    return pieces


@dataclass(slots=True)
class QuoteSpan:
    start: int  # at the opening mark
    end: int  # after the closing mark
    paragraph: int  # paragraph where it opens
    last_paragraph: int  # paragraph where it closes (multi-paragraph quotes)


_CLOSERS = {"“": "”", "«": "»", "„": "“”", "``": "''", '"': '"', "''": "''", "‘": "’", "”": "”", "'": "'"}
# ``|''|[“«„"‘”'] with a set of characters first: re then skips quickly to the next mark, not trying the
# alternatives at each character
_OPEN_RE = re.compile(r"[`'“«„\"‘”](?:(?<=`)`|(?<=')'?|(?<=[“«„\"‘”]))")


def _closing(text: str, i: int, end: int, opener: str) -> tuple[int, int] | None:
    """(start, end) of the closing mark of a quote opened just before i, within [i, end)."""
    return _closing_with(text, i, end, opener, _CLOSERS[opener])


def _closing_with(text: str, i: int, end: int, opener: str, closers: str) -> tuple[int, int] | None:
    if opener in ("``", "''"):
        j = text.find("''", i, end)
        if j >= 0 and text[j + 2:j + 3] == "'":
            j += 1  # "… bomb them,'''": the nested single quote closes first, then the double
        return (j, j + 2) if j >= 0 else None
    if opener in _MIXED_STYLE:
        return _mixed_closing(text, i, end, opener)
    if opener == "'":
        return _straight_single_closing(text, i, end)
    j = i
    while j < end:
        c = text[j]
        if c in closers:
            if opener == "‘":  # an apostrophe (it’s, Clinton’s) is not a closing mark
                if j + 1 < end and text[j + 1].isalpha():
                    j += 1
                    continue
            if opener == '"' and j == i:
                return None
            return (j, j + 1)
        j += 1
    return None


_MIXED_STYLE = ("“", '"')
_SINGLE_CLOSED_BY = ",.!?…"  # "'We will win,' she said": the quotation's own punctuation before the mark
_SINGLE_CLOSES_BEFORE = ",.;:!?)"


def _straight_single_closing(text: str, i: int, end: int) -> tuple[int, int] | None:
    """Closing mark of a quotation in straight single marks (British or wire copy without curly marks):
    an apostrophe is followed by a letter (don't) or follows a plural (the farmers' union), so only a
    mark after the quotation's punctuation, before punctuation or the paragraph's end, or after a word
    of a short scare quote closes."""
    j = text.find("'", i, end)
    while j >= 0:
        after = text[j + 1:j + 2]
        if not after.isalnum() and (text[j - 1] in _SINGLE_CLOSED_BY or after in _SINGLE_CLOSES_BEFORE
                                    or not text[j + 1:end].strip()
                                    or text[j - 1].isalpha() and len(text[i:j].split()) <= 3):
            return j, j + 1  # a short scare quote ('absurd') closes before a space too
        if text[j - 1].isspace() and after.isalpha():
            return None  # another quotation opens: this one was no quotation ("the farmers' union … 'We …'")
        j = text.find("'", j + 1, end)
    return None


def _opens_paragraph_single(text: str, a: int, o: int) -> bool:
    """‘ opening a paragraph before a word: British copy, whose quotations in single marks may hold
    double ones (‘We want the “best” deal,’ she said); American copy never opens a paragraph with one."""
    return not text[a:o].strip(_FORMAT_CHARS + " ") and text[o + 1:o + 2].isalpha()


def _single_quoted_line(text: str, a: int, o: int, close_end: int, b: int) -> bool:
    """A paragraph that is only a phrase in straight single marks ("'A Fight to the Finish.'") is a
    subheading in the article, quoting nobody there."""
    return o == a and not text[close_end:b].strip()


def _opens_single(text: str, a: int, o: int) -> bool:
    """A straight single mark opening a quotation: at the paragraph's start or after a space, colon or
    dash, before a word ("She said: 'We will win.'"), never "rock 'n' roll" or "'90s"."""
    return ((o == a or text[o - 1] in " \t(:—–")
            and text[o + 1:o + 2].isalpha() and text[o + 1:o + 3] != "n'")


def _mixed_closing(text: str, i: int, end: int, opener: str) -> tuple[int, int] | None:
    """Closing mark of a double quotation in copy that mixes curly and straight marks: the first
    mark that closes, whichever its style ('“A," he said. "B”', '"A,” he said', '“It's unusual,“ said X'),
    skipping a quotation nested in the other style ('“He said "no" twice”'). A mark followed by a word
    opens, any other closes."""
    nested = False  # inside a quotation nested in this one
    for mark in _DOUBLE_MARK.finditer(text, i, end):  # from mark to mark, not a step per character
        j = mark.start()
        c = text[j]
        if c == "”" and _INCHES.search(text, max(i, j - 4), j):
            continue  # '… he’s like 6’2”,”': feet and inches, not a closing mark
        after = text[j + 1] if j + 1 < end else " "
        opens = after.isalnum() or after in _OPENERS_AFTER
        if c == '"' and text[j - 1:j] in ",.?!" and j > i:
            opens = False  # '"…,"Ann Lee said': a closing mark glued to the next word
        if c == "“" and text[j - 1:j] in ".?!" and j > i and after == "[":
            opens = False  # '… they stand.“[Read more]': a reversed closing mark before a source link
        if c == "”" or not opens:
            if c == "“" and not text[j - 1:j].strip():
                continue  # a stray mark between spaces
            if nested:
                nested = False
            elif not (c == '"' and j == i):
                return j, j + 1
        elif c != "”" and c != opener:  # “ inside “…”: a typo for a closer or a reopening, no nesting
            nested = True
    return None


# Invisible marks pasted from social media ahead of a paragraph: '\u202a”A,” wrote X.' still opens there
_FORMAT_CHARS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
_INCHES = re.compile(r"\b\d[’']\d{1,2}$")
_DOUBLE_MARK = re.compile("[”\"“]")
_OPENERS_AFTER = "‘'`$[(…."


def _left_open(text: str, o: int, b: int, opener: str) -> bool:
    """A curly quotation whose closing mark was dropped runs to its paragraph's end when it opens a
    sentence and the paragraph ends as a sentence does ('“A,” said Baron. “B. C.' + paragraph end):
    the next paragraph does not reopen it, so it cannot run on."""
    before = text[max(0, o - 2):o]
    opens_sentence = not before.strip() or before.rstrip()[-1:] in ".:,!?"
    return opener in ("“", "«") and opens_sentence and text[b - 1] in ".!?…" and len(text[o:b].split()) >= 4


def _framed_last_piece(text: str, para: tuple[int, int], close: tuple[int, int], opener: str) -> bool:
    """A quotation run on into a paragraph where it closes with a comma and its frame before another
    quotation ('"B," he said. "C"'): that paragraph starts a statement of its own, B and C one quotation."""
    before = text[para[0]:close[0]].rstrip()
    return (before.endswith(",") and text.find(opener[0], close[1], para[1]) >= 0
            and not _GOES_ON.match(text, close[1], para[1]))


# '"B," Ann Lee continued. "C"': a frame saying the speech goes on keeps the run-on quotation whole
_GOES_ON = re.compile(r"[^.!?“”\"]{0,80}?\b(?:continued|continues|added|adds|went on|goes on)\b")


def _wrapped_line(text: str, b: int, next_start: int) -> bool:
    """A single line break in mid-sentence ('… to participate personally\nin caucuses …”'): copy wrapped
    by hand, the sentence and its quotation go on."""
    return next_start == b + 1 and text[b - 1:b].isalpha() and text[b - 1:b].islower() and text[next_start:next_start + 1].islower()


def _doubled_opener(text: str, i: int, b: int, close: tuple[int, int] | None) -> bool:
    """A second opening mark right after the one before i, that one closing nowhere or only at the
    paragraph's end: a doubled typo ('"“A,” he said') or a whole paragraph set in marks around a
    quotation and its frame ('"“A,” Lee said."'), where the inner mark opens the quotation."""
    return (text[i:i + 1] in ("“", '"') and text[i + 1:i + 2].isalnum()
            and (close is None or not text[close[1]:b].strip()))


def _has_double_mark(text: str, a: int, b: int) -> bool:
    return any(text.find(mark, a, b) >= 0 for mark in ("“", "\"", "«", "„", "``"))


def quote_spans(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Top-level quotations; one left open at a paragraph end continues when the next paragraph
    opens with the same mark (the newspaper convention for quotes over several paragraphs)."""
    found: list[QuoteSpan] = []
    # (paragraph, mark) -> where a quotation left open and run on into that paragraph closes, (last paragraph,
    # closing mark or None): thousands of paragraphs each opening a quotation never closed are walked once, not from each
    run_on: dict[tuple[int, str], tuple[int, tuple[int, int] | None]] = {}
    p = 0
    while p < len(paras):
        a, b = paras[p]
        has_double = None  # a double mark in the paragraph: asked only at a single one (most have none)
        i = a
        cur = p
        while i < b:
            m = _OPEN_RE.search(text, i, b)
            if not m:
                break
            opener = m.group()
            o = m.start()
            if has_double is None and opener in ("‘", "'"):
                has_double = _has_double_mark(text, *paras[p])
            if opener == "‘" and (has_double and not _opens_paragraph_single(text, a, o) or (o > a and text[o - 1].isalnum())):
                i = m.end()
                continue
            if opener == "'" and ((has_double or "‘" in text[a:b]) and not _opens_paragraph_single(text, a, o)
                                  or not _opens_single(text, a, o)):
                i = m.end()
                continue
            if opener == "”" and text[a:o].strip(_FORMAT_CHARS):  # a closing mark opens a quote only as a typo at a paragraph start
                i = m.end()
                continue
            close = _closing(text, m.end(), b, opener)
            if opener == "'" and close is not None and _single_quoted_line(text, a, o, close[1], b):
                break
            if _doubled_opener(text, m.end(), b, close):
                i = m.end()  # '"“A,” he said."': the outer mark wraps the paragraph, the inner one opens the quotation
                continue
            q = cur
            entered = []
            while close is None and q + 1 < len(paras):
                if (q + 1, opener) in run_on:  # a run of paragraphs walked before, from an earlier one
                    q, close = run_on[q + 1, opener]
                    break
                na, nb = paras[q + 1]
                if not text.startswith(opener, na):
                    break
                q += 1
                entered.append(q)
                close = _closing(text, na + len(opener), nb, opener)
            for x in entered:  # the walk from any paragraph it entered ends the same way: walk each once
                run_on[x, opener] = (q, close)
            if close is None and q == cur and q + 1 < len(paras) and _wrapped_line(text, b, paras[q + 1][0]):
                close = _closing(text, paras[q + 1][0], paras[q + 1][1], opener)
                q = q + 1 if close else q
            if close is None and q == cur and _left_open(text, o, b, opener):
                close = (b, b)
            if close is None:
                break  # unbalanced: no quote rather than a wrong one
            if q > cur and _framed_last_piece(text, paras[q], close, opener):
                found.append(QuoteSpan(o, paras[q - 1][1], cur, q - 1))  # '"A. ¶ "B," he said. "C"': A, then B and C
                o, cur = paras[q][0], q
                a, b = paras[q]
            found.append(QuoteSpan(o, close[1], cur, q))
            if q > cur:
                cur = q
                a, b = paras[q]
            i = close[1]
        p = cur + 1
    return found
