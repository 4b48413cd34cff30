"""Statement spans on unseen news (round 9, span9): a claim's second part under the same cue
(a backshifted clause the parse joined to the claim's verb, the speaker's "but" after an
admission, a "while" forecast after an infinitive claim), a clause of knowing cut from its
own clause, a phrase claim with a second that-clause, and the writer's linking adverb opening
a fronted claim. New sentences of the same kind, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quote_texts
from storyline.pipeline import Pipeline


@pytest.mark.parametrize("text, said", [
    # ", and" with a clause of its own under "would", the parse joined to the claim's verb
    ("The mayor said the old bridge would be closed for repairs, and all traffic heading into the city "
     "would be diverted over the new one.",
     "the old bridge would be closed for repairs, and all traffic heading into the city would be diverted "
     "over the new one"),
    # the speaker's "but" after what is admitted
    ("The coach admitted the squad was not yet ready for the final, but the young players were improving fast.",
     "the squad was not yet ready for the final, but the young players were improving fast"),
    # a "while" forecast after an infinitive claim (in the tense of its cue); "an expected 2%"
    # is an adjective, no second voice
    ("The central bank expects inflation to rise to 4% next year, while growth is forecast to slow to 1.2% "
     "from an expected 2% this year.",
     "inflation to rise to 4% next year, while growth is forecast to slow to 1.2% from an expected 2% this year"),
    # a verb of knowing ending the claim, its clause hung on the cue
    ("Rome welcomed the report, with the minister saying it proved that the bank accepted Italy's budget plan "
     'was "sound and realistic".',
     'it proved that the bank accepted Italy\'s budget plan was "sound and realistic"'),
    # a phrase for the first claim, then ", and that" with a clause
    ("There was no independent count of the crowd but the organisers claimed up to 50,000 marchers in the "
     "capital, and that the police had blocked several buses.",
     "up to 50,000 marchers in the capital, and that the police had blocked several buses"),
])
def test_the_claims_second_part_stays_in(pipeline: Pipeline, text: str, said: str) -> None:
    texts = quote_texts(pipeline, text)
    assert said in texts, texts


def test_a_verb_of_saying_inside_the_next_clause_keeps_it_out(pipeline: Pipeline) -> None:
    texts = quote_texts(pipeline, "Even so, three-quarters of the fans said they were very worried about the "
                                  "future of the club’s stadium, and more than 4 in 10 said the mayor would be "
                                  "best at handling the plans.")
    assert "they were very worried about the future of the club’s stadium" in texts, texts


def test_a_linking_adverb_opening_a_fronted_claim_stays_out(pipeline: Pipeline) -> None:
    texts = quote_texts(pipeline, "Meanwhile, two more fishing boats were seized off the coast on Tuesday, "
                                  "the navy said.")
    assert "two more fishing boats were seized off the coast on Tuesday" in texts, texts


def test_a_quoted_contrast_hung_above_the_cue_stays_in(pipeline: Pipeline) -> None:
    # the parse hung "despite ..." on "read", above the cue "saying"
    texts = quote_texts(pipeline, 'At a memorial on Monday, her husband read a letter saying that the late singer '
                                  'held "no anger toward anyone," despite all the "rumours and lies" about her.')
    assert 'the late singer held "no anger toward anyone," despite all the "rumours and lies" about her' in texts, texts


def test_a_quoted_name_in_the_source_is_no_part_of_the_claim(pipeline: Pipeline) -> None:
    texts = quote_texts(pipeline, 'Sales of electric bikes, though still small next to cars, are now climbing very '
                                  'fast, the "Green Wheels" report finds.')
    assert texts == ["Sales of electric bikes, though still small next to cars, are now climbing very fast"], texts


def test_a_works_quoted_title_after_according_to_is_no_part_of_the_claim(pipeline: Pipeline) -> None:
    texts = quote_texts(pipeline, 'According to the report, "Cities of Tomorrow: Water and Power in a Warmer World," '
                                  'half of all urban households lack piped water, up from a third in 1990.')
    assert texts == ["half of all urban households lack piped water, up from a third in 1990"], texts


@pytest.mark.parametrize("text, said", [
    ("The minister denied the new rail timetable was too ambitious - but refused to rule out further delays.",
     "the new rail timetable was too ambitious"),
    ("The coach said the team was ready for the final but declined to name his starting line-up.",
     "the team was ready for the final"),
])
def test_a_refusal_after_a_stated_state_is_the_speakers_next_act(pipeline: Pipeline, text: str, said: str) -> None:
    texts = quote_texts(pipeline, text)
    assert said in texts, texts
