"""Drafts from files and HTML: boilerplate removal, credits, outlet, canonical URL, dates, encodings."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.ingest.boilerplate import clean_article_text
from bot.ingest.drafts import ArticleDraft, IngestError, content_hash, normalise_url
from bot.ingest.files import draft_from_file, drafts_from_file
from bot.ingest.html import draft_from_html
from tests.conftest import require_shared

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED_TITLE = "China calls for intensified strategic coordination with Russia"


def test_seed_comes_out_clean(seed_path):
    draft = draft_from_file(seed_path)
    assert draft.title == SEED_TITLE
    for junk in (
        "Início »",
        "*With Xinhua",
        "Contact Us",
        "Generalist media",
        "Plataforma Studio",
        "Subscribe Plataforma Newsletter",
    ):
        assert junk not in draft.text, junk
    assert SEED_TITLE not in draft.text  # the repeated headline is gone
    assert draft.text.startswith("As two major responsible countries, China and Russia")
    assert draft.text.endswith("They also discussed other international and regional issues of common interest.")
    assert draft.credits == ["Xinhua"]
    assert draft.outlet == "Plataforma"
    assert draft.language == "en"
    assert draft.url == seed_path.resolve().as_uri()
    assert "\n\n" in draft.text and "\n\n\n" not in draft.text


def test_seed_keeps_every_body_paragraph(seed_text):
    body, credits = clean_article_text(SEED_TITLE, seed_text)
    paragraphs = [p.strip() for p in seed_text.split("\n\n") if p.strip()]
    # 2 head lines (breadcrumb, headline) and 5 footer lines go; all 16 body paragraphs stay, verbatim.
    assert body.split("\n\n") == paragraphs[2:-5]
    assert credits == ["Xinhua"]


GENERIC = """Home > World > Asia

Written for tests: Harbour pact signed

By Jane Example

Officials from two invented island states signed a harbour pact on Monday, a joint statement said.

Share this article

Read more: Island states open talks on fishing rights

The pact covers pilotage, customs and the breakwater, and will be reviewed after five years.

Related talks on fishing rights will follow next month, the statement said.

Reporting by state media suggested the pact had been delayed by a dispute over tariffs.

Copyright disputes over the harbour's charts were settled separately.

Subscribers to the harbour authority's bulletin were told of the change on Sunday.

Reporting by Jane Example in Port Town; Editing by John Sample

Subscribe to our newsletter

Follow us on Twitter

© 2024 Example Wire. All rights reserved.

