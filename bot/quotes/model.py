"""The result type of quote extraction."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    text: str  # verbatim text[start:end]
    start: int  # character offsets into the article text exactly as given
    end: int
    kind: str  # "direct" | "indirect" | "mixed"
    cue: str | None  # cue as written: "said", "according to", ":"
    speaker: str | None  # resolved name, or None when the article does not say who (never guessed)
    speaker_title: str | None
    speaker_affiliation: str | None  # country or organisation
    speaker_start: int | None  # the mention the attribution was made from ("he" in "he added")
    speaker_end: int | None

    def to_json(self) -> dict:
        return asdict(self)
