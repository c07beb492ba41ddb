"""One HTML page -> ArticleDraft: page metadata from lxml, body text from trafilatura (lxml fallback)."""
from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urljoin

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from bot.ingest.boilerplate import clean_article, outlet_from_boilerplate
from bot.ingest.outlets import outlet_for_url
from bot.ingest.drafts import ArticleDraft, IngestError, normalise_url, parse_datetime
from bot.ingest.text import (
    declared_html_charset,
    decode_bytes,
    guess_language,
    normalise_paragraphs,
)

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·)\s+(?P<site>[^|–—·]{1,60})$")


def draft_from_html(
    html: str | bytes,
    url: str,
    *,
    charset: str | None = None,
    outlet_hint: str | None = None,
) -> ArticleDraft:
    """`charset` is the HTTP-declared one; `outlet_hint` (e.g. the feed title) beats the bare domain."""
    if isinstance(html, bytes):
        if not html.strip():
            raise IngestError("empty page")
        html = decode_bytes(html, charset or declared_html_charset(html))
    if not html.strip():
        raise IngestError("empty page")
    # lxml refuses str input that still declares an encoding (XHTML's <?xml ... encoding="utf-8"?>).
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as error:
        raise IngestError(f"unreadable HTML ({error})") from None

    meta = _page_meta(tree, url)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,
        with_metadata=False,  # _page_meta reads what we need; trafilatura's author/date hunt costs half the time
        include_comments=False,
        include_tables=False,
    )
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        body = _fallback_text(lxml_html.document_fromstring(html))

    title = (meta.get("og:title") or meta.get("title") or "").strip()
    site_name = meta.get("og:site_name") or meta.get("application-name")
    if not meta.get("og:title") and title:
        title = _strip_title_suffix(title, site_name)
    if not title:
        title = meta.get("h1", "")

    cleaned = clean_article(title, body)
    if not cleaned.text:
        raise IngestError("no article text found in the page")
    if not title:
        title = cleaned.text.split("\n\n", 1)[0][:120]

    canonical_source = meta.get("canonical") or meta.get("og:url") or url
    outlet = (
        site_name
        or outlet_hint
        or cleaned.outlet_hint
        or meta.get("footer_outlet")
        or outlet_for_url(url)
    )
    language = meta.get("lang") or guess_language(cleaned.text)
    published = meta.get("published")
    return ArticleDraft(
        url=url,
        canonical_url=normalise_url(canonical_source),
        title=title,
        text=cleaned.text,
        outlet=outlet,
        credits=cleaned.credits,
        published=published,
        language=language,
    )


def _page_meta(tree: lxml_html.HtmlElement, url: str) -> dict:
    meta: dict = {}
    lang = tree.get("lang") or tree.get("xml:lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and re.match(r"^[A-Za-z]{2,3}\b", lang):
        meta["lang"] = lang[:2].lower()
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = (element.get("content") or "").strip()
        if not key or not content:
            continue
        meta.setdefault(key, content)
        if key in _PUBLISHED_META and "published" not in meta:
            meta["published"] = parse_datetime(content)
            if meta["published"] is None:
                del meta["published"]
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rels and href and "canonical" not in meta:
            meta["canonical"] = urljoin(url, href)
    if "og:url" in meta:
        meta["og:url"] = urljoin(url, meta["og:url"])
    footer_lines = [
        " ".join(line.split()) for footer in tree.iter("footer") for line in footer.itertext()
    ]
    footer_outlet = outlet_from_boilerplate([line for line in footer_lines if line])
    if footer_outlet:
        meta["footer_outlet"] = footer_outlet
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        meta["title"] = " ".join(title.text_content().split())
    h1 = tree.find(".//h1")
    if h1 is not None:
        meta["h1"] = " ".join(h1.text_content().split())
    if "published" not in meta:
        published = _json_ld_published(tree) or _time_element(tree)
        if published:
            meta["published"] = published
    return meta


def _json_ld_published(tree: lxml_html.HtmlElement) -> datetime | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text)
        if match:
            return parse_datetime(match.group(1))
        try:  # some sites escape quotes oddly; a full parse is the slow path
            data = json.loads(script.text)
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("datePublished"), str):
            return parse_datetime(data["datePublished"])
    return None


def _time_element(tree: lxml_html.HtmlElement) -> datetime | None:
    for element in tree.iter("time"):
        value = element.get("datetime")
        if value and (element.get("pubdate") is not None or "publish" in (element.get("class") or "")):
            return parse_datetime(value)
    return None


def _fallback_text(tree: lxml_html.HtmlElement) -> str:
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//form|//noscript"):
        bad.drop_tree()
    paragraphs = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs:
        return "\n\n".join(paragraphs)
    body = tree.find(".//body")
    return normalise_paragraphs((body if body is not None else tree).text_content())


def _strip_title_suffix(title: str, site_name: str | None) -> str:
    match = _TITLE_SUFFIX.search(title)
    if not match:
        return title
    site = match.group("site").strip()
    if (site_name and site.casefold() == site_name.casefold()) or len(site.split()) <= 3:
        return title[: match.start()].strip()
    return title
