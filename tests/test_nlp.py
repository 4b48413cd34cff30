"""storyline.nlp: the model as Storyline loads it."""

from __future__ import annotations

import pytest

from storyline.nlp import TITLE_ABBREVIATIONS, load_model


@pytest.mark.parametrize("title", ["Capt.", "Sgt.", "Supt.", "Lt. Col."])
def test_an_abbreviated_title_stays_one_token_and_ends_no_sentence(title: str) -> None:
    doc = load_model()(f"The convoy was led by Marine {title} Ines Okafor, who spoke to the crew.")
    assert title.split()[-1] in [token.text for token in doc]
    assert len(list(doc.sents)) == 1


def test_every_title_abbreviation_is_one_token() -> None:
    tokenizer = load_model().tokenizer
    for form in TITLE_ABBREVIATIONS:
        assert [token.text for token in tokenizer(form)] == [form]


@pytest.mark.parametrize("text", [
    "Japanese department store operator Harlow Co. Ltd. Friday said its parent company profits leapt 60 percent.",
    "Carmaker Tanaka Motor Co. Ltd. Tuesday said its sales fell."])
def test_a_firms_abbreviation_ends_no_sentence_that_goes_on(text: str) -> None:
    assert len(list(load_model()(text).sents)) == 1, text


def test_a_firms_abbreviation_before_a_new_sentence_still_ends_it() -> None:
    doc = load_model()("Shares rose at Vantor Inc. The firm said sales doubled.")
    assert [sentence.text for sentence in doc.sents] == ["Shares rose at Vantor Inc.", "The firm said sales doubled."]
