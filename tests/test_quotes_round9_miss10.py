"""Statements the r91013-r91015 news samples' readers marked missed (round 9, miss10), each
rule tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_reckoning_with_a_clause_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Economists reckon that house prices will fall again next year."), "prices")
    assert quote.text == "house prices will fall again next year"
    assert quote.speaker.mention.text == "Economists"
    # a reckoning with a thing says nothing
    assert quotes_of(pipeline, "The party must now reckon with its heavy losses.") == []


def test_a_feeling_expressed_with_a_clause(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Many parents expressed disappointment that the new school had not opened on "
                                     "time."), "school")
    assert quote.text == "the new school had not opened on time"
    assert quote.speaker.mention.text == "Many parents"
    # a feeling with no clause says nothing
    assert quotes_of(pipeline, "The fans expressed their disappointment.") == []


def test_concerns_dismissed_and_reports_confirmed(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The minister dismissed concerns that the new airport would harm the "
                                     "wetlands."), "airport")
    assert quote.text == "concerns that the new airport would harm the wetlands"
    assert quote.speaker.mention.text == "The minister"
    quote = only(quotes_of(pipeline, "The coach confirmed reports that he had been offered a new contract."),
                 "contract")
    assert quote.text == "reports that he had been offered a new contract"
    assert quote.speaker.mention.text == "The coach"


def test_a_claim_denied_by_name(pipeline: Pipeline) -> None:
    text = "Prosecutors say the mayor took bribes from builders. The former mayor denies the charges."
    quote = only(quotes_of(pipeline, text), "charges")
    assert quote.text == "the charges"
    assert quote.speaker.mention.text == "The former mayor"
    # a thing refused is no claim
    assert quotes_of(pipeline, "The bank denied the loan.") == []


def test_a_quote_after_a_persons_reported_speech_on_its_line(pipeline: Pipeline) -> None:
    text = ("Tom Lind, the club's manager, said his side had played badly and apologised to the travelling fans. "
            "\"We were not good enough today and everyone in the dressing room knows it.\"")
    quote = only(quotes_of(pipeline, text), "dressing")
    assert quote.text == "We were not good enough today and everyone in the dressing room knows it."
    assert quote.speaker.name == "Tom Lind"


def test_a_quote_paragraph_after_a_quote_run_over_paragraphs(pipeline: Pipeline) -> None:
    text = ("Governor Ann Roe spoke to reporters after visiting the flooded towns on Friday.\n\n"
            "\"I meet the families whenever I can. I am always moved by their courage.\n\n"
            "\"They ask me to rebuild their homes before the winter. We will do that.\"\n\n"
            "\"My heart goes out to every one of them, every single day.\"")
    quote = only(quotes_of(pipeline, text), "heart")
    assert quote.speaker.name == "Ann Roe"


def test_told_an_occasion_whose_participle_took_the_clause(pipeline: Pipeline) -> None:
    text = ("The prime minister told a press conference here held along with his Polish counterpart Jan Nowak "
            "that the troops would leave in May.")
    quote = only(quotes_of(pipeline, text), "troops")
    assert quote.text == "the troops would leave in May"
    assert quote.speaker.mention.text == "The prime minister"


def test_a_speaker_read_as_a_conjunct_of_the_fronted_place(pipeline: Pipeline) -> None:
    text = ("In the northern port of Haifa, Colonel Dan Meir, head of the local police, said the roads were safe "
            "again after checking the area.")
    quote = only(quotes_of(pipeline, text), "roads")
    assert quote.speaker.name == "Dan Meir"


def test_a_speaker_read_as_the_subject_of_the_apposition_participle(pipeline: Pipeline) -> None:
    text = ("Mr Ahmed Yusuf, one of several militia leaders uprooted when Islamist forces took control of the "
            "capital in June, said the fighters would return to the city on Sunday.")
    quote = only(quotes_of(pipeline, text), "fighters")
    assert quote.text == "the fighters would return to the city on Sunday"
    assert quote.speaker.name == "Ahmed Yusuf"


def test_a_claims_past_verb_read_as_a_participle_of_its_subject(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Health Minister Ann Roe said the plan aimed to cut waiting times from six "
                                     "months to six weeks by 2010."), "plan")
    assert quote.text == "the plan aimed to cut waiting times from six months to six weeks by 2010"
    assert quote.speaker.name == "Ann Roe"
    # a thing said is no claim
    assert quotes_of(pipeline, "The priest said the prayers written for the day.") == []


def test_calls_by_a_role_with_a_name_and_by_a_name_read_as_the_root(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Veteran Kurdish politician Rashid Karim on Monday called for a new census "
                                     "to settle the dispute."), "census")
    assert quote.text == "a new census to settle the dispute"
    assert quote.speaker.name == "Rashid Karim"
    quote = only(quotes_of(pipeline, "Nick Harvey, for the Liberal Democrats, called on Mr Hoon to open up the "
                                     "ministry's books to the National Audit Office."), "books")
    assert quote.text == "Mr Hoon to open up the ministry's books to the National Audit Office"
    assert quote.speaker.mention.text == "Nick Harvey, for the Liberal Democrats"


def test_a_relative_cue_whose_claim_the_parse_hung_outside(pipeline: Pipeline) -> None:
    text = "Also clouding the picture is a deal between the two unions which leaders have said will go ahead next month."
    quote = only(quotes_of(pipeline, text), "ahead")
    assert quote.text == "will go ahead next month"
    assert quote.speaker.mention.text == "leaders"


def test_a_forecast_at_a_figure(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The minister surprised economists by forecasting inflation at between 2% and "
                                     "2.5% for next year."), "inflation")
    assert quote.text == "inflation at between 2% and 2.5%"
    assert quote.speaker.mention.text == "The minister"
    # a forecast with no figure names a topic
    assert quotes_of(pipeline, "The minister surprised economists by forecasting a recovery.") == []


def test_an_accusation_with_a_time_phrase_before_the_deed(pipeline: Pipeline) -> None:
    text = "The talks stalled after the union leader openly accused the owners for the first time of hiding the losses."
    quote = only(quotes_of(pipeline, text), "hiding")
    assert quote.text == "the owners for the first time of hiding the losses"
    assert quote.speaker.mention.text == "the union leader"
