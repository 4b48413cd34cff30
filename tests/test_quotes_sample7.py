"""Statements of the seventh news sample's kinds (issue 15), each from new sentences of the
same kind, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quotes_of
from test_quotes_rules import extracted, parsed
from storyline.pipeline import Pipeline


@pytest.mark.parametrize("text, said", [
    ('The mayor said the report released by the council (CCR) on Monday confirmed '
     '"what residents have known for years."',
     'the report released by the council (CCR) on Monday confirmed "what residents have known for years."'),
    ('Ms Obi said that the audit completed last week by the ministry underscored '
     '"the need for tighter controls on spending."',
     'the audit completed last week by the ministry underscored "the need for tighter controls on spending."'),
    ('Mr Dlamini said the strike was "a serious mistake" and represented "a setback" for the workers.',
     'the strike was "a serious mistake" and represented "a setback" for the workers'),
    ('The senator also stressed that the ruling was "deeply troubling" and constituted a "grave threat" '
     'to press freedom.',
     'the ruling was "deeply troubling" and constituted a "grave threat" to press freedom'),
])
def test_a_quote_under_a_verb_of_the_claim_is_part_of_the_claim(pipeline: Pipeline, text: str,
                                                               said: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert [quote.text for quote in quotes] == [said]


def test_continues_to_do_is_no_cue_for_the_quote_before_it(pipeline: Pipeline) -> None:
    text = ('"We picked the ferry after a long tender," said a port spokeswoman. "It was cheaper and it could '
            'sail sooner." Fincantieri continues to dominate the market in Italy.')
    quotes = quotes_of(pipeline, text)
    assert all(quote.speaker.name == "a port spokeswoman" for quote in quotes), \
        [(quote.text, quote.speaker.name) for quote in quotes]


def test_the_view_of_a_decision_to_let_others_act_is_the_describers(pipeline: Pipeline) -> None:
    text = ('The mayor described the city\'s plan to allow private firms to run two prisons as '
            '"a dangerous experiment."')
    (quote,) = quotes_of(pipeline, text)
    assert quote.speaker.name == "The mayor"
    assert quote.text == ('the city\'s plan to allow private firms to run two prisons as '
                          '"a dangerous experiment."')


@pytest.mark.parametrize("text", [
    "The March figures were the third rise in a row, suggesting demand for housing is recovering.",
    "Exports were up 4 percent in the quarter, indicating that the weak currency is helping manufacturers.",
])
def test_an_inference_drawn_from_a_fact_is_the_writers(pipeline: Pipeline, text: str) -> None:
    assert quotes_of(pipeline, text) == []


def test_an_inference_after_a_cue_goes_on_with_the_statement(pipeline: Pipeline) -> None:
    quotes = quotes_of(pipeline, "Analysts said exports were up 4 percent, suggesting the weak currency is helping.")
    assert "the weak currency is helping" in [quote.text for quote in quotes]


@pytest.mark.parametrize("text, said", [
    ('The coach said the injury was being assessed, but it was a "real blow" to the squad.',
     'the injury was being assessed, but it was a "real blow" to the squad'),
    ('Ms Adeyemi said the budget had not been agreed, but she was "quietly confident" of a deal.',
     'the budget had not been agreed, but she was "quietly confident" of a deal'),
])
def test_a_turn_in_the_speakers_quoted_words_goes_on_with_the_claim(pipeline: Pipeline, text: str,
                                                                    said: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert [quote.text for quote in quotes] == [said]


@pytest.mark.parametrize("text, said", [
    ("The organisers say the festival has been a great success, and are already planning a second one.",
     "the festival has been a great success"),
    ("Local farmers say the new road has cut their costs and are now selling more in town.",
     "the new road has cut their costs"),
])
def test_a_predicate_agreeing_with_the_speakers_is_the_writers(pipeline: Pipeline, text: str,
                                                               said: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert [quote.text for quote in quotes] == [said]


def test_a_quote_opening_the_next_paragraph_goes_on_with_the_speaker(pipeline: Pipeline) -> None:
    text = ('"The harbour has doubled its traffic in two years," said Amara Nwosu, head of the port authority.\n\n'
            '"Shipping lines now see us as a hub for the whole coast, not a stop on the way." Last year the port '
            'handled 40,000 containers.')
    quotes = quotes_of(pipeline, text)
    said = {quote.text: quote.speaker.name for quote in quotes}
    assert said.get("Shipping lines now see us as a hub for the whole coast, not a stop on the way.") == "Amara Nwosu"


def test_a_quote_after_one_writers_sentence_goes_on_with_the_speaker(pipeline: Pipeline) -> None:
    text = ('"The volunteers have given the clinic its life," said Dr Ruth Achieng. The evening classes, held '
            'twice a week, have drawn large crowds. "We have had people walk ten miles to attend, some of them '
            'older than eighty."')
    quotes = quotes_of(pipeline, text)
    said = {quote.text: quote.speaker.name for quote in quotes}
    assert said.get("We have had people walk ten miles to attend, some of them older than eighty.") == "Ruth Achieng"


def test_a_quote_after_a_sentence_naming_someone_else_is_not_joined(pipeline: Pipeline) -> None:
    text = ('"The volunteers have given the clinic its life," said Dr Ruth Achieng. Mr Otieno, the '
            'governor, has doubled its grant. "We have people waiting all night for a bed."')
    quotes = quotes_of(pipeline, text)
    assert all(quote.speaker.name == "Ruth Achieng" for quote in quotes if quote.text.startswith("The volunteers"))
    assert not any(quote.text.startswith("We have people") and quote.speaker.name == "Ruth Achieng"
                   for quote in quotes)


def test_a_description_goes_back_to_the_topic_not_to_a_name_in_a_relative_clause(pipeline: Pipeline) -> None:
    text = ("Mediator Thomas Keller arrives in the capital on Monday to restart the stalled talks.\n\n"
            "Keller, who was appointed by European Commission President Ursula Brandt last month, gave "
            "few details of his plans.\n\n"
            "During a stop in Paris last week, the former German foreign minister said it was too early "
            "to judge the chances of a deal.")
    quotes = quotes_of(pipeline, text)
    said = {quote.text: quote.speaker.name for quote in quotes}
    assert said.get("it was too early to judge the chances of a deal") == "Thomas Keller", said


def test_a_cue_in_an_as_clause_the_parse_split_keeps_its_speaker(pipeline: Pipeline) -> None:
    # The vote was delayed as Renamo then argued there were problems .  (the parse took "as"
    # for a preposition, "Renamo" for its object, "argued" for a conjunct of "delayed")
    doc = parsed(pipeline, [
        ("The", 1, "det", "DET", "the", ""), ("vote", 3, "nsubjpass", "NOUN", "vote", ""),
        ("was", 3, "auxpass", "AUX", "be", ""), ("delayed", 3, "ROOT", "VERB", "delay", ""),
        ("as", 3, "prep", "ADP", "as", ""), ("Renamo", 4, "pobj", "PROPN", "Renamo", "ORG"),
        ("then", 7, "advmod", "ADV", "then", ""), ("argued", 3, "conj", "VERB", "argue", ""),
        ("there", 9, "expl", "PRON", "there", ""), ("were", 7, "ccomp", "VERB", "be", ""),
        ("problems", 9, "attr", "NOUN", "problem", ""), (".", 3, "punct", "PUNCT", ".", "")])
    (quote,) = extracted(doc)
    assert quote.text == "there were problems"
    assert quote.speaker is not None and quote.speaker.mention.text == "Renamo"


@pytest.mark.parametrize("text, said", [
    ("Opposition leaders in the assembly have vowed to use their new majority to block the budget.",
     "to use their new majority to block the budget"),
    ("The mayor promised to reopen the library before the end of the year.",
     "to reopen the library before the end of the year"),
])
def test_the_act_pledged_is_a_statement(pipeline: Pipeline, text: str, said: str) -> None:
    assert [quote.text for quote in quotes_of(pipeline, text)] == [said]


def test_a_thing_that_promises_to_happen_pledges_nothing(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "The new rules promise to raise costs for small firms.") == []
