"""Quote rules from the sixth news sample's errors (issue 15), each tested on new sentences
of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import quotes_of
from storyline.pipeline import Pipeline


def _said(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(pipeline, text)]


def test_a_claim_goes_on_past_the_closing_mark_of_its_quoted_phrase(pipeline: Pipeline) -> None:
    # the parse splits the clause at the closing mark: the rest is the same claim
    assert ('it was "high time" the wall was rebuilt by a "team that knows the sea"', "Varga") in _said(
        pipeline, 'Ms Varga criticised the council for ignoring the "slow disaster" of the harbour wall, '
        'saying it was "high time" the wall was rebuilt by a "team that knows the sea".')
    # the noun the quoted words modify
    assert _said(pipeline, 'The opposition called it a "spend now, pay later" plan.') == [
        ('it a "spend now, pay later" plan', "The opposition")]
    # a contrast that goes with the quoted phrase
    assert _said(pipeline, 'Green Party leader Ann Roe attacked the plans for students saying they needed '
                 '"lower rents and the right to work while they study," not "cheaper bus passes".') == [
        ('they needed "lower rents and the right to work while they study," not "cheaper bus passes"',
         "Ann Roe")]
