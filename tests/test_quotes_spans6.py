"""Whole claims of indirect statements on unseen news (issue 15, span errors of the
twenty-eighth to thirtieth news samples), each from new sentences of the same kind, through
the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quote_texts
from storyline.pipeline import Pipeline


@pytest.mark.parametrize("text, said", [
    # the "while" clause on the claim's verb
    ("The central bank ended its two-day review on Friday, noting that household spending remains strong, "
     "while business investment is expected to weaken over the winter.",
     "household spending remains strong, while business investment is expected to weaken over the winter"),
    # the "while" clause the parse hung on the cue
    ("The finance minister said on Monday that exports were projected to grow four percent next year, while "
     "imports were expected to rise by two percent.",
     "exports were projected to grow four percent next year, while imports were expected to rise by two "
     "percent"),
])
def test_a_while_clause_in_the_claims_own_form_goes_on_with_it(pipeline: Pipeline, text: str,
                                                               said: str) -> None:
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


@pytest.mark.parametrize("text, said", [
    ("The mayor said the new tram line would open in May, while critics of the project want it scrapped.",
     "the new tram line would open in May"),
    ("The coach said the team should be promoted, while the rival clubs complained about the referees.",
     "the team should be promoted"),
])
def test_a_while_clause_of_another_voice_or_form_stays_out(pipeline: Pipeline, text: str, said: str) -> None:
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_an_opening_according_to_with_no_comma_covers_the_listed_findings(pipeline: Pipeline) -> None:
    text = "According to the poll 52% of voters back the plan, 38% oppose it and 10% are undecided."
    assert "52% of voters back the plan, 38% oppose it and 10% are undecided" in quote_texts(pipeline, text), \
        quote_texts(pipeline, text)


@pytest.mark.parametrize("text, said", [
    ("The study found that the drug blocks a receptor, which in turn lowers blood pressure.",
     "the drug blocks a receptor, which in turn lowers blood pressure"),
    ("The spokesman said the figures had been described as final, which they were not.",
     "the figures had been described as final, which they were not"),
])
def test_a_relative_clause_that_carries_or_denies_the_claim_stays_in_it(pipeline: Pipeline, text: str,
                                                                         said: str) -> None:
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_a_relative_clause_describing_a_thing_stays_out(pipeline: Pipeline) -> None:
    text = "The mayor said the funds came from the harbour authority, which runs the port."
    assert "the funds came from the harbour authority" in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_a_subject_with_a_trailing_adjective_stays_in_the_claim(pipeline: Pipeline) -> None:
    text = "Officials urged residents to boil water, saying the water available from wells was not safe."
    assert "the water available from wells was not safe" in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_a_relative_clause_on_a_name_closing_a_need_object_stays_out(pipeline: Pipeline) -> None:
    text = "The minister stressed the need to support Mr Okafor, who resigned from the board on Friday."
    assert "the need to support Mr Okafor" in quote_texts(pipeline, text), quote_texts(pipeline, text)



def test_a_fronted_subordinate_clause_keeps_the_main_clause_after_it(pipeline: Pipeline) -> None:
    text = ("Ali Hassan, a Jordanian official spokesman told reporters that after opening ceremony was held on "
            "Thursday afternoon, the new port will officially start operating on Friday morning.")
    said = ("after opening ceremony was held on Thursday afternoon, the new port will officially start operating "
            "on Friday morning")
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)
