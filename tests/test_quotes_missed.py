"""Statements the eighth to eleventh news samples' readers marked missed (issue 15), each
rule tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


# -- quotes that go on with the last speaker's words ----------------------------------------


def test_quote_paragraphs_run_together_continue_the_last_speaker(pipeline: Pipeline) -> None:
    # the first paragraph's quote left open, the next one's opening mark on the same line
    text = ("The mayor spoke after the vote. “We have waited long enough for this bridge,” Mayor Ida Bell said.\n\n"
            "“Every crew in the city will be working on it by the spring. “Nobody should expect the "
            "traffic to get better before then.” The council meets again on Monday.")
    quote = only(quotes_of(pipeline, text), "Every crew")
    assert quote.speaker.name == "Ida Bell"
    assert quote.text.endswith("before then.")
    # a quote left open at the end of its paragraph, with nothing after it, still goes by the marks
    assert len(quotes_of(pipeline, text)) == 2


def test_a_quote_after_the_rest_of_the_statement_sentence_continues_it(pipeline: Pipeline) -> None:
    text = ("Ann Roe said she owed a great deal to the rescue crews -- “the divers and the pilots” -- who "
            "pulled her from the water. “They are the bravest people I know.”")
    quote = only(quotes_of(pipeline, text), "bravest")
    assert quote.text == "They are the bravest people I know."
    assert quote.speaker.name == "Ann Roe"
    # the quote right after the attribution is joined to the statement, not a second one
    text = "“The season is over for us,” Coach Ben Tull said. “We will be back next year.”"
    (quote,) = quotes_of(pipeline, text)
    assert quote.speaker.name == "Ben Tull"
