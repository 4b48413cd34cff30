"""Whole claims of indirect statements on unseen news (issue 15, span errors of the ninth news
sample), each from new sentences of the same kind, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quote_texts, quotes_of
from storyline.pipeline import Pipeline


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
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_a_second_clause_with_its_own_later_cue_stays_out(pipeline: Pipeline) -> None:
    text = ("Local farmers said they support the new dam, but they would not sell their land, "
            "the union said.")
    assert "they support the new dam" in quote_texts(pipeline, text), quote_texts(pipeline, text)


@pytest.mark.parametrize("text, said", [
    ("The old rules had kept small growers out of the market, Ms Alvarez said, but there was now a scheme "
     "to help them export.",
     "The old rules had kept small growers out of the market, Ms Alvarez said, but there was now a scheme "
     "to help them export"),
    ("The bridge will not reopen this winter, say the engineers, because the steel has to be replaced "
     "and the river is too high.",
     "The bridge will not reopen this winter, say the engineers, because the steel has to be replaced "
     "and the river is too high"),
])
def test_a_turn_or_reason_right_after_a_mid_sentence_attribution_goes_on(pipeline: Pipeline, text: str,
                                                                          said: str) -> None:
    # (the statement's span runs over its attribution; its parts leave it out)
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_the_writers_turn_after_a_closing_quote_stays_out(pipeline: Pipeline) -> None:
    text = ('"I love living by the sea," says Maria Lopez, 40, of Brighton, but she was worried when '
            'the storms began.')
    assert all("worried" not in said for said in quote_texts(pipeline, text)), quote_texts(pipeline, text)


@pytest.mark.parametrize("text, said", [
    ("Water bills have risen by a fifth in two years, at a time when wages have barely moved, consumer "
     "groups say.",
     "Water bills have risen by a fifth in two years, at a time when wages have barely moved"),
    ("Ticket sales fell sharply in the spring, during a period in which the club lost eight games, the "
     "accounts show.",
     "Ticket sales fell sharply in the spring, during a period in which the club lost eight games"),
])
def test_a_phrase_between_the_claim_and_a_final_attribution_is_the_claims(pipeline: Pipeline, text: str,
                                                                          said: str) -> None:
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_a_phrase_after_another_attribution_is_not_taken_back_over_it(pipeline: Pipeline) -> None:
    text = ("In Leeds, crowds cheered the riders with flags, local radio reported, while in York the race "
            "began in silence, the Yorkshire Post reported.")
    quotes = quotes_of(pipeline, text)
    assert all("Leeds" not in quote.text for quote in quotes if "Post" in (quote.speaker.name if quote.speaker
                                                                         else "")), [q.text for q in quotes]


@pytest.mark.parametrize("text, said", [
    ("Economists warned that the region was losing young workers and was likely to shrink further.",
     "the region was losing young workers and was likely to shrink further"),
    ("The unions say the scheme is cheaper, simpler, has already worked in Denmark and gives workers a voice.",
     "the scheme is cheaper, simpler, has already worked in Denmark and gives workers a voice"),
])
def test_a_predicate_agreeing_with_the_claims_subject_not_the_cues_goes_on(pipeline: Pipeline, text: str,
                                                                            said: str) -> None:
    assert said in quote_texts(pipeline, text), quote_texts(pipeline, text)


def test_a_predicate_agreeing_with_the_speaker_stays_out(pipeline: Pipeline) -> None:
    text = "Doctors warned that the virus was spreading and urged people to stay at home."
    assert "the virus was spreading" in quote_texts(pipeline, text), quote_texts(pipeline, text)
