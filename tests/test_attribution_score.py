"""The PolNeAR scorer (bench/attribution_score.py): its matching rules, and the figures reached on dev.

Targets of issue 3 are P >= 0.90, R >= 0.75, direct R >= 0.90, speaker accuracy >= 0.93; the
floors asserted here are just under what the extractor reaches today (dev, and train held out), so a
regression fails. Speech cues are a broad list of verbs of saying (an independent review found the first,
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


@pytest.mark.shared
def test_dev_figures() -> None:
    dev = require_shared("eval/polnear/dev")
    scores = attribution_score.score_documents(attribution_score.load_split(dev))
    assert scores.documents == 84
    assert scores.precision >= 0.925
    assert scores.speaker_accuracy >= 0.955
    assert scores.speaker_accuracy_resolved >= 0.97
    assert scores.recall >= 0.667
    assert scores.direct_recall >= 0.9


@pytest.mark.shared
def test_held_out_train_figures() -> None:
    # The held-out check: rules are studied on dev, so these floors guard against overfitting it.
    train = require_shared("eval/polnear/train")
    scores = attribution_score.score_documents(attribution_score.load_split(train))
    assert scores.documents == 840
    assert scores.precision >= 0.907
    assert scores.speaker_accuracy >= 0.955
    assert scores.speaker_accuracy_resolved >= 0.97
    assert scores.recall >= 0.636
    assert scores.direct_recall >= 0.872
