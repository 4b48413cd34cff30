"""Definite descriptions that no rule named (round 10, from the wrong speakers of the
r91010-r91018 news samples: "The prime minister", "the paper", "The 67-year-old", "The
corporation", "the charity's director"): the most salient person or body of that kind just
before, tested on new sentences of the same kinds through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_title_goes_to_the_protagonist_not_to_one_with_another_title(pipeline: Pipeline) -> None:
    text = ("Maria Ortiz has praised Finance Minister Paul Dunn's budget. "
            "Addressing parliament, the president said the budget would protect jobs.")
    quote = only(quotes_of(pipeline, text), "protect jobs")
    assert quote.speaker.name == "Maria Ortiz"
    assert quote.speaker.mention.text == "the president"


def test_an_age_description_goes_to_the_person_before(pipeline: Pipeline) -> None:
    text = ("Veteran actor Tom Hale has announced his retirement from the stage. "
            "The 71-year-old said he wanted to spend more time with his family.")
    quote = only(quotes_of(pipeline, text), "family")
    assert quote.speaker.name == "Tom Hale"


def test_a_body_description_goes_to_the_body_that_owns_the_subject(pipeline: Pipeline) -> None:
    text = ("Halvorsen Shipping Group's new terminal in Bergen will open in May, beside the old port. "
            "The company said demand had doubled since last year.")
    quote = only(quotes_of(pipeline, text), "demand")
    assert quote.speaker.name == "Halvorsen Shipping Group"


def test_a_paper_is_one_the_article_cited(pipeline: Pipeline) -> None:
    text = ("The Daily Courier said ministers had agreed the plan on Friday. "
            "The paper said the cost would reach two billion pounds.")
    quote = only(quotes_of(pipeline, text), "two billion")
    assert quote.speaker.name == "Daily Courier"
    # a paper no one cited stays the description
    text = ("Engineers at Carrow Motors have designed a new engine. "
            "The paper said the engine would cut fuel use by a third.")
    quote = only(quotes_of(pipeline, text), "fuel use")
    assert quote.speaker.mention.text == "The paper"
    assert quote.speaker.entity is None


def test_institutions_named_by_their_kind_stay_as_written(pipeline: Pipeline) -> None:
    text = "Tom Hale was arrested at his home on Friday. The police said he would appear in court on Monday."
    quote = only(quotes_of(pipeline, text), "court")
    assert quote.speaker.mention.text == "The police"
    assert quote.speaker.name != "Tom Hale"


def test_one_of_a_body_s_people_is_its_last_speaker_and_his_lawyer_is_not_him(pipeline: Pipeline) -> None:
    text = ("“The river has never been this low,” Greenway's Ruth Amsel said. "
            "“Farms will suffer first,” the charity's director added.")
    quotes = quotes_of(pipeline, text)
    assert [q.speaker.name for q in quotes] == ["Ruth Amsel", "Ruth Amsel"]
    text = "Ivan Morrow was charged on Monday. Morrow will plead not guilty, his lawyer said."
    quote = only(quotes_of(pipeline, text), "plead")
    assert quote.speaker.mention.text == "his lawyer"
    assert quote.speaker.name != "Ivan Morrow"
