"""Strip site furniture (breadcrumbs, bylines, newsletter pitches, footers) from article text.

Only short lines at the start or end, or short standalone lines matching a known pattern, are
dropped; real sentences are never touched. Wire credits ("*With Xinhua", "(Reuters)") are kept
as credits rather than body text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.text import normalise_paragraphs

_I = re.IGNORECASE

_HOME_WORDS = r"(?:home|início|inicio|accueil|startseite|главная|首页|news|notícias|noticias)"
_BREADCRUMB_SEP = re.compile(r"\s*(?:»|›|>|/|\|)\s*")

# Whole short lines that are navigation, sharing or subscription furniture wherever they appear.
_STANDALONE = [
    re.compile(p, _I)
    for p in (
        r"(?:contact|about) us|privacy(?: policy| notice)?|terms (?:of|and) (?:use|service|conditions)",
        r"advertisement|advertising|sponsored(?: content)?|print|e-?mail|tweet|menu|search",
        r"share(?: this)?(?: (?:article|story|page|post))?(?: (?:on|via) [\w ,]+)?:?",
        r"skip to (?:main )?content|back to top|top stories|most (?:read|popular)|editor'?s picks?",
        r"(?:more|related|recommended|latest) (?:stories|articles|news|posts)|recommended(?: for you)?",
        r"read more|related|see also|(?:read more|related|see also|also read|read also|more on this)\s*[:»›>|-].*",
        r"subscribe\b.*|sign up\b.*newsletter.*|.*\bnewsletter\b.*(?:subscribe|sign up|inbox).*",
        r"follow us\b.*|join us on \w+.*",
        r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).*|.*\ball rights reserved\b.*",
        r"(?:photo|image|picture|video)s?(?: credit)?\s*(?:by\b|:).*|file photo\.?",
        r".*\b(?:we|this (?:web)?site) uses? cookies\b.*|.*\bcookies?\b.*\b(?:accept|consent|settings)\b.*",
    )
]
_STANDALONE_MAX_WORDS = 25
# "Reporting by Jane Doe in Geneva; Editing by John Roe": names must be capitalised, so
# "Reporting by state media suggested ..." stays.
_NAMES = r"[A-Z][\w.'’-]*(?:(?:\s+|\s+(?:in|and|de|da|van|von|al)\s+|,\s*)[A-Z][\w.'’-]*)*"
_STAFF_CREDITS = re.compile(
    r"(?i:(?:additional )?reporting|writing|editing|compiled|edited|translated) by\s+" + _NAMES
    + r"(?:\s*[;,]\s*(?:and\s+)?(?i:(?:additional )?reporting|writing|editing|edited|translated) by\s+" + _NAMES + r")*\.?"
)

# Lines that start a site footer: once one appears near the end, the short lines after it go too.
# Standalone lines that start a site footer ("Share this", "Read more" are not here: they also sit
# mid-article, above real paragraphs).
_FOOTER_START = re.compile(
    r"^(?:contact us|about us|subscribe\b|sign up\b|follow us\b|©|copyright\b|\(c\)|all rights reserved"
    r"|privacy|terms of|(?:additional )?reporting by|writing by|editing by)",
    _I,
)
# Footers carry no reported speech; a tail line with it is article text, so no cut is made.
_REPORTED_SPEECH = re.compile(r"[“”\"]|\b(?:said|says|told|added|stated)\b", _I)
_FOOTER_LINE_MAX_WORDS = 20
_FOOTER_WINDOW = 12

_CREDIT_LINE = re.compile(
    r"^[*\-–—\s]*(?i:with|source|sources|via|fonte|fontes|com|avec|con|agencies|additional reporting by)"
    r"\s*[:\-–]?\s*(?P<names>[A-Z][\w.&'’ -]*(?:\s*(?:,|/|&|\band\b|\be\b|\by\b)\s*[A-Z][\w.&'’ -]*)*)\.?\s*$"
)
_CONTRIBUTED = re.compile(
    r"^(?P<names>[A-Z][\w.&' -]{1,40}?)\s+contributed to this (?:report|story|article)\.?$"
)
# "MOSCOW, Jan 3 (Reuters) -", "BEIJING, Jan. 3 (Xinhua) --": an upper-case place, then the agency.
_DATELINE_CREDIT = re.compile(
    r"^(?:[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}(?:,[\w .]{1,25}?)?\s*)?"
    r"\((?P<name>[A-Z][\w .&'-]{1,25})\)\s*(?:-{1,2}|–|—)\s"
)
_BYLINE = re.compile(
    r"^(?i:by|por|par|von|от)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*(?:,|and|&|e|y)\s*[A-Z][\w.'’ -]*)*\.?$"
)
_DATELINE_ONLY = re.compile(
    r"^(?:published|updated|posted|last updated)(?: on)?\s*:?\s*.{0,60}$", _I
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|/|&|\band\b|\be\b|\by\b)\s*")

_NAME = r"(?P<name>[A-Z][\w&'’-]*(?: (?!All\b)[A-Z][\w&'’-]*){0,3})"
_OUTLET_HINTS = [
    re.compile(r"\bsubscribe (?:to )?(?:the )?" + _NAME + r" newsletter", _I),
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?" + _NAME),
]


@dataclass(slots=True)
class CleanedText:
    text: str
    credits: list[str] = field(default_factory=list)
    outlet_hint: str | None = None  # site name found in the furniture, e.g. "Subscribe Plataforma Newsletter"


def clean_article_text(title: str, text: str) -> tuple[str, list[str]]:
    cleaned = clean_article(title, text)
    return cleaned.text, cleaned.credits


def clean_article(title: str, text: str) -> CleanedText:
    paragraphs = split_paragraphs(text)
    credits: list[str] = []
    removed: list[str] = []

    paragraphs = _strip_head(title, paragraphs, removed)
    paragraphs = _strip_footer(paragraphs, credits, removed)

    kept: list[str] = []
    for paragraph in paragraphs:
        names = _credit_names(paragraph)
        if names:
            credits.extend(names)
            removed.append(paragraph)
        elif _is_standalone_junk(paragraph):
            removed.append(paragraph)
        else:
            kept.append(paragraph)

    for paragraph in kept[:3]:
        match = _DATELINE_CREDIT.match(paragraph)
        if match:
            credits.append(match.group("name").strip())
            break

    return CleanedText(
        text="\n\n".join(kept),
        credits=_unique(credits),
        outlet_hint=outlet_from_boilerplate(removed),
    )


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs when the text has them, else one paragraph per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n\s*\n", text):
        return [p for p in normalise_paragraphs(text).split("\n\n") if p]
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def outlet_from_boilerplate(lines: list[str]) -> str | None:
    for line in lines:
        for pattern in _OUTLET_HINTS:
            match = pattern.search(line)
            if match:
                name = match.group("name").strip(" .")
                if name.casefold() not in {"all", "the", "our", "all rights reserved"}:
                    return name
    return None


def _strip_head(title: str, paragraphs: list[str], removed: list[str]) -> list[str]:
    title_key = _key(title)
    start = 0
    while start < min(len(paragraphs), 6):
        line = paragraphs[start]
        if (
            is_breadcrumb(line)
            or (title_key and _key(line) == title_key)
            or (_words(line) <= 12 and (_BYLINE.match(line) or _DATELINE_ONLY.match(line)))
            or _is_standalone_junk(line)
        ):
            removed.append(line)
            start += 1
            continue
        break
    return paragraphs[start:]


def _strip_footer(paragraphs: list[str], credits: list[str], removed: list[str]) -> list[str]:
    """Cut at the first footer marker near the end when everything after it is short lines."""
    window_start = max(0, len(paragraphs) - _FOOTER_WINDOW)
    for index in range(window_start, len(paragraphs)):
        line = paragraphs[index]
        is_marker = _credit_names(line) or (
            _is_standalone_junk(line) and _FOOTER_START.match(line.lstrip("*-–— "))
        )
        if not is_marker:
            continue
        tail = paragraphs[index:]
        if all(_words(p) <= _FOOTER_LINE_MAX_WORDS and not _REPORTED_SPEECH.search(p) for p in tail[1:]):
            for p in tail:
                credits.extend(_credit_names(p))
            removed.extend(tail)
            return paragraphs[:index]
    return paragraphs


def _credit_names(line: str) -> list[str]:
    if _words(line) > 8:
        return []
    match = _CREDIT_LINE.match(line) or _CONTRIBUTED.match(line)
    if not match:
        return []
    return [n.strip(" .") for n in _SPLIT_NAMES.split(match.group("names")) if n.strip(" .")]


def is_breadcrumb(line: str) -> bool:
    if _words(line) > 25:
        return False
    parts = [p for p in _BREADCRUMB_SEP.split(line) if p]
    # Segments are short; "«" means the "»" closes a quotation (French, Portuguese), not a trail.
    if len(parts) < 2 or any(_words(p) > 12 for p in parts[:-1]) or "«" in line or "‹" in line:
        return False
    if "»" in line or "›" in line:
        return True
    return bool(re.fullmatch(_HOME_WORDS, parts[0].strip(), _I))


def _is_standalone_junk(line: str) -> bool:
    if _words(line) > _STANDALONE_MAX_WORDS:
        return False
    stripped = line.strip(" *-–—|•")
    return any(p.fullmatch(stripped) for p in _STANDALONE) or bool(_STAFF_CREDITS.fullmatch(stripped))


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _words(text: str) -> int:
    return len(text.split())


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())
