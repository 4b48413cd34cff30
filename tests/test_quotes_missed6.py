"""Statements the r91001-r91003 news samples' readers marked missed (issue 15), each rule
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_forecast_with_a_that_clause_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The central bank has forecast that inflation will ease to 2% by the end "
                                     "of next year."), "inflation")
    assert quote.text == "inflation will ease to 2% by the end of next year"
    assert quote.speaker.mention.text == "The central bank"


def test_a_body_that_is_aware_of_a_clause_states_it(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The ministry is aware that the new rules could drive some small farms "
                                     "out of business."), "small farms")
    assert quote.text == "the new rules could drive some small farms out of business"
    # asked about, not held: "unclear if X is aware that ..."
    assert not quotes_of(pipeline, "It is unclear if the mayor is aware that the bridge will close in May.")


def test_a_clause_after_a_release_read_as_a_relative_clause(pipeline: Pipeline) -> None:
    # (parsed with "that" the object of "approved" and the clause a relative one on "release")
    quote = only(quotes_of(pipeline, "The agency said in a release that it had approved the grant."), "grant")
    assert quote.text == "it had approved the grant"
    # a real relative clause, its object the release itself, says nothing
    assert not quotes_of(pipeline, "The carmaker said in a release that it issued on Monday.")


def test_a_forecast_with_a_noun_object_is_not_read(pipeline: Pipeline) -> None:
    # (the parse may take the subject's apposition for a final speaker and the subject for the claim)
    text = "In May, Halifax, which owns the retail bank Bank of Scotland, forecast a 5% rise in rents in 2006."
    assert not [quote for quote in quotes_of(pipeline, text) if "Halifax" in quote.text]


def test_a_view_whose_as_phrase_the_parse_hung_on_the_object(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The talks stalled over Russia, which views the new pipeline as a threat "
                                     "to its gas exports."), "pipeline")
    assert quote.text == "the new pipeline as a threat to its gas exports"
    assert quote.speaker.name == "Russia"


def test_a_passive_as_clause_names_its_speaker_by_by(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The city should close the old harbour road, as urged by the fire chief."),
                 "harbour")
    assert quote.text == "The city should close the old harbour road"
    assert quote.speaker.mention.text == "the fire chief"
    quote = only(quotes_of(pipeline, "The council should ban cars from the square, as called for by Mayor "
                                     "Ida Bell."), "square")
    assert quote.text == "The council should ban cars from the square"
    assert quote.speaker.name == "Ida Bell"
    quote = only(quotes_of(pipeline, "As noted by Professor Tom Hale, the dam has never been tested in a flood."),
                 "dam")
    assert quote.text == "the dam has never been tested in a flood"
    assert quote.speaker.name.endswith("Tom Hale")
    # not an aside: "as expected by" with no comma is how the thing went
    assert not quotes_of(pipeline, "Sales rose as predicted by the model.")


def test_a_second_participle_of_saying_calling_on_someone_shares_the_subject(pipeline: Pipeline) -> None:
    text = "The board closed the plant, saying demand had collapsed and calling on the state to retrain the staff."
    quote = only(quotes_of(pipeline, text), "retrain")
    assert quote.text == "the state to retrain the staff"
    assert quote.speaker.mention.text == "The board"
    assert only(quotes_of(pipeline, text), "demand").text == "demand had collapsed"


def test_terming_x_as_y_is_a_view(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Terming the treaty as a turning point for the region, the envoy urged both "
                                     "sides to sign it."), "treaty")
    assert quote.text == "the treaty as a turning point for the region"
    assert quote.speaker.mention.text == "the envoy"


def test_troops_call_on_someone_and_a_hyphen_ends_no_directive(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "UN troops in Sudan called on villagers last week to rebuild their wells "
                                     "and work towards self-reliance in grain."), "wells")
    assert quote.text == "villagers last week to rebuild their wells and work towards self-reliance in grain"
    assert quote.speaker.mention.text.startswith("UN troops")
