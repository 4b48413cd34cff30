"""Speaker choice, sixth round: relatives named to describe someone, names sharing an end,
a verb joined to a passive one, "who" on a clause of its own, "it" after a body noun."""

from __future__ import annotations

from conftest import only, quotes_of, speaker_name
from storyline.pipeline import Pipeline


def test_a_surname_is_not_the_relative_named_in_a_description(pipeline: Pipeline) -> None:
    """"Maria Okonkwo, the daughter of the late poet ... The daughter of Chinua Okonkwo ...
    Okonkwo said": the surname is hers, not the father's named only to say whose child she is."""
    quotes = quotes_of(pipeline,
                       "Maria Okonkwo, the daughter of a famous poet, on Monday said the archive should "
                       "stay in Lagos.\n\n"
                       "The daughter of Chinua Okonkwo, the writer who died in 1998, added that she would "
                       "meet the minister next week.\n\n"
                       "The collection holds thousands of letters, Okonkwo told reporters.")
    assert speaker_name(only(quotes, "thousands of letters")) == "Maria Okonkwo"


def test_a_name_sharing_only_its_end_is_another_one(pipeline: Pipeline) -> None:
    """"Munich Re and Swiss Re ... Swiss Re said" with the NER's one entity for both: a name
    whose first word differs from the entity's is not that entity; a coordinated subject keeps
    both names."""
    quotes = quotes_of(pipeline,
                       "Munich Re and Swiss Re, the two largest reinsurers, said their losses from the floods "
                       "would be modest.\n\n"
                       "Swiss Re has said its claims are likely to stay below $2bn.")
    assert speaker_name(only(quotes, "below $2bn")) == "Swiss Re"
    assert speaker_name(only(quotes, "floods")) == "Munich Re and Swiss Re"


def test_a_verb_joined_to_a_passive_one_has_its_subject_not_its_agent(pipeline: Pipeline) -> None:
    """"Roe has been invited by the club's owners to stay on, but says ...": who says is the
    passive's subject, not the agent "by ..."."""
    quotes = quotes_of(pipeline,
                       "Coach Helen Marsh, 58, has been invited by the club's owners to stay on for "
                       "another season, but says she will decide after the final.")
    assert speaker_name(only(quotes, "decide after the final")) == "Helen Marsh"


def test_who_after_a_name_is_that_person_when_parsed_as_its_own_clause(pipeline: Pipeline) -> None:
    """"The mood was shared by captain X who, in an interview ..., said ...": "who" is X,
    not the sentence's subject "The mood"."""
    quotes = quotes_of(pipeline,
                       "Fans were gloomy after the draw. The optimism was echoed by goalkeeper Ivan Petrov "
                       "who, in a column for the same paper, said the team would reach the semi-finals.")
    assert speaker_name(only(quotes, "semi-finals")) == "Ivan Petrov"


def test_it_goes_on_with_the_firm_of_the_sentence_before_not_an_earlier_source(pipeline: Pipeline) -> None:
    """An agency that reported something earlier in the paragraph is not "it" when the
    sentence before has "the firm" for subject."""
    quotes = quotes_of(pipeline,
                       "Nordwind Air plans to double its fleet. On Monday, Reuters reported that a rival "
                       "carrier had cut its fares by a third. When it was founded, the firm sold tickets at "
                       "half the price of its rivals. It said it was copying the model of Europe's budget "
                       "airlines.")
    assert speaker_name(only(quotes, "copying the model")) != "Reuters"


def test_a_word_cut_at_a_broken_hyphen_is_no_subject() -> None:
    """"the neatly- groomed Okafor had told them": with the parse making both the piece before
    a hyphen broken over a line and the name subjects, the name spoke."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from storyline.extract.quotes.cues import subject_of

    words = ["after", "the", "neatly-", "groomed", "Okafor", "had", "told", "them", "he", "agreed"]
    heads = [6, 2, 6, 4, 6, 6, 6, 6, 9, 6]
    deps = ["mark", "det", "nsubj", "amod", "nsubj", "aux", "ROOT", "dobj", "nsubj", "ccomp"]
    pos = ["SCONJ", "DET", "NOUN", "VERB", "PROPN", "AUX", "VERB", "PRON", "PRON", "VERB"]
    tags = ["IN", "DT", "NN", "VBN", "NNP", "VBD", "VBN", "PRP", "PRP", "VBD"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert subject_of(doc[6]).text == "Okafor"


def test_a_place_run_into_a_name_after_its_comma_is_not_the_speaker(pipeline: Pipeline) -> None:
    """"... in The Hague, Kovac said" with the NER's one place "Hague, Kovac": the name after
    the comma is the person of that surname."""
    quotes = quotes_of(pipeline,
                       "Croatian President Ivo Kovac met the Slovenian premier on Thursday.\n\n"
                       "The border dispute can be settled by freezing the current line or before the "
                       "International Court of Justice in The Hague, Kovac said.")
    assert speaker_name(only(quotes, "border dispute")) == "Ivo Kovac"