We use cookies to improve your experience. Accept all cookies"""


def test_generic_furniture_goes_and_real_sentences_stay():
    body, credits = clean_article_text("Written for tests: Harbour pact signed", GENERIC)
    assert body.split("\n\n") == [
        "Officials from two invented island states signed a harbour pact on Monday, a joint statement said.",
        "The pact covers pilotage, customs and the breakwater, and will be reviewed after five years.",
        "Related talks on fishing rights will follow next month, the statement said.",
        "Reporting by state media suggested the pact had been delayed by a dispute over tariffs.",
        "Copyright disputes over the harbour's charts were settled separately.",
        "Subscribers to the harbour authority's bulletin were told of the change on Sunday.",
    ]
    assert credits == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [("*With Xinhua", "Xinhua"), ("Source: Xinhua", "Xinhua"), ("With Reuters and AFP", "AFP")],
)
def test_credit_lines_become_credits(line, credit):
    text = f"Written for tests: a delegation arrived in the capital on Monday, officials said.\n\n{line}"
    body, credits = clean_article_text("Delegation arrives", text)
    assert body == "Written for tests: a delegation arrived in the capital on Monday, officials said."
    assert credit in credits


def test_dateline_agency_is_a_credit_and_the_sentence_stays():
    text = "MOSCOW, Jan 3 (Reuters) - Written for tests: the ministry summoned an ambassador on Wednesday."
    body, credits = clean_article_text("Ambassador summoned", text)
    assert body == text and credits == ["Reuters"]


def test_parenthesised_abbreviation_mid_sentence_is_not_a_credit():
    text = "On Thursday, the European Court of Justice (ECJ) — written for tests — ruled on the case."
    assert clean_article_text("Ruling", text) == (text, [])


def test_html_page_draft():
    draft = draft_from_html((FIXTURES / "article.html").read_bytes(), "https://news.example.org/p?id=7")
    assert draft.title == "Envoys agree to reopen border crossing talks"
    assert draft.outlet == "Example Wire"
    assert draft.canonical_url == "https://news.example.org/world/envoys-border-talks"
    assert draft.published == datetime(2024, 3, 5, 8, 30, tzinfo=timezone.utc)
    assert draft.language == "en"
    assert draft.credits == ["Example Wire"]
    paragraphs = draft.text.split("\n\n")
    assert paragraphs[0].startswith("GENEVA (Example Wire) - Envoys from Northland")
    assert paragraphs[-1].startswith("Northland's delegation said")
    assert len(paragraphs) == 4
    for junk in ("Home", "By Jane", "Share this", "Read more", "Reporting by", "newsletter", "©", "cookies"):
        assert junk not in draft.text, junk


def test_page_without_metadata_falls_back_to_url_and_title_tag():
    url = "HTTPS://WWW.Example.ORG:443/world/grain/?utm_source=x&utm_campaign=y&id=3#comments"
    draft = draft_from_html((FIXTURES / "other.html").read_text(encoding="utf-8"), url)
    assert draft.canonical_url == "https://www.example.org/world/grain?id=3"
    assert draft.outlet == "example.org"
    assert draft.title == "Ministers meet on grain corridor"
    assert draft.published is None
    assert draft.text.startswith("Foreign ministers of Eastland and Westland met on Friday")


def test_cp1252_html_without_declared_charset():
    html = "<html><body><p>Written for tests: the envoy of São Tomé said the “accord” – signed on Monday – would hold.</p></body></html>"
    draft = draft_from_html(html.encode("cp1252"), "https://example.org/a")
    assert "São Tomé said the “accord” – signed" in draft.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty page"), (b"   \n", "empty page"), (b"%PDF-1.7\n...", "PDF"), (b"<html><body></body></html>", "no article text")],
)
def test_html_bad_input_reasons(data, reason):
    with pytest.raises(IngestError, match=reason):
        draft_from_html(data, "https://example.org/a")


def test_normalise_url():
    assert normalise_url("HTTP://Example.org:80/a/b/?utm_medium=x&q=1&fbclid=z#top") == "http://example.org/a/b?q=1"
    assert normalise_url("https://example.org/") == "https://example.org"
    assert normalise_url("https://example.org:8443/a") == "https://example.org:8443/a"


def test_content_hash_ignores_case_spacing_and_punctuation_only():
    a = "Written for tests: “The talks,” he said, “will resume.”\n\nSecond paragraph."
    b = 'written for tests "the talks" he said  "will resume"  second paragraph'
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("resume", "restart"))
    draft = ArticleDraft(url="u", canonical_url="u", title="t", text=a, outlet=None, credits=[], published=None, language=None)
    assert draft.content_hash() == content_hash(b)


def test_json_object_list_and_jsonl(tmp_path):
    record = {"title": "Written for tests", "text": "An invented story.\n\nContact Us", "url": "https://Example.org/s/?utm_source=a", "date": "2024-01-03", "outlet": "Example Wire"}
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record), encoding="utf-8")
    draft = draft_from_file(single)
    assert draft.text == "An invented story." and draft.outlet == "Example Wire"
    assert draft.canonical_url == "https://example.org/s"
    assert draft.published == datetime(2024, 1, 3, tzinfo=timezone.utc)

    many = tmp_path / "many.json"
    many.write_text(json.dumps([record, {"title": "no text"}, {**record, "text": "Another invented story."}]), encoding="utf-8")
    assert [d.text for d in drafts_from_file(many)] == ["An invented story.", "Another invented story."]
    with pytest.raises(IngestError, match="holds 2 articles"):
        draft_from_file(many)

    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps(record) + "\n\n[1, 2\n", encoding="utf-8")
    assert len(drafts_from_file(lines)) == 1


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.json", b" \n\t", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        ("bad.json", b"{oops", "invalid JSON"),
        ("list.json", b"42", "JSON must be"),
        ("notes.md", b"# hello", "unsupported file type .md"),
    ],
)
def test_file_bad_input_reasons(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError, match=reason):
        draft_from_file(path)


def test_txt_in_cp1252_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Written for tests\n\nThe envoy of São Tomé signed the “accord” – at last.".encode("cp1252"))
    assert draft_from_file(path).text == "The envoy of São Tomé signed the “accord” – at last."


def test_txt_fixture_with_breadcrumb_byline_and_footer():
    draft = draft_from_file(FIXTURES / "article.txt")
    assert draft.title == "Written for DiploBrief tests: harbour agreement signed"
    assert draft.text.split("\n\n")[0].startswith("Officials from two invented island states")
    assert draft.text.endswith("Related talks on fishing rights will follow next month, the statement said.")
    assert draft.outlet == "Example Wire"


def test_wikinews_corpus_reads_whole():
    path = require_shared("corpus/wikinews/articles.jsonl")
    drafts = drafts_from_file(path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(drafts) == len(records)
    assert all(d.outlet == "Wikinews" for d in drafts)
    for draft, record in zip(drafts, records):
        assert (draft.published is None) == (not record.get("date"))
        assert draft.published is None or draft.published.tzinfo is timezone.utc
    assert all(d.canonical_url.startswith("https://en.wikinews.org/wiki/") for d in drafts)
    assert len({d.content_hash() for d in drafts}) == len(drafts)


def test_xhtml_with_encoding_declaration_as_text():
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr">'
        "<head><title>Sommet</title></head><body><p>Written for tests: les ministres se sont réunis lundi "
        "pour préparer le sommet de la semaine prochaine.</p></body></html>"
    )
    draft = draft_from_html(page, "https://example.org/fr/sommet")
    assert draft.text.startswith("Written for tests: les ministres")
    assert draft.language == "fr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Written for tests: the minister said that the talks with the delegation were useful.", "en"),
        ("Escrito para testes: o ministro disse que as conversas com a delegação não foram úteis para os dois.", "pt"),
        ("Написано для тестов: министр заявил, что переговоры были полезными.", "ru"),
    ],
)
def test_language_guess_on_plain_text(tmp_path, text, language):
    path = tmp_path / "story.txt"
    path.write_text(f"Headline\n\n{text}", encoding="utf-8")
    assert draft_from_file(path).language == language


@pytest.mark.parametrize(
    "first",
    [
        "O ministro disse que «a cooperação é boa» — escrito para testes.",
        "By Monday, written for tests, the talks had collapsed.",
        "Home truths were aired at the summit, written for tests, on Monday.",
    ],
)
def test_real_opening_sentences_are_not_taken_for_furniture(first):
    body, _ = clean_article_text("Headline", f"{first}\n\nSecond paragraph, written for tests.")
    assert body.split("\n\n") == [first, "Second paragraph, written for tests."]
