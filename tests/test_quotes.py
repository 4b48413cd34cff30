"""Quotes and speakers on small hand-written texts: the hard cases of issue 3.

The names are invented; every article made here also passes the offset invariant
(conftest wraps Pipeline.annotate).
"""

from __future__ import annotations

import pytest

from conftest import only, quotes_of
from storyline.model import Article
from storyline.pipeline import Pipeline


def annotate_as_is(pipeline: Pipeline, text: str) -> Article:
    """Annotate ``text`` without cleaning it (the cleaner may refuse odd texts)."""
    article = Article(doc="<test>", id="test", text=text)
    return pipeline.annotate(pipeline.nlp(text), article)


def test_titled_name_said_indirect(pipeline: Pipeline) -> None:
    quotes = quotes_of(pipeline, "Italian Foreign Minister Paolo Rossi said the talks had failed.")
    quote = only(quotes, "talks")
    assert quote.kind == "indirect"
    assert quote.text == "the talks had failed"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.name == "Paolo Rossi"
    assert quote.speaker.mention is not None and "Paolo Rossi" in quote.speaker.mention.text


def test_apposition_names_the_speaker(pipeline: Pipeline) -> None:
    quotes = quotes_of(pipeline, "Anna Berg, the President of Norway, has asserted that the plan "
                                 "needs no permission from anyone.")
    quote = only(quotes, "permission")
    assert quote.speaker.name == "Anna Berg"
    assert quote.cue.text == "has asserted"


def test_pronoun_goes_to_the_current_speaker_and_quote_spans_sentences(pipeline: Pipeline) -> None:
    text = ("Lisbon and Oslo met on Monday.\n\nPortuguese Foreign Minister Luis Costa said Lisbon "
            "was firmly opposed to the plan.\n\n\"We see no room for compromise. This discussion "
            "is being held with a hostile aim,\" he added.")
    quote = only(quotes_of(pipeline, text), "compromise")
    assert quote.kind == "direct"
    assert quote.text == "We see no room for compromise. This discussion is being held with a hostile aim,"
    assert quote.speaker.name == "Luis Costa"
    assert quote.speaker.mention.text == "he"


def test_role_description_resolves_to_its_holder(pipeline: Pipeline) -> None:
    text = ("Norwegian President Anna Berg met reporters in Oslo on Monday.\n\n"
            "The Norwegian leader stated, \"Under no circumstances can we give up territory.\"")
    quote = only(quotes_of(pipeline, text), "circumstances")
    assert quote.kind == "direct"
    assert quote.speaker.name == "Anna Berg"
    assert quote.speaker.mention.text == "The Norwegian leader"


def test_quote_only_paragraph_continues_the_previous_speaker(pipeline: Pipeline) -> None:
    text = ("Anna Berg said the summit had gone well.\n\n"
            "\u201cIn the past we talked about sending troops. Now we are talking about the peace "
            "that we will guarantee.\u201d")
    quotes = quotes_of(pipeline, text)
    quote = only(quotes, "guarantee")
    assert quote.kind == "direct" and quote.cue is None
    assert quote.speaker.name == "Anna Berg"
    assert quote.confidence < only(quotes, "summit").confidence


def test_anonymous_source_keeps_its_description(pipeline: Pipeline) -> None:
    text = "The summit will open on Monday in Oslo, a source close to President Anna Berg said."
    quote = only(quotes_of(pipeline, text), "summit")
    assert quote.speaker.anonymous
    assert "source" in quote.speaker.name
    assert quote.speaker.entity is None


def test_place_as_speaker(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Moscow has made clear that no foreign troops should be "
                                     "deployed anywhere near its borders."), "troops")
    assert quote.speaker.name == "Moscow"
    assert quote.cue.text == "has made clear"


def test_attribution_chain_keeps_the_speaker_and_records_the_relay(pipeline: Pipeline) -> None:
    text = ("UK Prime Minister Tom Hale said allies now had an \u201cunbreakable pledge\u201d to "
            "Ukraine, according to a Downing Street spokeswoman.")
    quote = only(quotes_of(pipeline, text), "pledge")
    assert quote.kind == "mixed"
    assert quote.speaker.name == "Tom Hale"
    assert quote.extra["relay"]["text"] == "a Downing Street spokeswoman"
    assert "according" not in quote.text


