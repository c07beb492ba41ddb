"""Countries and organisations in article text and in user queries."""
from __future__ import annotations

from bot.entities.catalogue import (
    Country,
    Organisation,
    country_by_code,
    country_for_term,
    known_entity_names,
    organisation_by_code,
)
from bot.entities.matcher import Mentions, countries_in, mentions_in, organisations_in
from bot.entities.topics import Topic, parse_topics

__all__ = [
    "Country",
    "Mentions",
    "Organisation",
    "Topic",
    "countries_in",
    "country_by_code",
    "country_for_term",
    "known_entity_names",
    "mentions_in",
    "organisation_by_code",
    "organisations_in",
    "parse_topics",
]
