"""Speaker choice, fifth round: roles, pronouns of bodies and people, places, participles."""

from __future__ import annotations

from conftest import only, quotes_of, speaker_name
from storyline.pipeline import Pipeline


def test_a_portfolio_title_is_not_a_person_given_another_portfolio(pipeline: Pipeline) -> None:
    """"the finance minister" is not "Defence Minister X" named beside it: a title with its
    office names only someone given that office (or no one)."""
    quotes = quotes_of(pipeline,
                       "Maria Kessler has criticised the central bank's decision to raise rates.\n\n"
                       "The finance minister said the increase would hurt small firms and slow hiring. "
                       "New Defence Minister Tomas Brandt promised the army budget would be protected.")
    assert speaker_name(only(quotes, "small firms")) != "Tomas Brandt"
    assert speaker_name(only(quotes, "army budget")) == "Tomas Brandt"


def test_a_name_that_calls_itself_it_is_a_body_they_goes_on_with(pipeline: Pipeline) -> None:
    """"Labour says it wants ... They say ...": a one-word name whose own reported clause
    calls it "it" is a body; "they" goes on with it, not a group of an earlier paragraph."""
    quotes = quotes_of(pipeline,
                       "Many of the country's unions have said the pension system must change.\n\n"
                       "Plaid says it wants to keep the scheme but make it cheaper to run. They say they are "
                       "already helping retired miners with a winter fuel payment.")
    assert speaker_name(only(quotes, "miners")) == speaker_name(only(quotes, "cheaper"))


def test_they_in_a_new_paragraph_goes_to_the_paragraphs_people_subject(pipeline: Pipeline) -> None:
    """A new paragraph whose subject is another group: "they" there is that group, not the
    group that spoke in the paragraph before."""
    quotes = quotes_of(pipeline,
                       "The Tories say they would cut fuel duty by five pence a litre.\n\n"
                       "The Greens want to scrap the motorway plan altogether. The money would go to rail "
                       "instead, which they say would create 20,000 jobs.")
    assert "Greens" in speaker_name(only(quotes, "20,000 jobs"))


def test_a_possessive_opening_a_places_name_is_no_he(pipeline: Pipeline) -> None:
    """"St Mary's Hospital" is a place: "he" after it is the man named before."""
    quotes = quotes_of(pipeline,
                       "Arsenal have loaned striker Daniel Okoro to Ipswich for the rest of the season.\n\n"
                       "He could then return to St Anne's Park - and he says that he wants to stay in London.")
    assert speaker_name(only(quotes, "London")) == "Daniel Okoro"


def test_it_is_not_a_subject_inside_a_clause_the_body_reported(pipeline: Pipeline) -> None:
    """"The Thai government has forecast that the country's growth will slow. // ..., it said
    ...": "it" is the government, not the growth of its reported clause."""
    quotes = quotes_of(pipeline,
                       "The Thai government has forecast that the country's economic growth will slow to 3% in the "
                       "next fiscal year.\n\n"
                       "While it predicts this slowdown, it said it was confident of a recovery in 2007.")
    assert speaker_name(only(quotes, "recovery")) == "The Thai government"


def test_a_cue_inside_anothers_claim_leaves_the_reporter_speaking(pipeline: Pipeline) -> None:
    """"It was wrong for Roe claiming X, argued Doe. He added: ..." goes on with Doe, who
    reported Roe's claim, not with Roe."""
    quotes = quotes_of(pipeline,
                       "Mr Harker accused ministers of wasting money on consultants. It was no good Mr Lindqvist "
                       "claiming fare pledges were being left to the review as he had given one to commuters on "
                       "Monday about the price of season tickets, argued Mr Harker. Turning to pensions, he added: "
                       "\"Everyone knows the pension age will go up under this government.\"")
    assert "Harker" in speaker_name(only(quotes, "pension age"))


