"""Countries and organisations: term lookup, mentions in text, query topics.

Sentences in this file are written for these tests (not taken from any article), except the seed
article, read through the `seed_text` fixture.
"""
from __future__ import annotations

from importlib.resources import files

import pycountry
import pytest

from bot.entities import (
    Country,
    Mentions,
    Topic,
    countries_in,
    country_by_code,
    country_for_term,
    known_entity_names,
    mentions_in,
    organisation_by_code,
    organisations_in,
    parse_topics,
)
from bot.entities.catalogue import catalogue, normalise_term


@pytest.mark.parametrize(
    ("term", "code"),
    [
        ("China", "CN"), ("Chinese", "CN"), ("Beijing", "CN"), ("PRC", "CN"), ("Zhongnanhai", "CN"),
        ("the Kremlin", "RU"), ("Kremlin", "RU"), ("Moscow", "RU"), ("Russian", "RU"), ("Russians", "RU"),
        ("Washington", "US"), ("the White House", "US"), ("U.S.", "US"), ("US", "US"), ("American", "US"),
        ("south korea", "KR"), ("SOUTH KOREA", "KR"), ("North Korean", "KP"), ("Iranian", "IR"),
        ("Downing Street", "GB"), ("UK", "GB"), ("British", "GB"), ("China's", "CN"), ("China\u2019s", "CN"),
        ("Türkiye", "TR"), ("Turkey", "TR"), ("Guinea-Bissau", "GW"), ("Papua New Guinea", "PG"),
        ("Niger", "NE"), ("Nigeria", "NG"), ("Nigerien", "NE"), ("Congo", "CD"),
        ("Republic of the Congo", "CG"), ("Kosovo", "XK"), ("Palestinian", "PS"), ("Israeli", "IL"),
    ],
)
def test_country_for_term(term: str, code: str) -> None:
    country = country_for_term(term)
    assert country is not None and country.code == code


def test_country_names_are_common_short_names() -> None:
    expected = {"CN": "China", "RU": "Russia", "US": "United States", "IR": "Iran",
                "KR": "South Korea", "GB": "United Kingdom", "VN": "Vietnam", "TR": "Turkey"}
    assert {code: country_by_code(code) for code in expected} == {
        code: Country(code, name) for code, name in expected.items()
    }


@pytest.mark.parametrize("term", ["us", "who", "Xi", "Lavrov", "", "BRICS", "Middle East"])
def test_country_for_term_rejects_non_countries(term: str) -> None:
    assert country_for_term(term) is None


def test_codes_and_names() -> None:
    assert country_by_code("ru") == Country("RU", "Russia")
    assert country_by_code("ZZ") is None
    brics = organisation_by_code("BRICS")
    assert brics is not None and brics.name == "BRICS"
    names = known_entity_names()
    assert {"China", "Russia", "African Union", "NATO"} <= set(names)


# --- Mentions in article text ---------------------------------------------------------------------

def test_seed_article_is_about_china_russia_and_brics(seed_text: str) -> None:
    countries = countries_in(seed_text)
    # The call also discussed "the Palestinian-Israeli conflict" (3 times): we count Palestine and
    # Israel as involved, so a reader following either finds the article; China and Russia, the
    # parties to the call, stay the most mentioned.
    assert set(countries) == {"CN", "RU", "PS", "IL"}
    assert min(countries["CN"], countries["RU"]) > max(countries["PS"], countries["IL"])
    # The outlet's "Portuguese-speaking countries" tagline is a language, not Portugal.
    assert "PT" not in countries
    assert organisations_in(seed_text) == {"BRICS": 6}


def test_seed_counts_every_china_and_russia_mention(seed_text: str) -> None:
    # Counted independently of the matcher: China/Chinese and Russia/Russian as whole words.
    import re

    assert countries_in(seed_text)["CN"] == len(re.findall(r"\b(?:China|Chinese)\b", seed_text))
    assert countries_in(seed_text)["RU"] == len(re.findall(r"\b(?:Russia|Russian)\b", seed_text))