def test_names_and_scare_quotes_are_not_statements(pipeline: Pipeline) -> None:
    text = ("The leaders met after a summit of 35 countries dubbed the \u201cCoalition of the "
            "Willing\u201d. The so-called \u201cpeacekeeping force\u201d was not discussed.")
    assert quotes_of(pipeline, text) == []


def test_colon_introduced_quote(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Anna Berg said: \u201cI think we should never say never, "
                                     "because that gives a blank check.\u201d"), "blank")
    assert quote.kind == "direct"
    assert quote.text.startswith("I think") and quote.text.endswith("check.")
    assert quote.speaker.name == "Anna Berg"


def test_mixed_quote_fragment(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Anna Berg said any peace deal must \u201cnot be a "
                                     "surrender\u201d and must be backed by guarantees."), "surrender")
    assert quote.kind == "mixed"
    assert quote.text == "any peace deal must \u201cnot be a surrender\u201d and must be backed by guarantees"


def test_participle_and_conjoined_cues_are_statements_of_their_own(pipeline: Pipeline) -> None:
    text = ("Kremlin spokesman Ivan Petrov confirmed that talks would take place and stated that "
            "it is too early to discuss troops, adding that nothing was decided.")
    quotes = quotes_of(pipeline, text)
    assert [q.cue.text for q in quotes] == ["confirmed", "stated", "adding"]
    assert {q.speaker.name for q in quotes} == {"Ivan Petrov"}
    assert only(quotes, "talks").text == "talks would take place"


