"""Statement spans on unseen news (issue 15, round 7 of span errors): a participle of saying
fronted before a later cue is no part of the claim, and a quote whose closing mark the source
left out ends before the writer's next sentence reporting a named person. New sentences of
the same kind, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quote_texts
from storyline.extract.quotes.marks import find_quoted
from storyline.pipeline import Pipeline


@pytest.mark.parametrize("text, said", [
    ("Stressing that electoral disputes should be settled only through legal procedures, the council urged "
     "the parties not to challenge the outcome of the polls by force.",
     "electoral disputes should be settled only through legal procedures"),
    ("Arguing that the new stadium should be paid for only by private money, the mayor urged councillors "
     "not to approve the loan.",
     "the new stadium should be paid for only by private money"),
    ("Warning that the river could burst its banks within hours, the agency told residents to leave.",
     "the river could burst its banks within hours"),
])
def test_a_fronted_participle_of_saying_stays_out_of_the_claim(pipeline: Pipeline, text: str,
                                                               said: str) -> None:
    texts = quote_texts(pipeline, text)
    assert said in texts, texts
    assert not any(t.split()[0] in ("Stressing", "Arguing", "Warning") for t in texts), texts


@pytest.mark.parametrize("text, ends, narration", [
    ('Smith was upbeat. "For us, we have won two of two this month," he said. "If we lose we will look '
     'back with regrets. Smith also revealed that the squad had sent the rowing team a message. "We signed '
     'a card for them today," said Smith.',
     "we will look back with regrets.", "the squad had sent the rowing team a message"),
    ('The coach was calm. "We are ready," she said. "If we lose we will learn from it. Jones also said '
     'that the club had sold out its ticket allocation for the final. "The fans will be loud," said Jones.',
     "we will learn from it.", "the club had sold out its ticket allocation for the final"),
])
def test_an_unclosed_quote_ends_before_the_writers_report(pipeline: Pipeline, text: str, ends: str,
                                                          narration: str) -> None:
    texts = quote_texts(pipeline, text)
    quoted = [t for t in texts if ends in t]
    assert quoted and all(t.endswith(ends) for t in quoted), texts
    assert narration in texts, texts


@pytest.mark.parametrize("text, kept", [
    ('"We were poor today. He said that we would improve, and we did not. "I am sorry," she said.',
     "He said that we would improve"),
    ('"The board met at noon. They told that to the press. "It is over," he said.', "They told that"),
])
def test_an_unclosed_quote_naming_people_as_he_or_they_runs_to_the_next_mark(text: str, kept: str) -> None:
    first = find_quoted(text)[0]
    assert kept in text[first.inner_start:first.inner_end]
    assert not first.balanced
