"""Who a pronoun stands for is never a person its own claim names (issue 15, fourth round
of news samples: "Asked if Mr X could return ..., he replied: “I have made my admiration
for <X's first name> very clear”" given to X). Invented sentences of that kind."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def _name_of(pipeline: Pipeline, text: str, word: str) -> str | None:
    speaker = only(quotes_of(pipeline, text), word).speaker
    return speaker.name if speaker else None


def test_he_is_not_the_person_his_claim_names_after_him(pipeline: Pipeline) -> None:
    text = ("Coach Daniel Marsh said the team had played well despite the defeat.\n\n"
            "Asked if Peter Lowe was injured, he said Lowe would miss the final but return next season.")
    assert _name_of(pipeline, text, "miss the final") == "Daniel Marsh"


def test_a_first_name_in_a_quote_of_i_is_someone_else(pipeline: Pipeline) -> None:
    for asked, pronoun, first, name in (("if Peter Lowe would be fit for the final", "he", "Peter", "Daniel Marsh"),
                                        ("whether Anna Reid would stay on", "she", "Anna", "Ruth Bell")):
        opener = ("Coach Daniel Marsh said the team had played well despite the defeat." if pronoun == "he" else
                  "Head teacher Ruth Bell said the school would reopen on Monday.")
        text = f'{opener}\n\nWhen asked {asked}, {pronoun} said: "I spoke to {first} this morning and all is fine."'
        assert _name_of(pipeline, text, "this morning") == name


def test_a_name_before_the_pronoun_or_in_an_aside_may_be_its_own(pipeline: Pipeline) -> None:
    # the writer's words before "he" may name him; a name modifying a noun is no party
    text = ("Gary Dunn owns three jets. The oldest, built in 1980, is Mr Dunn's favourite, he said on Sunday.")
    assert _name_of(pipeline, text, "favourite") == "Gary Dunn"
    text = ("Senator Carl Webb spoke in Ohio on Monday.\n\n"
            "He said the attack was an insult to the volunteers of the Webb campaign.")
    assert _name_of(pipeline, text, "insult") == "Carl Webb"
