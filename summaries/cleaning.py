"""Which sentences of a news text can be summary sentences at all, and where each really starts.

Scraped news carries residue around the story: bylines, "PUBLISHED: … | UPDATED: …" stamps,
"(CNN) --" datelines, breadcrumbs ("Home » …"), newsletter and share prompts. Residue-only
sentences are dropped and leading residue is cut off, by moving span offsets only: what remains
is still verbatim text.
"""
from __future__ import annotations

import re

from summaries.sentences import sentence_spans

__all__ = ["summary_spans"]

_LEADING_RESIDUE = re.compile(
    r"""^(?:
        (?:By\s+\.\s+[^.]{1,60}?\s+\.\s+)?(?:PUBLISHED:.*?UPDATED:\s*\.?\s*[^.]*?\d{4}\s+\.\s+)   # Mail stamps
      | [A-Z][A-Z .,'’/-]{1,40}(?:\([^)]{1,30}\))?\s+--\s+        # "WASHINGTON (CNN) -- "
      | \((?:CNN|AP|Reuters|AFP)\)\s*(?:--|-|—|–)?\s*              # "(CNN) -- "
      | [^\n»]{0,120}»\s*                                          # breadcrumbs "Home » World » "
    )+""",
    re.VERBOSE,
)
_RESIDUE_SENTENCE = re.compile(
    r"""^(?:
        By\b[^.!?]{0,60}$ | By\s+\.$ | \|\s*\.?$
      | (?:PUBLISHED|UPDATED|Last\s+updated|Updated|Published)\b.{0,80}$
      | \d{1,2}:\d{2}\s*(?:EST|GMT|BST|EDT|UTC|[AP]M)\b.{0,40}$
      | (?:Scroll\s+down|Click\s+here|Read\s+more|Share\s+this|Follow\s+(?:us|@)|Contact\s+us|Subscribe|Sign\s+up|Advertisement)\b.*
      | (?:Photo|Image|Video|Source|Credit)s?\s*:.{0,120}$
      | \*?\s*With\s+\w+\s*$                                       # credit line "*With Xinhua"
    )""",
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_TERMINAL = re.compile(r"""[.!?…:]["'”’)\]]*$""")
MIN_WORDS = 4
# Shorter and without final punctuation: a headline or a label ("Contact Us"), not a sentence.
# Longer ones are kept: some sites drop the final period of real paragraphs.
HEADLINE_MAX_WORDS = 15


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    residue = _LEADING_RESIDUE.match(text, start, end)
    if residue:
        start = residue.end()
    while start < end and text[start].isspace():
        start += 1
    sentence = text[start:end]
    words = len(_LETTER_WORD.findall(sentence))
    if words < MIN_WORDS or _RESIDUE_SENTENCE.match(sentence):
        return None
    if words < HEADLINE_MAX_WORDS and not _TERMINAL.search(sentence):
        return None
    return start, end


def summary_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences worth summarizing, residue trimmed; text[start:end] is verbatim."""
    return [span for start, end in sentence_spans(text) if (span := _trim(text, start, end))]
