"""Whole claims of indirect statements on unseen news (issue 15, span and speaker errors of
the fourth news sample), each from new sentences of the same kind, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quotes_of
from storyline.pipeline import Pipeline


@pytest.mark.parametrize("text, said", [
    ("The port authority chief said here Wednesday the new terminal would open in March.",
     "the new terminal would open in March"),
    ("The finance minister told reporters here Friday his government would cut the levy.",
     "his government would cut the levy"),
    ("The coach said here on Sunday that his team had recovered from the defeat.",
     "his team had recovered from the defeat"),
])
def test_the_time_and_place_of_the_saying_stay_out_of_the_claim(pipeline: Pipeline, text: str,
                                                                said: str) -> None:
    (quote,) = quotes_of(pipeline, text)
    assert quote.text == said
