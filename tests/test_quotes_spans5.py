"""Whole claims of indirect statements on unseen news (issue 15, span errors of the ninth news
sample), each from new sentences of the same kind, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quotes_of
from storyline.pipeline import Pipeline


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    return [quote.text for quote in quotes_of(pipeline, text)]


@pytest.mark.parametrize("text, said", [
    ("The fire chief said crews have been pumping water from the mine since dawn, but rescuers have yet "
     "to reach the trapped men.",
     "crews have been pumping water from the mine since dawn, but rescuers have yet to reach the trapped men"),
    ("The mayor said it is an honour to host the summit and she would like to see more visitors "
     "come to the city.",
     "it is an honour to host the summit and she would like to see more visitors come to the city"),
])
def test_a_second_clause_in_the_claims_tense_goes_on_with_it(pipeline: Pipeline, text: str,
                                                             said: str) -> None:
    assert said in _texts(pipeline, text), _texts(pipeline, text)


def test_a_second_clause_with_its_own_later_cue_stays_out(pipeline: Pipeline) -> None:
    text = ("Local farmers said they support the new dam, but they would not sell their land, "
            "the union said.")
    assert "they support the new dam" in _texts(pipeline, text), _texts(pipeline, text)
