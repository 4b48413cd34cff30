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


def test_a_group_that_feels_that_a_clause_states_it(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Even after the vote, many residents feel that the new bridge was built "
                                     "in the wrong place."), "bridge")
    assert quote.text == "the new bridge was built in the wrong place"
    assert quote.speaker.mention.text == "many residents"
    # one person's feeling, or one without "that", is not read
    assert not quotes_of(pipeline, "After the match the coach feels that his team was unlucky.")
    assert not quotes_of(pipeline, "Many residents feel the new bridge was built in the wrong place.")


def test_insisting_on_something_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The union insists on its right to strike during the holiday season."),
                 "strike")
    assert quote.text == "its right to strike during the holiday season"
    assert quote.speaker.mention.text == "The union"


def test_a_saying_reported_by_others_under_a_passive_of_hearsay(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The mayor is reported to have told aides that the budget would be cut."),
                 "budget")
    assert quote.text == "the budget would be cut"
    assert quote.speaker.mention.text == "The mayor"
    quote = only(quotes_of(pipeline, "The senator is alleged to have said that the inquiry was a waste of "
                                     "money."), "inquiry")
    assert quote.text == "the inquiry was a waste of money"
    # not under a verb of hearsay: "declined to have said" is no statement
    assert not quotes_of(pipeline, "The senator is happy to have said nothing about the inquiry.")


def test_a_finding_verb_after_the_claim_with_the_work_after_it(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Young drivers are more cautious than their parents, suggests a report on "
                                     "road safety."), "drivers")
    assert quote.text == "Young drivers are more cautious than their parents"
    assert quote.speaker.mention.text == "a report on road safety"
    # a thing that shows signs is no work reporting a finding
    assert not quotes_of(pipeline, "Growth returns as demand, the main driver, shows signs of recovery.")
