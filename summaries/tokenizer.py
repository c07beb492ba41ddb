"""sumy without NLTK data: an offline tokenizer for its parsers, and its English stemmer/stop words.

sumy's own `Tokenizer("english")` loads NLTK's punkt model, which is not installed and must
not be downloaded at run time; `OfflineTokenizer` has the same interface (`language`,
`to_sentences`, `to_words`) and uses `summaries.sentences` instead.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from summaries.sentences import split_sentences

__all__ = ["LANGUAGE", "OfflineTokenizer", "TOKENIZER", "document_from_sentences", "stemmer", "stop_words"]

LANGUAGE = "english"
# Same notion of a word as sumy's Tokenizer._WORD_PATTERN: letters, inner apostrophes/hyphens.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")


class OfflineTokenizer:
    """Drop-in for `sumy.nlp.tokenizers.Tokenizer` that needs no NLTK data."""

    def __init__(self, language: str = LANGUAGE) -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


TOKENIZER = OfflineTokenizer()


@lru_cache(maxsize=1)
def stemmer() -> Callable[[str], str]:
    """sumy's English (Snowball) stemmer, memoised: news repeats words, stemming dominates run time."""
    return lru_cache(maxsize=200_000)(Stemmer(LANGUAGE))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(get_stop_words(LANGUAGE))


def document_from_sentences(sentences: list[str], tokenizer: OfflineTokenizer = TOKENIZER) -> ObjectDocumentModel:
    """A sumy document whose sentences are exactly `sentences`, in order (one paragraph)."""
    return ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for text in sentences])])
