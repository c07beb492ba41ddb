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

__all__ = [
    "Country",
    "Organisation",
    "country_by_code",
    "country_for_term",
    "known_entity_names",
    "organisation_by_code",
]
