"""Statements the r91004-r91006 news samples' readers marked missed (issue 15), each rule
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_anticipating_a_clause_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The union leader anticipated that the strike would last at least "
                                     "two weeks."), "strike")
    assert quote.text == "the strike would last at least two weeks"
    assert quote.speaker.mention.text == "The union leader"
    # with a thing anticipated, no clause, nothing is said
    assert not quotes_of(pipeline, "The organisers anticipated a large crowd on Saturday.")


def test_stressing_the_need_for_something_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The governor also stressed the need for better flood defences along "
                                     "the coast."), "defences")
    assert quote.text == "the need for better flood defences along the coast"
    assert quote.speaker.mention.text == "The governor"
