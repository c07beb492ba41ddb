"""One candidate attribution: what every extraction stage proposes and `extract_quotes` accepts or drops."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    cue: str | None
    mention: tuple[int, int] | None
    priority: int  # lower wins when candidates overlap
    paragraph: int
    inherit: _Candidate | None = None
    frame_end: int | None = None  # end of the attribution after a quote ('," he said')
    quoted: int = 0  # characters inside quotation marks, for direct quotes
    resolved: tuple[str | None, str | None, str | None] = (None, None, None)
    referent: tuple[int, int] | None = None  # who a relative "who" mention stands for ("Cruz, who said")
    silent: bool = False  # no content of its own, but its speaker still leads later pronouns ("… Sanders continued")
    nested: bool = False  # may sit inside a longer accepted span: the topic in a quotation's frame
