"""Statements the r91010-r91012 news samples' readers marked missed (round 8, miss9), each
rule tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_an_objection_with_a_clause_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Residents objected that the new road would cut the village in two."), "road")
    assert quote.text == "the new road would cut the village in two"
    assert quote.speaker.mention.text == "Residents"
    # an objection to a thing says nothing
    assert quotes_of(pipeline, "Residents objected to the new road.") == []


def test_a_restated_view_is_what_was_said(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The union repeated its view that the strike was legal."), "strike")
    assert quote.text == "the strike was legal"
    assert quote.speaker.mention.text == "The union"
    quote = only(quotes_of(pipeline, "The lawyer restated her position that the contract was void."), "contract")
    assert quote.text == "the contract was void"
    # a thing repeated is no view
    assert quotes_of(pipeline, "The coach repeated the drill twice.") == []


def test_a_name_in_quotation_marks_is_the_speaker(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "\"The Daily Star\", a local paper, reported the man was arrested on Sunday."),
                 "arrested")
    assert quote.text == "the man was arrested on Sunday"
    assert quote.speaker.name == "Daily Star"
    quotes = quotes_of(pipeline, "\"We will stay,\" said \"Falcon\", adding the forum showed the real use of a website.")
    assert only(quotes, "stay").text == "We will stay,"
    assert only(quotes, "forum").text == "the forum showed the real use of a website"
    assert {quote.speaker.name for quote in quotes} == {"Falcon"}


def test_quoted_as_saying_after_the_claim_in_the_passive(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Taxes will rise next year, the minister was quoted as saying."), "Taxes")
    assert quote.text == "Taxes will rise next year"
    assert quote.speaker.mention.text == "the minister"


def test_made_to_say_with_the_speaker_read_as_subject_of_the_infinitive(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The lack of funds prompted Health Minister Anna Berg to say after the meeting "
                                     "that there were \"serious gaps in the plan\" for the winter."), "gaps")
    assert quote.text == "there were \"serious gaps in the plan\" for the winter"
    assert quote.speaker.name == "Anna Berg"


def test_a_cue_read_as_the_subject_of_the_claims_verb(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "On what policy they should pursue, Lopez, also the party's deputy leader, "
                                     "recommended the leadership should always allow open debate."), "debate")
    assert quote.text == "the leadership should always allow open debate"
    assert quote.speaker.name == "Lopez"
    # a clause that is the subject says nothing
    assert quotes_of(pipeline, "How he answers that question will have a direct bearing on the race.") == []


def test_one_of_those_written_of_speaks(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "\"We should pay less,\" one said."), "pay")
    assert quote.speaker.mention.text == "one"
    # "one" with a modal is anyone
    assert quotes_of(pipeline, "One might have argued that the plan was wrong.") == []


def test_a_persons_pledge_to_act(pipeline: Pipeline) -> None:
    text = "Maria Lopez, head of the port authority, met the traders. She pledged to cut the waiting times at the docks."
    quote = only(quotes_of(pipeline, text), "waiting")
    assert quote.text == "to cut the waiting times at the docks"
    assert quote.speaker.name == "Maria Lopez"
    # pledged delegates are no pledge
    assert quotes_of(pipeline, "The senator has enough pledged delegates to win the nomination.") == []


def test_a_finding_read_as_a_clause_of_the_claim_after_it(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "A review shows in the first half of the year, the firm lost two million "
                                     "dollars."), "firm")
    assert quote.text == "in the first half of the year, the firm lost two million dollars"
    assert quote.speaker.mention.text == "A review"
    # a person's aside after the cue is no finding of a work
    assert quotes_of(pipeline, "He says at the end of the day, we all win.") == []


def test_a_call_in_the_phrase_of_another_verb(pipeline: Pipeline) -> None:
    text = "The council has limited itself to calling on the two clubs to settle their dispute."
    quote = only(quotes_of(pipeline, text), "settle")
    assert quote.text == "the two clubs to settle their dispute"
    assert quote.speaker.mention.text == "The council"
    # a means, not a call made
    assert quotes_of(pipeline, "The board has two ways to act: by asking the courts to intervene or by waiting.") == []
