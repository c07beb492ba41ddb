"""Who said what: quotes and reported speech with their speakers, from article text.

    extract_quotes(text) -> list[ExtractedQuote]   # document order, offsets into `text` as given
    person_key(name)     -> identity of a person across articles
    name_matches(query, name) -> "lavrov" / "Sergey Lavrov" match "Sergei Lavrov"
"""
from __future__ import annotations

from bot.quotes.extract import extract_quotes
from bot.quotes.model import ExtractedQuote
from bot.quotes.names import name_matches, person_key

__all__ = ["ExtractedQuote", "extract_quotes", "name_matches", "person_key"]
