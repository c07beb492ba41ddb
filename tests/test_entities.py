"""Countries and organisations: term lookup, mentions in text, query topics.

Sentences in this file are written for these tests (not taken from any article), except the seed
article, read through the `seed_text` fixture.
"""
from __future__ import annotations

import pytest

from bot.entities import (
    Country,
    country_by_code,
    country_for_term,
    known_entity_names,
    organisation_by_code,
)


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
