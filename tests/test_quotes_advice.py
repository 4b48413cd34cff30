"""Statements a careful reader finds on real pages beyond "said": advice ("recommends two
cups"), findings of a work ("the review found modest gains"), suspicions, and a role word
split off the name it describes. Each tested on new invented text."""

from __future__ import annotations

import pytest

from conftest import only, quotes_of
from test_quotes_rules import extracted, parsed
from storyline.pipeline import Pipeline


@pytest.mark.parametrize(("text", "said", "who"), [
    ("The dentist Maria Lopez recommends two brushings a day and a yearly check-up.",
     "two brushings a day and a yearly check-up", "Maria Lopez"),
    ("Dr. Ines Patel advises skipping sugary drinks before bed.",
     "skipping sugary drinks before bed", "Ines Patel"),
    ("The senator proposed cutting the tax on diesel fuel.", "cutting the tax on diesel fuel",
     "The senator"),
])
def test_advice_is_a_statement_of_its_giver(pipeline: Pipeline, text: str, said: str, who: str) -> None:
    quote = only(quotes_of(pipeline, text), said.split()[0])
    assert quote.text == said
    assert quote.speaker is not None and quote.speaker.name == who


def test_whom_someone_advises_or_what_data_suggest_is_no_advice(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "Gomez advised the mayor on housing for a decade.") == []
    assert quotes_of(pipeline, "The figures suggest a slowdown in hiring.") == []


@pytest.mark.parametrize(("text", "said"), [
    ("A review of 40 trials found modest weight loss in adults.", "modest weight loss in adults"),
    ("Other studies show benefits for people with asthma.", "benefits for people with asthma"),
    ("The survey revealed broad support for the new park.", "broad support for the new park"),
])
def test_what_a_work_finds_is_its_statement(pipeline: Pipeline, text: str, said: str) -> None:
    quote = only(quotes_of(pipeline, text), said.split()[0])
    assert quote.text == said
    assert quote.speaker is not None


def test_what_a_person_finds_is_a_thing_not_a_statement(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "Divers found a rusted anchor near the pier.") == []


def test_a_suspicion_is_a_view_of_its_holder(pipeline: Pipeline) -> None:
    text = "Hoffman suspects that the glaciers retreated during a warm century."
    quote = only(quotes_of(pipeline, text), "glaciers")
    assert quote.text == "the glaciers retreated during a warm century"
    assert quote.speaker is not None and quote.speaker.name == "Hoffman"
    assert quotes_of(pipeline, "The driver was suspected of theft.") == []


def test_a_role_word_the_parse_splits_from_a_name_leaves_the_name_as_speaker(
        pipeline: Pipeline) -> None:
    text = "The dentist Maria Lopez said that two brushings a day are enough."
    quote = only(quotes_of(pipeline, text), "brushings")
    assert quote.speaker is not None and quote.speaker.name == "Maria Lopez"


@pytest.mark.parametrize(("text", "said", "who"), [
    ("Most economists regard the tax as a mistake.", "the tax as a mistake", "Most economists"),
    ("Chen sees the dispute between the two firms as a sign of a maturing market.",
     "the dispute between the two firms as a sign of a maturing market", "Chen"),
    ("Ortiz described the plan as reckless.", "the plan as reckless", "Ortiz"),
])
def test_a_view_of_something_as_something_is_a_statement(pipeline: Pipeline, text: str, said: str,
                                                         who: str) -> None:
    quote = only(quotes_of(pipeline, text), said.split()[1])
    assert quote.text == said
    assert quote.speaker is not None and quote.speaker.name == who


def test_seeing_something_as_a_child_is_no_view(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "She saw the film as a child.") == []


def test_a_name_given_in_quotation_marks_is_not_a_statement(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "Okafor dubbed the robots “sand crabs.”") == []
    assert quotes_of(pipeline, "Okafor named the strains “glowworms.”") == []
    # a verb that labels as often judges: its quoted word is a statement
    quote = only(quotes_of(pipeline, "Okafor branded the plan “theft.”"), "theft")
    assert quote.speaker is not None and quote.speaker.name == "Okafor"
    quote = only(quotes_of(pipeline, "Okafor dubbed the plan “a recipe for chaos.”"), "recipe")
    assert quote.speaker is not None and quote.speaker.name == "Okafor"