def test_adding_after_a_reported_saying_is_the_reporters(pipeline: Pipeline) -> None:
    """"She said that they would ask X to act, adding that Y": "adding" goes on with her."""
    quotes = quotes_of(pipeline,
                       "Health official Ana Ruiz said that they would ask the city council to open two more "
                       "clinics, adding that a vote is expected in March.")
    assert speaker_name(only(quotes, "vote is expected")) == "Ana Ruiz"


def test_he_goes_on_with_a_chain_of_he_subjects(pipeline: Pipeline) -> None:
    """"Roe faced a struggle. // He dealt with it by ... in remarks to Doe. // But he added
    ...": "he" is the "he" that was the subject before, Roe, not Doe named in passing."""
    quotes = quotes_of(pipeline,
                       "Archbishop Paul Verano faced an uphill struggle to win over the island's farmers.\n\n"
                       "He dealt with this by backing the land reform in a meeting with Governor Luis Marca.\n\n"
                       "But he added a warning on Monday, saying the reform must protect church schools.")
    assert "Verano" in speaker_name(only(quotes, "church schools"))


def test_a_quote_whose_attribution_opens_the_next_paragraph(pipeline: Pipeline) -> None:
    """"“...,” // said X, a teacher.": a quote closed by its comma and a paragraph break cutting
    the sentence before its cue in small letters is X's, not the previous speaker's."""
    quotes = quotes_of(pipeline,
                       "\"It was the best day of my life,\" said Tom Lee, a retired engineer.\n\n"
                       "\"It felt strange at first, but once the music started everyone was dancing in the "
                       "square,\"\n\nsaid Mira Santos, a nurse.")
    assert speaker_name(only(quotes, "music started")) == "Mira Santos"


def test_a_bodys_name_right_after_its_description_speaks(pipeline: Pipeline) -> None:
    """"Bangladesh news agency BSS reported": the agency's name, not the country in its description."""
    quotes = quotes_of(pipeline,
                       "The government would open three new border posts by the end of the year, Bangladesh news "
                       "agency BSS reported.")
    assert speaker_name(only(quotes, "border posts")) == "BSS"


def test_a_participle_right_after_a_relative_clause_is_its_subjects(pipeline: Pipeline) -> None:
    """"The marches are part of a campaign in the valley where farmers have grown angry
    claiming that X": the farmers claim, not the marches."""
    quotes = quotes_of(pipeline,
                       "The marches are part of a long campaign against the dam in the valley where farmers have "
                       "grown increasingly angry claiming that the reservoir will flood their fields.")
    assert speaker_name(only(quotes, "reservoir")) == "farmers"


def test_an_office_of_a_secretary_of_state_for_fields_is_each_field(pipeline: Pipeline) -> None:
    """"The Secretary of State for Transport and Energy, Ann Roe," is "the energy secretary"
    (and never "the foreign secretary"); a person saying "it was possible" is no body."""
    quotes = quotes_of(pipeline,
                       "The Secretary of State for Transport and Energy, Helen Marsh, has defended the new "
                       "pipeline.\n\n"
                       "She told reporters the route was safe. Meanwhile Labour MP Tom Fenwick called it a "
                       "disgrace. The energy secretary said a two-year review had found no risk to the water "
                       "supply. The foreign secretary said the deal would help relations with Norway.\n\n"
                       "Lord Peter Hollis said it was possible the pipeline would be delayed. He said the costs had "
                       "doubled since 2003.")
    assert speaker_name(only(quotes, "water supply")) == "Helen Marsh"
    assert speaker_name(only(quotes, "Norway")) != "Helen Marsh"
    assert "Hollis" in speaker_name(only(quotes, "costs had doubled"))


def test_a_bodys_name_the_ner_cut_short_keeps_its_first_words(pipeline: Pipeline) -> None:
    """"The Christian Democrats said": the NER's "Democrats" keeps the capitalised word the
    parse hangs on it, "Christian Democrats"."""
    quotes = quotes_of(pipeline, "The Christian Democrats said the plan would cost too much.")
    assert speaker_name(only(quotes, "cost too much")) == "Christian Democrats"
