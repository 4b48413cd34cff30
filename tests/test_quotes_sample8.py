"""Statements of the eighth and ninth news samples' kinds (issue 15), each from new sentences
of the same kind, through the real pipeline or, for a parser error short invented sentences
do not reproduce, on a parse built by hand."""

from __future__ import annotations

import pytest

from conftest import only, quotes_of
from test_quotes_rules import extracted, parsed
from storyline.pipeline import Pipeline


def test_an_if_clause_the_parse_hung_on_a_final_attribution_stays_in_the_claim(pipeline: Pipeline) -> None:
    # "Fines were options which could be used if orders were ignored, Judge Roe said.", parsed
    # with the content's "if" as the mark of "said"
    doc = parsed(pipeline, [
        ("Fines", 1, "nsubj", "NOUN", "fine", ""), ("were", 1, "ROOT", "AUX", "be", ""),
        ("options", 1, "attr", "NOUN", "option", ""), ("which", 6, "nsubjpass", "PRON", "which", ""),
        ("could", 6, "aux", "AUX", "could", ""), ("be", 6, "auxpass", "AUX", "be", ""),
        ("used", 2, "relcl", "VERB", "use", ""), ("if", 14, "mark", "SCONJ", "if", ""),
        ("orders", 7, "prep", "NOUN", "order", ""), ("were", 10, "auxpass", "AUX", "be", ""),
        ("ignored", 8, "acl", "VERB", "ignore", ""), (",", 14, "punct", "PUNCT", ",", ""),
        ("Judge", 13, "compound", "PROPN", "Judge", "PERSON"), ("Roe", 14, "nsubj", "PROPN", "Roe", "PERSON"),
        ("said", 1, "advcl", "VERB", "say", ""), (".", 1, "punct", "PUNCT", ".", "")])
    quote = only(extracted(doc), "Fines")
    assert quote.text == "Fines were options which could be used if orders were ignored"
    assert quote.speaker.mention.text == "Judge Roe"
    # a supposition before its speaker is still no statement
    assert quotes_of(pipeline, "If the inspector says that the wall is unsafe, the school will close.") == []


def test_putting_a_thing_at_a_figure_is_an_estimate(pipeline: Pipeline) -> None:
    text = "The ministry said the storm had destroyed crops, putting the damage at $2 billion."
    quote = only(quotes_of(pipeline, text), "damage")
    assert quote.text == "the damage at $2 billion"
    assert quote.speaker.name == "The ministry"
    (quote,) = quotes_of(pipeline, "Police put the death toll at 14 on Sunday.")
    assert quote.text == "the death toll at 14"
    # a place or a clock time is no figure
    assert quotes_of(pipeline, "He put the vase at the door.") == []
    assert quotes_of(pipeline, "They put the meeting at 3 pm.") == []


@pytest.mark.parametrize("text, said, speaker", [
    ("Kenya appealed again to the African Union on Monday to lift the travel ban against its ministers.",
     "the African Union on Monday to lift the travel ban against its ministers", "Kenya"),
    ("Police appealed for witnesses to come forward.", "witnesses to come forward", "Police"),
    ("The mayor appealed to residents to save water, on the first day of the heatwave.",
     "residents to save water", "The mayor"),
])
def test_an_appeal_to_someone_to_act_is_a_directive(pipeline: Pipeline, text: str, said: str,
                                                   speaker: str) -> None:
    quote = only(quotes_of(pipeline, text), said.split()[0])
    assert quote.text == said
    assert quote.speaker.name == speaker


def test_a_relative_clause_set_off_by_dashes_holds_no_participle_after_it(pipeline: Pipeline) -> None:
    text = "Farmers attacked the new tax - which would hit small growers hardest - saying the harvest was already poor."
    quote = only(quotes_of(pipeline, text), "harvest")
    assert quote.text == "the harvest was already poor"
    assert quote.speaker.mention.text == "Farmers"


def test_a_speaker_the_parse_hung_on_a_long_opening_phrase_still_speaks(pipeline: Pipeline) -> None:
    text = ("Speaking at the opening of the annual Pacific Fisheries Council Meeting (PFCM), which will be "
            "followed by talks on quotas on June 2-3, Tevita Fonua, also head of the PFCM, said stocks of tuna "
            "had recovered.")
    quote = only(quotes_of(pipeline, text), "tuna")
    assert quote.text == "stocks of tuna had recovered"
    assert quote.speaker.name == "Tevita Fonua"


@pytest.mark.parametrize("text, said, speaker", [
    ("The findings, however, cannot be shared with the police, which Health Minister Mary Osei said was "
     "deeply frustrating.", "was deeply frustrating", "Mary Osei"),
    ("The recordings, however, may not be shown in court, which Chief Inspector Tom Baker said was rather absurd.",
     "was rather absurd", "Tom Baker"),
])
def test_which_and_the_speaker_before_the_cue_are_not_what_was_said(pipeline: Pipeline, text: str, said: str,
                                                                   speaker: str) -> None:
    quote = only(quotes_of(pipeline, text), said.split()[-1])
    assert quote.text == said
    assert quote.speaker.name == speaker


def test_a_subject_before_a_mid_sentence_according_to_is_in_the_claim(pipeline: Pipeline) -> None:
    text = "The council, according to a leaked memo, plans to close three libraries next year."
    quote = only(quotes_of(pipeline, text), "libraries")
    assert quote.quoted == "The council plans to close three libraries next year"
    assert quote.speaker.name == "a leaked memo"


def test_a_final_revealed_to_after_a_source_phrase_read_as_a_clause(pipeline: Pipeline) -> None:
    # a misspelt "close" ("sources closed to the government") the parse reads as the clause's verb
    text = ("The new troops would help patrol the border and would more than double the contribution, "
            "sources closed to the government revealed to Ritzau.")
    quote = only(quotes_of(pipeline, text), "troops")
    assert quote.text == "The new troops would help patrol the border and would more than double the contribution"
    assert quote.speaker.mention.text == "sources"