def test_a_hyphenated_role_before_a_name_leaves_the_name_as_speaker(pipeline: Pipeline) -> None:
    text = "“We saw the same drop in every field,” said co-author Dana Whitfield, a soil scientist."
    quote = only(quotes_of(pipeline, text), "same drop")
    assert quote.speaker is not None and quote.speaker.name == "Dana Whitfield"


def test_a_demonstrative_that_opening_a_report_is_part_of_it(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "For decades most chemists believed that was impossible."), "impossible")
    assert quote.text == "that was impossible"
    quote = only(quotes_of(pipeline, "Marsh said that the pumps are old."), "pumps")
    assert quote.text == "the pumps are old"


def test_a_clause_subject_the_parse_made_the_cues_object_stays_in_the_statement(
        pipeline: Pipeline) -> None:
    # Surveys show dried herbs can be fragrant .  (parsed with "herbs" the object of "show")
    doc = parsed(pipeline, [
        ("Surveys", 1, "nsubj", "NOUN", "survey", ""), ("show", 1, "ROOT", "VERB", "show", ""),
        ("dried", 3, "amod", "ADJ", "dried", ""), ("herbs", 1, "dobj", "NOUN", "herb", ""),
        ("can", 5, "aux", "AUX", "can", ""), ("be", 1, "ccomp", "AUX", "be", ""),
        ("fragrant", 5, "acomp", "ADJ", "fragrant", ""), (".", 1, "punct", "PUNCT", ".", ""),
    ])
    quote = only(extracted(doc), "fragrant")
    assert quote.text == "dried herbs can be fragrant"


def test_a_second_verb_in_the_tense_of_a_negated_clause_stays_in_it(pipeline: Pipeline) -> None:
    text = "The paper shows that learning does not happen by chance and instead requires careful design."
    quote = only(quotes_of(pipeline, text), "learning")
    assert quote.text == "learning does not happen by chance and instead requires careful design"


def test_a_finding_after_a_colon_is_the_finding(pipeline: Pipeline) -> None:
    text = "A new survey confirms a clear trend: nine in ten drivers want cheaper chargers."
    quote = only(quotes_of(pipeline, text), "trend")
    assert quote.text == "a clear trend: nine in ten drivers want cheaper chargers"


