"""The offline sentence splitter. Texts here are written for these tests, except the seed article."""
from __future__ import annotations

import pytest

from summaries.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met U.S. officials on Jan. 5 in Washington. Gen. Jones was there too.",
            ["Mr. Smith met U.S. officials on Jan. 5 in Washington.", "Gen. Jones was there too."],
        ),
        ("Exports rose 3.5 percent to $1.2 billion. Imports fell.", ["Exports rose 3.5 percent to $1.2 billion.", "Imports fell."]),
        ("John F. Kennedy visited Berlin in 1963. He spoke there.", ["John F. Kennedy visited Berlin in 1963.", "He spoke there."]),
        (
            '"We will talk. We will not give in," he added. The meeting ended.',
            ['"We will talk. We will not give in," he added.', "The meeting ended."],
        ),
        (
            "“Talks are over. Sanctions stay!” Sergei Lavrov said. Nobody replied.",
            ["“Talks are over. Sanctions stay!” Sergei Lavrov said.", "Nobody replied."],
        ),
        ('"Stop!" he shouted. The crowd left.', ['"Stop!" he shouted.', "The crowd left."]),
        ('The minister said: "We are ready." Talks resume Monday.', ['The minister said: "We are ready."', "Talks resume Monday."]),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        ("The vote is at 5 p.m. on Friday. Results follow.", ["The vote is at 5 p.m. on Friday.", "Results follow."]),
        ("Is it over? Not yet! Wait... Now.", ["Is it over?", "Not yet!", "Wait...", "Now."]),
        (
            "A headline with no period\n\nThe body begins here. It ends here",
            ["A headline with no period", "The body begins here.", "It ends here"],
        ),
        ("A paragraph without a final period\n  \nNext paragraph.", ["A paragraph without a final period", "Next paragraph."]),
    ],
)
def test_splits_news_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  First one here.  Second one\nwraps a line.\n\n\nThird para "
    spans = sentence_spans(text)
    assert [text[start:end] for start, end in spans] == ["First one here.", "Second one\nwraps a line.", "Third para"]
    assert all(start < end for start, end in spans)
    assert spans == sorted(spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_empty_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_seed_paragraphs_without_periods_stay_apart(seed_text: str) -> None:
    sentences = split_sentences(seed_text)
    lead = next(s for s in sentences if s.startswith("As two major responsible countries"))
    assert lead.endswith("Wang Yi said on Wednesday")  # its paragraph has no final period
    assert "Russia firmly adheres to the one-China principle, he added." in sentences
    assert "Contact Us" in sentences
    assert all("\n\n" not in s for s in sentences)
