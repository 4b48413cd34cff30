"""Statements the r91007-r91009 news samples' readers marked missed (issue 15), each rule
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_confiding_a_clause_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The minister confided that the budget talks had stalled."), "talks")
    assert quote.text == "the budget talks had stalled"
    assert quote.speaker.mention.text == "The minister"
    quote = only(quotes_of(pipeline, "The striker later confided to reporters that his knee still hurt."), "knee")
    assert quote.text == "his knee still hurt"


def test_a_promised_act_after_the_occasion_of_the_promise(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The governor promised in press statements to cut property taxes "
                                     "next year."), "taxes")
    assert quote.text.startswith("to cut property taxes")
    assert quote.speaker.mention.text == "The governor"
    quote = only(quotes_of(pipeline, "The mayor promised during a televised speech to reopen the "
                                     "library."), "reopen")
    assert quote.text.startswith("to reopen the library")
    # an occasion with no promise on it is no statement
    assert quotes_of(pipeline, "The council met in the hall to discuss the new budget.") == []


def test_a_quote_closed_by_a_name_alone_the_tagger_missed(pipeline: Pipeline) -> None:
    text = ("Flood waters rose again on Monday, the village head Hartono said by telephone.\n\n"
            "\"We will not give up,\" Hartono.\n\nThe army sent boats.")
    quote = only(quotes_of(pipeline, text), "give up")
    assert quote.speaker.name == "Hartono"
    text = ("The mill closed in 1990, said Wibisono, a local trader.\n\n"
            "\"Nobody has work here any more,\" Wibisono.")
    assert only(quotes_of(pipeline, text), "Nobody").speaker.name == "Wibisono"
    # a name no one was introduced by is no attribution
    assert quotes_of(pipeline, "\"We will not give up,\" Hartono.\n\nThe army sent boats.") == []