def test_a_warning_against_something_is_a_statement(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Doctors caution against giving honey to babies."), "honey")
    assert quote.text == "against giving honey to babies"
    assert quote.speaker is not None and quote.speaker.mention.text == "Doctors"


@pytest.mark.parametrize("verb", ["clarifies", "notes", "shares"])
def test_a_verb_of_saying_after_a_quote_read_as_a_noun_is_still_the_cue(pipeline: Pipeline,
                                                                         verb: str) -> None:
    text = f"Okonkwo runs the harbour office. “Nobody told us about the new timetable,” Okonkwo {verb}."
    quote = only(quotes_of(pipeline, text), "Nobody")
    assert quote.kind == "direct" and quote.cue.text == verb
    assert quote.speaker is not None and quote.speaker.name == "Okonkwo"


def test_according_to_a_thing_that_says_nothing_is_no_attribution(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "Replace the oil according to the maker's service schedule.") == []
    assert quotes_of(pipeline, "The players are ranked according to their scores.") == []
    quote = only(quotes_of(pipeline, "The pier will open in May according to the mayor."), "pier")
    assert quote.speaker is not None and quote.speaker.mention.text == "the mayor"
    quote = only(quotes_of(pipeline, "Sales rose 4% last year according to the annual report."), "Sales")
    assert quote.speaker is not None


def test_a_cue_under_if_is_a_supposition_not_a_statement(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "If your dentist suggests that you need a crown, ask for a second opinion.") == []
    quote = only(quotes_of(pipeline, "The mayor said that if the council agrees, the pier will open in May."),
                 "pier")
    assert quote.text == "if the council agrees, the pier will open in May"


def test_saying_to_do_something_is_advice(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The chef says to soak the beans overnight."), "soak")
    assert quote.text == "to soak the beans overnight"
    assert quote.speaker is not None and quote.speaker.mention.text == "The chef"


def test_a_person_who_agrees_without_words_is_whom_the_next_pronoun_stands_for(
        pipeline: Pipeline) -> None:
    text = ("“The plated dinner is fading,” said Lara Okafor, a caterer. Dana Forbes agrees. "
            "“Guests want to move around and talk,” she says.")
    quote = only(quotes_of(pipeline, text), "Guests")
    assert quote.speaker is not None and quote.speaker.name == "Dana Forbes"


def test_per_someone_is_an_attribution_like_according_to(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The pier will open in May, per the mayor."), "pier")
    assert quote.text == "The pier will open in May" and quote.cue.text == "per"
    assert quote.speaker is not None and quote.speaker.mention.text == "the mayor"
    quote = only(quotes_of(pipeline, "Bonus points, per the experts: a soft brush cleans better than a hard one."),
                 "brush")
    assert quote.text == "a soft brush cleans better than a hard one"
    assert quotes_of(pipeline, "Tickets cost $20 per person.") == []
    assert quotes_of(pipeline, "A quarter of the budget, per the Ortiz plan, goes to roads.") == []


def test_a_quote_after_a_persons_name_and_a_colon_is_theirs(pipeline: Pipeline) -> None:
    text = ("Most testers liked the shoe, including tester Dana Whitfield: “It is the first trainer "
            "that fits my wide feet without a fight.”")
    quote = only(quotes_of(pipeline, text), "wide feet")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Dana Whitfield"
    assert quotes_of(pipeline, "The verdict was clear: “We have never seen anything like it in this town.”") == []


def test_a_statement_joined_across_its_attribution_keeps_what_was_said_as_parts(
        pipeline: Pipeline) -> None:
    text = ("The pier will be too short for the new ferries, Okonkwo added. “I don't think anyone "
            "measured them before the order.”")
    quote = only(quotes_of(pipeline, text), "pier")
    assert quote.kind == "mixed" and quote.parts is not None
    assert [part.text for part in quote.parts] == [
        "The pier will be too short for the new ferries",
        "I don't think anyone measured them before the order."]
    assert all(text[part.start:part.end] == part.text for part in quote.parts)
    assert quote.quoted == " ".join(part.text for part in quote.parts)


def test_a_role_the_parse_cuts_into_subjects_leaves_the_name_in_apposition(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "“Guests want to dance,” says Co-Founder, Lena Marsh."), "dance")
    assert quote.speaker is not None and quote.speaker.name == "Lena Marsh"


def test_a_directive_with_whom_and_what_to_do(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Dr. Hana Ito encourages parents to read aloud with children every night."),
                 "parents")
    assert quote.text == "parents to read aloud with children every night"
    assert quote.cue.text == "encourages" and quote.speaker.name == "Hana Ito"
    quote = only(quotes_of(pipeline, "Governor Ruth Ames has directed the health agency to review every "
                                     "contract by June."), "agency")
    assert quote.text == "the health agency to review every contract by June"
    # no one urged: a thing that encourages, a film directed, a reduced relative clause
    for text in ("Lower rates encouraged buyers to borrow more.", "Spielberg directed the film in 1993.",
                 "It was one of the rules Obama directed the department to work on."):
        assert quotes_of(pipeline, text) == [], text


@pytest.mark.parametrize("text, content", [
    ("Lumen Bank positions itself as the premier lender of the region.",
     "itself as the premier lender of the region"),
    ("Several reviewers highlight the app as the easiest way to file a claim.",
     "the app as the easiest way to file a claim"),
    ("Senator Ann Cole has cast the bill as a giveaway to insurers.", "the bill as a giveaway to insurers"),
    ("The governor portrayed the strike as a threat to public safety.",
     "the strike as a threat to public safety"),
])
def test_a_view_of_a_thing_as_something(pipeline: Pipeline, text: str, content: str) -> None:
    quote = only(quotes_of(pipeline, text), content.split()[1])
    assert quote.text == content