def test_according_to_him_is_its_own_statement(pipeline: Pipeline) -> None:
    text = ("The French president pointed out that \u201cEurope must ensure its own security,\u201d "
            "and according to him, Europe is \u201cready to do more\u201d in the future.\n\n"
            "French President Paul Martin spoke in Paris.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "security").kind == "direct"
    according = only(quotes, "ready")
    assert according.cue.text == "according to"
    assert according.speaker.mention.text == "him"


def test_multi_paragraph_quote_is_one_statement(pipeline: Pipeline) -> None:
    text = ("\u201cWe will not give up. We will stand with our friends.\n\n"
            "\u201cAnd we will win this war,\u201d Anna Berg said.")
    quote = only(quotes_of(pipeline, text), "friends")
    assert quote.kind == "direct"
    assert "win this war" in quote.text
    assert quote.speaker.name == "Anna Berg"


@pytest.mark.parametrize("text", [
    'Anna Berg said "we will win and left.',
    "Anna Berg said \u201d we will win \u201c and \u2018 left.",
    "\u201c\u201c\u201d\u201d' '' `` \u00ab \u00bb \u201e",
    "He said: \u201c",
])
def test_unbalanced_marks_never_raise(pipeline: Pipeline, text: str) -> None:
    article = annotate_as_is(pipeline, text)
    for quote in article.quotes:
        assert quote.confidence <= 1
        if quote.extra.get("unbalanced"):
            assert quote.confidence < 0.9


def test_unbalanced_quote_is_recovered_with_lower_confidence(pipeline: Pipeline) -> None:
    text = "Anna Berg said: \u201cWe will never accept a deal that is imposed on us by force."
    quote = only(quotes_of(pipeline, text), "imposed")
    assert quote.extra["unbalanced"] is True
    assert quote.confidence < 0.9
    assert quote.speaker.name == "Anna Berg"


def test_cue_without_subject_at_the_end_of_a_sentence(pipeline: Pipeline) -> None:
    # the walk up the parse from a subjectless cue ends at the root (it once looped there)
    article = annotate_as_is(pipeline, "Officials met in Oslo yesterday and then said. Said.")
    assert all(quote.speaker is not None for quote in article.quotes)


def test_negation_inside_the_quote_keeps_the_cue(pipeline: Pipeline) -> None:
    text = ("The council met on Friday.\n\n\"Are we ready for the vote? Probably not,\" Ms. Varga "
            "said. \"Are we going to be ready by spring? Absolutely.\"")
    quote = only(quotes_of(pipeline, text), "Probably")
    assert quote.kind == "direct"
    assert "Absolutely" in quote.text
    assert quote.speaker is not None and quote.speaker.name.endswith("Varga")


def test_quoted_clause_wins_over_a_clause_after_the_cue(pipeline: Pipeline) -> None:
    text = ("\"You should step down and you should give the money back,\" Senator Ilse Marek told "
            "Pell, after he admitted he had not been held accountable.")
    quote = only(quotes_of(pipeline, text), "step down")
    assert quote.kind == "direct"
    assert quote.speaker.name == "Ilse Marek"


def test_circumstances_of_the_cue_do_not_split_a_statement(pipeline: Pipeline) -> None:
    text = ("\"The unfairness of the fee is unbelievable,\" Dorn Palik said at a rally this week. "
            "\"It is something I have been talking about for a long time. Believe me.\"")
    quote = only(quotes_of(pipeline, text), "unfairness")
    assert "Believe me" in quote.text
    assert quote.speaker.name == "Dorn Palik"


def test_a_statement_by_a_quoting_verb_ends_with_its_quote(pipeline: Pipeline) -> None:
    text = "Governor Tomas Ferro blasted the budget as a \"disgrace\" on Wednesday in Lyon."
    quote = only(quotes_of(pipeline, text), "disgrace")
    assert quote.text.endswith("\"disgrace\"")
    assert quote.speaker.name == "Tomas Ferro"


def test_pronoun_after_a_speaker_of_the_same_paragraph(pipeline: Pipeline) -> None:
    text = ("Senator Ilse Marek questioned John Pell, and he admitted he had not read the memo.\n\n"
            "\"This is not right,\" Senator Marek said. \"You squeezed the staff to the breaking point\" "
            "to raise the share price, she said.")
    quote = only(quotes_of(pipeline, text), "squeezed")
    assert quote.speaker is not None and quote.speaker.name == "Ilse Marek"


def test_short_quote_closed_by_its_own_mark_before_the_cue(pipeline: Pipeline) -> None:
    text = ("Maria Lund watched the speech at home.\n\n"
            "\"You winning?\" she said, but her husband was asleep.")
    quote = only(quotes_of(pipeline, text), "winning")
    assert quote.kind == "direct"
    assert quote.text == "You winning?"
    assert quote.speaker.name == "Maria Lund"


def test_cue_whose_object_holds_the_quote(pipeline: Pipeline) -> None:
    text = "Governor Tomas Ferro described the budget as a \"disgrace\" on Wednesday."
    quote = only(quotes_of(pipeline, text), "disgrace")
    assert quote.speaker.name == "Tomas Ferro"
    assert quote.cue.text == "described"


def test_yelled_quote(pipeline: Pipeline) -> None:
    text = ("Officers surrounded the car of Dana Welk on Friday.\n\n"
            "\"Did you see that? He better not be hurt,\" Welk shouted.")
    quote = only(quotes_of(pipeline, text), "hurt")
    assert quote.kind == "direct"
    assert quote.speaker.name == "Dana Welk"


def test_transcript_lines_are_quotes_of_their_speaker(pipeline: Pipeline) -> None:
    text = ("Anchor Paul Wendt interviewed Governor Maria Lund on Sunday.\n\n"
            "\"WENDT: Will you run again next year, governor, or will you step aside?\n\n"
            "\"LUND: Well, look, I have not made up my mind about that yet.")
    quotes = quotes_of(pipeline, text)
    question = only(quotes, "run again")
    assert question.kind == "direct"
    assert question.text == "Will you run again next year, governor, or will you step aside?"
    assert question.speaker.name == "Paul Wendt"
    answer = only(quotes, "made up my mind")
    assert answer.text.startswith("Well, look")
    assert answer.speaker.name == "Maria Lund"


def test_a_heading_in_capitals_is_no_transcript_line(pipeline: Pipeline) -> None:
    text = ("Paul Wendt met the press.\n\n"
            "CORRECTION: An earlier version of this story misstated the date of the meeting.")
    assert not [q for q in quotes_of(pipeline, text) if "misstated" in q.text]


def test_it_goes_to_the_body_named_before(pipeline: Pipeline) -> None:
    text = ("The Harlow Institute published a long report on Monday.\n\n"
            "It said the new tax would \"hurt small firms across the whole country.\"")
    quote = only(quotes_of(pipeline, text), "small firms")
    assert quote.speaker.mention.text == "It"
    assert "Harlow Institute" in quote.speaker.name


def test_sentences_never_run_across_paragraphs(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Budget talks collapse in Lyon\n\nThe talks collapsed on Monday, officials said.")
    starts = [token.text for token in doc if token.is_sent_start]
    assert "The" in starts