# Sentences below are written for these tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkey the country is capitalised; the bird is not.
        ("We ate roast turkey at the embassy.", {}),
        ("Turkey hosted the talks.", {"TR": 1}),
        # Chad and Jordan as people's names.
        ("Chad Smith, a spokesman, declined to comment.", {}),
        ("Basketball legend Michael Jordan visited the museum.", {}),
        ("Chad President Mahamat Deby met the envoy in N'Djamena.", {"TD": 2}),
        ("King Abdullah of Jordan spoke in Amman.", {"JO": 2}),
        ("Egypt, Jordan and Chad signed the accord.", {"EG": 1, "JO": 1, "TD": 1}),
        # Georgia the US state, Georgian the style.
        ("Senator David Perdue of Georgia and Senator Rick Scott of Florida voted against it.", {}),
        ("The governor flew home to Atlanta, Georgia.", {}),
        ("Georgia and Armenia agreed on a border crossing.", {"GE": 1, "AM": 1}),
        ("The ministry occupies a Georgian terrace; Georgian architecture draws tourists.", {}),
        ("The Georgian Prime Minister met officials in Tbilisi.", {"GE": 2}),
        # "US" the country, "us" the pronoun.
        ("Let us hope the talks succeed.", {}),
        ("The US and the U.S.A. are one country, as is the U.S.", {"US": 3}),
        ("The contract is worth 5 billion US dollars.", {}),
        # Guinea inside longer names; Niger is not Nigeria.
        ("Papua New Guinea and Equatorial Guinea sent observers.", {"PG": 1, "GQ": 1}),
        ("Guinea-Bissau and Guinea share a border.", {"GW": 1, "GN": 1}),
        ("Niger and Nigeria discussed the Nigerien refugees.", {"NE": 2, "NG": 1}),
        # Congo: bare "Congo" is the DR Congo unless only the Republic is named.
        ("Fighting continued in eastern Congo.", {"CD": 1}),
        ("Brazzaville said Congo would send troops.", {"CG": 2}),
        ("The Democratic Republic of the Congo and the Republic of the Congo met.", {"CD": 1, "CG": 1}),
        # Washington: the US government, but not the newspaper, the state or a person.
        ("Washington imposed new sanctions.", {"US": 1}),
        ("The Washington Post reported the story.", {}),
        ("Actor Denzel Washington and the portrait of George Washington.", {}),
        ("Wildfires spread across Washington State.", {}),
        # Longer names hide their parts.
        ("North Korea fired a missile.", {"KP": 1}),
        ("South Sudan and Sudan agreed.", {"SS": 1, "SD": 1}),
        ("Northern Ireland voted.", {"GB": 1}),
        ("American Samoa and Samoa signed.", {"AS": 1, "WS": 1}),
        ("The Dominican Republic and Dominica signed.", {"DO": 1, "DM": 1}),
        ("Latin American leaders met in South America.", {}),
        # Metonyms, capitals and wire datelines.
        ("The Kremlin and the White House spoke; Downing Street stayed silent.", {"RU": 1, "US": 1, "GB": 1}),
        ("Zhongnanhai and Foggy Bottom traded notes.", {"CN": 1, "US": 1}),
        ("BEIJING, Jan. 3 (Xinhua) -- Seoul and Tokyo agreed.", {"CN": 1, "KR": 1, "JP": 1}),
        ("The People\u2019s Republic of China and Sino-Indian ties.", {"CN": 2, "IN": 1}),
        ("Russian-speaking residents.", {}),
        ("China Daily reported the Korea Herald's story.", {}),
    ],
)
def test_countries_in_written_sentences(text: str, expected: dict[str, int]) -> None:
    assert countries_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Nations and the UN both.", {"UN": 2}),
        # A Security Council mention is a UN mention too.
        ("The UN Security Council met.", {"UNSC": 1, "UN": 1}),
        ("The National Security Council met at the White House.", {}),
        ("NATO, the EU and the European Union.", {"NATO": 1, "EU": 2}),
        ("The African Union, ASEAN and the SCO.", {"AU": 1, "ASEAN": 1, "SCO": 1}),
        ("The Quad and the G7 met before the G-20 summit.", {"QUAD": 1, "G7": 1, "G20": 1}),
        ("WHO warned; who knows what the WTO and IMF will say.", {"WHO": 1, "UN": 1, "WTO": 1, "IMF": 1}),
        ("OPEC+ and the Arab League, the GCC and the CSTO.", {"OPEC": 1, "ARAB_LEAGUE": 1, "GCC": 1, "CSTO": 1}),
        ("The IAEA, the ICC, the ICJ, Mercosur, APEC and the OAS.",
         {"IAEA": 1, "ICC": 1, "ICJ": 1, "UN": 2, "MERCOSUR": 1, "APEC": 1, "OAS": 1}),
        ("The Organization of American States met.", {"OAS": 1}),
        ("The Commonwealth of Nations and the Commonwealth of Massachusetts.", {"COMMONWEALTH": 1}),
        ("A quad bike and brics of gold.", {}),
    ],
)
def test_organisations_in_written_sentences(text: str, expected: dict[str, int]) -> None:
    assert organisations_in(text) == expected


