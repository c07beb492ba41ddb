"""LexRank and TextRank as sumy summarizers, with the similarity graph built by sparse matrix products.

sumy's own classes compare every pair of sentences in Python (quadratic interpreted loops);
these build the same graph with numpy/scipy and then run sumy's own power method on it, so
they pick the same sentences as sumy's (tests/test_summaries_fast_rank.py proves it).
"""
from __future__ import annotations

import math
from collections import Counter

import numpy as np
from scipy import sparse
from sumy.models.dom import ObjectDocumentModel
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

__all__ = ["FastLexRankSummarizer", "FastTextRankSummarizer", "term_counts"]


def term_counts(sentences_words: list[list[str]]) -> sparse.csr_matrix:
    """Sentence × term count matrix (float64) of already-normalised words."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[int] = []
    for row, words in enumerate(sentences_words):
        for term, count in Counter(words).items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(count)
    shape = (len(sentences_words), max(len(vocabulary), 1))
    return sparse.csr_matrix((np.asarray(values, dtype=np.float64), (rows, cols)), shape=shape)


class _FastWords:
    """sumy's `_to_words_set` (lowercase, drop stop words, stem) without its per-word call layers."""

    _stemmer: object
    _stop_words: frozenset[str]

    def _to_words_set(self, sentence) -> list[str]:
        stem, stop = self._stemmer, self._stop_words
        return [stem(word) for word in map(str.lower, sentence.words) if word not in stop]


class FastLexRankSummarizer(_FastWords, LexRankSummarizer):
    """sumy's LexRank (same threshold, epsilon, tf-idf cosine, power method), vectorised."""

    def __call__(self, document: ObjectDocumentModel, sentences_count):
        if not document.sentences:
            return ()
        ratings = dict(zip(document.sentences, self.scores(document)))
        return self._get_best_sentences(document.sentences, sentences_count, ratings)

    def scores(self, document: ObjectDocumentModel) -> np.ndarray:
        """LexRank score of each sentence of `document`, in document order."""
        sentences_words = [self._to_words_set(s) for s in document.sentences]
        matrix = self.graph(sentences_words, self.threshold)
        return self.power_method(matrix, self.epsilon)

    @staticmethod
    def graph(sentences_words: list[list[str]], threshold: float) -> np.ndarray:
        counts = term_counts(sentences_words)
        row_max = counts.max(axis=1).toarray().ravel()
        tf = sparse.diags(1.0 / np.where(row_max > 0, row_max, 1.0)) @ counts
        sentences_with_term = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log(len(sentences_words) / (1.0 + sentences_with_term))
        weighted = (tf @ sparse.diags(idf)).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        dots = (weighted @ weighted.T).toarray()
        with np.errstate(divide="ignore", invalid="ignore"):
            cosine = dots / np.outer(norms, norms)
        cosine[~np.isfinite(cosine)] = 0.0
        cosine[(norms == 0.0)[:, None] | (norms == 0.0)[None, :]] = 0.0
        adjacency = (cosine > threshold).astype(np.float64)
        degrees = adjacency.sum(axis=1)
        degrees[degrees == 0] = 1
        return adjacency / degrees[:, None]


class FastTextRankSummarizer(_FastWords, TextRankSummarizer):
    """sumy's TextRank (same edge weights, damping, epsilon, power method), vectorised."""

    def rate_sentences(self, document: ObjectDocumentModel) -> dict:
        return dict(zip(document.sentences, self.scores(document)))

    def scores(self, document: ObjectDocumentModel) -> np.ndarray:
        """TextRank score of each sentence of `document`, in document order."""
        matrix = self._create_matrix(document)
        return self.power_method(matrix, self.epsilon)

    def _create_matrix(self, document: ObjectDocumentModel) -> np.ndarray:
        count = len(document.sentences)
        weights = self.edge_weights([self._to_words_set(s) for s in document.sentences])
        weights /= weights.sum(axis=1)[:, np.newaxis] + self._ZERO_DIVISION_PREVENTION
        return np.full((count, count), (1.0 - self.damping) / count) + self.damping * weights

    @staticmethod
    def edge_weights(sentences_words: list[list[str]]) -> np.ndarray:
        """TextRank's edge weights: shared words / (log len1 + log len2), as sumy computes them."""
        counts = term_counts(sentences_words)
        # sumy: rank = sum(words2.count(w) for w in words1) = dot product of count vectors.
        common = (counts @ counts.T).toarray()
        # math.log as in sumy, so the weights are bit-identical and ties break the same way.
        logs = np.array([math.log(len(words)) if words else 0.0 for words in sentences_words])
        norm = logs[:, None] + logs[None, :]
        # sumy uses the raw count where norm is 0 (two one-word sentences): dividing by 1 does that.
        norm[norm == 0.0] = 1.0
        return common / norm
