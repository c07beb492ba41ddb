"""Bytes -> text without losing articles: charset fallbacks, binary detection, HTML fragments, language."""
from __future__ import annotations

import codecs
import re

from lxml import html as lxml_html

from bot.ingest.drafts import IngestError

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data",
}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def check_not_binary(data: bytes) -> None:
    """Raise IngestError for data that is not text (images, archives, random bytes)."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise IngestError(f"binary content ({what}), not text")
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise IngestError("binary content, not text")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode like a browser would, but never fail: BOM, declared charset, UTF-8, guess, cp1252, latin-1."""
    check_not_binary(data)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    # cp1252 decodes nearly anything; trust it only when the result reads as mostly-ASCII Latin text,
    # otherwise (Cyrillic, CJK legacy encodings) ask charset-normalizer.
    if western is not None and _mostly_ascii_letters(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return western if western is not None else data.decode("latin-1")


def _mostly_ascii_letters(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return non_ascii <= 0.3 * len(letters)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


def declared_html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


_BLOCK_SPLIT = re.compile(r"\n\s*\n+")


def html_fragment_to_text(fragment: str) -> str:
    """Feed summaries/contents: block elements become paragraphs separated by blank lines."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return normalise_paragraphs(fragment)
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk; plain text is still better than nothing
        return normalise_paragraphs(re.sub(r"<[^>]+>", " ", fragment))
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for element in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
        element.tail = "\n\n" + (element.tail or "")
        if element.text:
            element.text = "\n\n" + element.text
        else:
            element.text = "\n\n"
    return normalise_paragraphs(root.text_content())


def normalise_paragraphs(text: str) -> str:
    """Collapse runs of spaces inside paragraphs; paragraphs separated by exactly one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    paragraphs = []
    for block in _BLOCK_SPLIT.split(text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        joined = " ".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


# Cheap language guess from function words; enough to flag non-English text for the summariser.
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "said", "with", "for", "on", "was"},
    "pt": {"de", "que", "e", "o", "da", "do", "em", "para", "com", "não", "uma", "os"},
    "es": {"de", "que", "el", "la", "y", "en", "los", "del", "las", "por", "con", "una"},
    "fr": {"de", "la", "le", "et", "les", "des", "en", "du", "une", "que", "est", "pour"},
    "de": {"der", "die", "und", "den", "das", "von", "zu", "mit", "ist", "nicht", "auf", "ein"},
    "it": {"di", "che", "e", "il", "la", "per", "un", "del", "della", "non", "con", "sono"},
}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    sample = text[:3000]
    if not sample.strip():
        return None
    letters = [ch for ch in sample if ch.isalpha()]
    if letters:
        cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
        cjk = sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff")
        arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
        for code, count in (("ru", cyrillic), ("zh", cjk), ("ar", arabic)):
            if count > 0.4 * len(letters):
                return code
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len(words) < 3:
        return None
    scores = {code: sum(1 for w in words if w in stop) for code, stop in _STOPWORDS.items()}
    code, score = max(scores.items(), key=lambda item: item[1])
    return code if score >= max(2, len(words) * 0.05) else None