def test_organisation_names_do_not_count_as_countries() -> None:
    text = "The Organization of American States and the African Union met."  # written for this test
    assert countries_in(text) == {}
    assert mentions_in(text) == Mentions({}, {"OAS": 1, "AU": 1})


def test_empty_and_entity_free_text() -> None:
    assert mentions_in("") == Mentions({}, {})
    assert mentions_in("the quick brown fox") == Mentions({}, {})


# --- Query topics ---------------------------------------------------------------------------------

CN = Topic("country", "CN", "China")
RU = Topic("country", "RU", "Russia")


@pytest.mark.parametrize(
    "query",
    ["China Russia", "China and Russia", "Chinese Russian", "china-russia", "china, russia",
     "CHINA RUSSIA", "china–russia", "news about China and Russia", "the Chinese and the Russians",
     "Beijing Moscow", "China Russia China"],
)
def test_parse_topics_equivalences(query: str) -> None:
    assert parse_topics(query) == [CN, RU]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("BRICS", [Topic("organisation", "BRICS", "BRICS")]),
        ("south korea", [Topic("country", "KR", "South Korea")]),
        ("United States", [Topic("country", "US", "United States")]),
        ("African Union summit",
         [Topic("organisation", "AU", "African Union"), Topic("keyword", "summit", "summit")]),
        ("U.S.-China tariffs",
         [Topic("country", "US", "United States"), CN, Topic("keyword", "tariffs", "tariffs")]),
        ("US china", [Topic("country", "US", "United States"), CN]),
        ("us china", [CN]),
        ("guinea bissau", [Topic("country", "GW", "Guinea-Bissau")]),
        ("Papua New Guinea", [Topic("country", "PG", "Papua New Guinea")]),
        ("G-20 and OPEC+", [Topic("organisation", "G20", "G20"), Topic("organisation", "OPEC", "OPEC")]),
        ("the Kremlin", [RU]),
        ("nuclear talks", [Topic("keyword", "nuclear", "nuclear"), Topic("keyword", "talks", "talks")]),
        ("and the news about", []),
        ("", []),
    ],
)
def test_parse_topics(query: str, expected: list[Topic]) -> None:
    assert parse_topics(query) == expected


# --- Data integrity -------------------------------------------------------------------------------

def test_no_surface_form_names_two_entities() -> None:
    owners: dict[str, set[str]] = {}
    for form in catalogue().forms.values():
        if form.kind != "none":
            owners.setdefault(normalise_term(form.text), set()).add(f"{form.kind}:{form.code}")
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == {}


def test_data_codes_are_known() -> None:
    cat = catalogue()
    for row in (line.split("\t") for line in
                files("bot.entities").joinpath("data", "countries.tsv").read_text("utf-8").splitlines()):
        if row[0] and not row[0].startswith("#"):
            assert row[0] == "XK" or pycountry.countries.get(alpha_2=row[0]), row[0]
    assert set(cat.parents.values()) <= set(cat.organisations)
