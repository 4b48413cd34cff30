"""Speakers of the round-8 news samples' kinds (spk8), each from new sentences of the same kind."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_the_noun_the_article_put_beside_one_persons_name_is_that_person(pipeline: Pipeline) -> None:
    text = ("\"We will open three new schools this year,\" said Tenzin Dorje, abbot of the monastery, at a "
            "ceremony on Friday.\n\nThe monastery lies in the hills above the town.\n\n"
            "The senior abbot, who has travelled widely, said more pupils were expected next spring.")
    quote = only(quotes_of(pipeline, text), "pupils")
    assert quote.speaker.name == "Tenzin Dorje"
    assert quote.speaker.mention.text.startswith("The senior abbot")
    text = ("Li Wei, general manager with the Harbin Steel Company, said output had doubled.\n\n"
            "The plant employs 4,000 workers.\n\nPrices would rise next year, according to the manager.")
    assert only(quotes_of(pipeline, text), "Prices").speaker.name == "Li Wei"


def test_the_noun_stays_a_description_when_two_people_or_none_before_fit(pipeline: Pipeline) -> None:
    # two people described with the noun: either may be meant
    text = ("Li Wei, manager of the steel plant, said output had doubled. Ma Jun, manager of the coal mine, "
            "said output had fallen.\n\nPrices would rise next year, the manager said.")
    assert only(quotes_of(pipeline, text), "Prices").speaker.name == "the manager"
    # described so only after the description (outside the lead, where a job named first is
    # the person the next paragraphs name: tests/test_quotes_round11.py)
    text = ("Snow closed the mountain roads on Monday.\n\nThe abbot says the school will close.\n\n"
            "\"We have to look ahead,\" said Tenzin Dorje, abbot of the monastery.")
    assert only(quotes_of(pipeline, text), "close").speaker.name != "Tenzin Dorje"
    # another person the paragraph is about, named since
    text = ("Ann Roe, an actress from Ohio, wrote a blog in May.\n\n"
            "Singer Lena Vik opened up about her childhood. The actress explained why it mattered.")
    assert only(quotes_of(pipeline, text), "mattered").speaker.name != "Ann Roe"


def test_a_day_the_model_ran_into_a_name_is_no_part_of_the_speaker(pipeline: Pipeline) -> None:
    text = "\"The talks went well,\" said on Monday Anna Berg, a spokeswoman for the city council."
    quote = only(quotes_of(pipeline, text), "talks")
    assert quote.speaker.name == "Anna Berg"
    assert quote.speaker.mention.text == "Anna Berg, a spokeswoman for the city council"
    assert text[quote.speaker.mention.start:quote.speaker.mention.end] == quote.speaker.mention.text
    text = ("Union leader Piotr Kowalski met the mayor.\n\n"
            "Late Friday Kowalski announced that the strike was over.")
    quote = only(quotes_of(pipeline, text), "strike")
    assert quote.speaker.name == "Piotr Kowalski"
    assert quote.speaker.mention.text == "Kowalski"


def test_the_kind_of_body_the_article_named_last_is_that_body(pipeline: Pipeline) -> None:
    text = ("Four people died in the fire, the Kyodo news agency said. "
            "The blaze started in a kitchen, the agency said.")
    assert only(quotes_of(pipeline, text), "kitchen").speaker.name == "Kyodo"
    text = ("Spanish daily El Diario accuses the coach of arrogance. "
            "\"He has lost the dressing room,\" the paper says.")
    assert only(quotes_of(pipeline, text), "dressing").speaker.name == "El Diario"


def test_the_kind_of_body_is_the_one_body_of_that_kind_though_another_was_named_since(pipeline: Pipeline) -> None:
    text = ("Spanish daily El Diario accuses the coach of arrogance. The Football Federation defends him. "
            "\"He has lost the dressing room,\" the paper says.")
    # the one body the article calls a daily, though another body was named since
    assert only(quotes_of(pipeline, text), "dressing").speaker.name == "El Diario"


_SUPPLIER = ("Tom Brandt, a researcher at the Institute of Trade, said that delays had grown.\n\n"
             "There are many big retailers in the country.\n\n")


def test_he_after_an_unnamed_source_in_its_paragraph_is_that_source(pipeline: Pipeline) -> None:
    text = _SUPPLIER + ("A supplier said that it was time to act. Describing the rules as \"a first step\", "
                        "he said that change would be \"slow\".\n\n\"If we complain, who will protect us?\" he asked.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "change").speaker.name == "A supplier"
    assert only(quotes, "protect").speaker.name == "A supplier"


def test_he_after_an_unnamed_source_is_a_person_named_since(pipeline: Pipeline) -> None:
    text = _SUPPLIER + "A farmer asked Brandt about the rules. He said that change would be slow."
    assert only(quotes_of(pipeline, text), "change").speaker.name == "Tom Brandt"


def test_a_name_qualifying_a_persons_noun_is_no_antecedent_of_he(pipeline: Pipeline) -> None:
    text = ("Tom Ellison - who has quit as transport minister - made his name as a blunt Yorkshire man.\n\n"
            "I made a mistake and then the papers found out about it.\n\n"
            "\"Honesty is something which matters a great deal to me as a politician.\"\n\n"
            "\"Nobody can say I have done one thing in public and another in private.\"\n\n"
            "\"We must have new rules for the railways before it is too late,\" he said in reference to the plans.")
    assert only(quotes_of(pipeline, text), "railways").speaker.name == "Tom Ellison"


def test_a_persons_noun_no_one_was_given_is_the_last_speaker(pipeline: Pipeline) -> None:
    base = ("A report by regional police chief Supt. Ramon Dela Cruz named the suspect.\n\n"
            "Dela Cruz said officers raided a house in the village at dawn.\n\n")
    text = base + "Two men were arrested in a second raid later that day, the officer said."
    assert only(quotes_of(pipeline, text), "second raid").speaker.name.endswith("Dela Cruz")
    # another person named since, outside anything said: left as it is
    text = base + ("Mayor Ana Lim visited the village. "
                   "Two men were arrested in a second raid later that day, the officer said.")
    assert only(quotes_of(pipeline, text), "second raid").speaker.name == "the officer"
    # "the actress": more often someone else, who has no name
    text = ("Director Tom Roe said the film would be delayed.\n\n"
            "The crew gathered outside. The actress said she was worried about her contract.")
    assert only(quotes_of(pipeline, text), "contract").speaker.name != "Tom Roe"


def test_the_official_of_a_named_body_is_the_one_person_it_was_said_to_employ(pipeline: Pipeline) -> None:
    text = ("Exports of gas rose sharply this year, Li Qiang, deputy general manager of the China National "
            "Offshore Oil Corporation (CNOOC), said in Beijing on Monday.\n\n"
            "Two new fields will open next spring, according to the CNOOC official.")
    assert only(quotes_of(pipeline, text), "fields").speaker.name == "Li Qiang"
    # two people of that body: left unnamed
    text = ("Li Qiang, a manager of the China National Offshore Oil Corporation (CNOOC), said exports rose. "
            "Wang Bo, an engineer of CNOOC, said output fell.\n\n"
            "Two new fields will open next spring, according to the CNOOC official.")
    assert only(quotes_of(pipeline, text), "fields").speaker.anonymous
