"""The PolNeAR scorer (bench/attribution_score.py): its matching rules, and the figures reached.

Targets of issue 3 are P >= 0.90, R >= 0.75, direct R >= 0.90, speaker accuracy >= 0.93; the
floors asserted here are just under what the extractor reaches today (dev, train, and the held-out
quarter of each that rule work never looked at), so a regression fails. Speech cues are a broad list of verbs of saying (an independent review found the first,
narrower list flattered recall by ~0.04).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, require_shared

_spec = importlib.util.spec_from_file_location("attribution_score", PROJECT_ROOT / "bench" / "attribution_score.py")
attribution_score = importlib.util.module_from_spec(_spec)
sys.modules["attribution_score"] = attribution_score  # dataclasses look their module up there
_spec.loader.exec_module(attribution_score)  # type: ignore[union-attr]

# Just under the figures reached (see the issue note for the figures themselves).
FLOORS = {
    "dev": {"precision": 0.95, "recall": 0.818, "direct": 0.948},
    "train": {"precision": 0.935, "recall": 0.807, "direct": 0.948},
    "dev holdout": {"precision": 0.94, "recall": 0.748, "direct": 0.855},
    "train holdout": {"precision": 0.91, "recall": 0.76, "direct": 0.915},
}


def test_overlap_rule() -> None:
    gold = frozenset(range(100, 200))
    assert attribution_score.matches(frozenset(range(100, 130)), gold)  # 30% of gold, all of prediction
    assert not attribution_score.matches(frozenset(range(100, 129)), gold)  # under 30% of gold
    assert not attribution_score.matches(frozenset(range(150, 260)), gold)  # under half of prediction inside


def test_speech_and_direct_definitions() -> None:
    assert attribution_score.is_speech_cue("has said") and attribution_score.is_speech_cue("according to")
    assert attribution_score.is_speech_cue("told") and not attribution_score.is_speech_cue("found")


def test_brat_loading_one_annotator(tmp_path: Path) -> None:
    # A two-annotator document written for this test.
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "“We are ready,” Lavrov said. Polls found support.\n"
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "doc_aaaa.ann").write_text(
        "T1\tContent 0 15\t“We are ready,”\nT2\tCue 23 27\tsaid\nT3\tSource 16 22\tLavrov\n"
        "T4\tAttribution 23 27\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n", encoding="utf-8")
    (tmp_path / "attributions" / "doc_bbbb.ann").write_text("", encoding="utf-8")
    (doc,) = attribution_score.load_split(tmp_path)
    (gold,) = doc.gold
    assert gold.speech and gold.direct and gold.cue == "said"
    scores = attribution_score.score_documents([doc])
    assert (scores.precision, scores.recall, scores.direct_recall, scores.speaker_accuracy) == (1.0, 1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    "cue, content, speech",
    [
        ("admitted", "the plan had failed", True),  # doubled consonant before -ed
        ("slammed", "the decision", True),
        ("pointed out", "costs had doubled", True),
        ("ran", "a campaign", False),
        ("", "”We will win,” he told supporters", True),  # a lone ” opening the quotation
    ],
)
def test_what_counts_as_speech(cue: str, content: str, speech: bool) -> None:
    assert (attribution_score.is_speech_cue(cue) or bool(attribution_score._DOUBLE_QUOTES.search(content))) is speech


def _scores(split: str, part: str = "all"):
    return attribution_score.score_documents(attribution_score.load_split(require_shared(f"eval/polnear/{split}"), part))


@pytest.mark.shared
@pytest.mark.parametrize(("split", "documents"), [("dev", 84), ("train", 840)])
def test_split_figures(split: str, documents: int) -> None:
    scores = _scores(split)
    assert scores.documents == documents
    assert scores.precision >= FLOORS[split]["precision"]
    assert scores.speaker_accuracy >= 0.96
    assert scores.speaker_accuracy_resolved >= 0.98
    assert scores.recall >= FLOORS[split]["recall"]
    assert scores.direct_recall >= FLOORS[split]["direct"]


@pytest.mark.shared
def test_held_out_quarter_figures() -> None:
    # The documents no rule was studied on (a stable quarter of each split, by name): they guard
    # against rules fitted to the studied documents.
    # (the two quarters together are a weighted mean of these: their floors hold when these do)
    for split in ("dev", "train"):
        scores = _scores(split, "holdout")
        assert scores.precision >= FLOORS[f"{split} holdout"]["precision"], split
        assert scores.recall >= FLOORS[f"{split} holdout"]["recall"], split
        assert scores.direct_recall >= FLOORS[f"{split} holdout"]["direct"], split
        assert scores.speaker_accuracy >= 0.96, split


def test_combined_scores_add_up_the_counts_of_their_parts() -> None:
    first = attribution_score.Scores(documents=2, predictions=10, matched_predictions=9, speech_gold=8, speech_found=6)
    second = attribution_score.Scores(documents=1, predictions=5, matched_predictions=3, speech_gold=4, speech_found=4)
    total = attribution_score.combined([first, second])
    assert (total.documents, total.predictions, total.speech_found, total.speech_gold) == (3, 15, 10, 12)
    assert total.precision == 12 / 15 and total.recall == 10 / 12


def test_held_out_quarter_is_about_a_quarter_of_any_names() -> None:
    names = [f"outlet_{i}_2016-01-01_title" for i in range(4000)]
    assert 0.22 < sum(map(attribution_score.held_out, names)) / len(names) < 0.28
