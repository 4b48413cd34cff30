"""The stance rules on sentences of their own (cues, negation, conditions, obstacles)."""

from __future__ import annotations

import pytest

from storyline.corpus.compare.similarity import features
from storyline.corpus.compare.stance import proposition_condition, read_stance

TEXT = "foreign peacekeepers deployed in Sudan after a truce"
PROPOSITION = features(TEXT)


@pytest.mark.parametrize(("text", "stance"), [
    ("The government rejected any foreign peacekeepers in Sudan", "oppose"),
    ("Cairo welcomed the plan to send peacekeepers to Sudan", "support"),
    ("The minister does not oppose a deployment of troops", "support"),
    ("we should never say we will never send troops", "support"),
    ("no foreign forces should be deployed to Sudan", "oppose"),
    ("troops could be sent to Sudan", "support"),
    ("a deployment would only be possible with the consent of the army", "conditional"),
    ("troops could be deployed if a truce was signed", "support"),
    ("a deployment does not need permission from Khartoum", "support"),
    ("it is not for Khartoum to accept or reject them", "neutral"),
    ("the talks were held in Jeddah", "neutral"),
])
def test_rules(text: str, stance: str) -> None:
    assert read_stance(text, PROPOSITION, proposition_condition(TEXT)).stance == stance


@pytest.mark.parametrize("text", [
    "profits rose on the back of strong sales",
    "the output index is being held back by rate rises",
    "the euro rose against the dollar",
    "companies should encourage all workers to know their status",
])
def test_words_that_are_no_stance(text: str) -> None:
    proposition = features("job cuts for workers")
    assert read_stance(text, proposition, proposition_condition("job cuts for workers")).stance == "neutral"


@pytest.mark.parametrize("text", [
    "The Aviator took five prizes including best supporting actress for Cate Blanchett.",
    "Sir Elton played hits from his vast back catalogue to a crowd.",
    "The floods saw it put back a week.",
])
def test_no_stance_cue(text: str) -> None:
    from storyline.corpus.compare.stance import cue_spans

    assert cue_spans(text) == ()


@pytest.mark.parametrize("text", ["The union backed the plan.", "Ministers will back a deal.", "She backs any move."])
def test_back_the_verb(text: str) -> None:
    from storyline.corpus.compare.stance import cue_spans

    assert [polarity for _, _, polarity in cue_spans(text)] == [1]
