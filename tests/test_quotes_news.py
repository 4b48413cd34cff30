"""Quote rules of issue 15 (news the rules were not tuned on), each from new sentences of
the kind the issue lists, through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_direct_quote_split_by_its_attribution_keeps_its_parts(pipeline: Pipeline) -> None:
    text = ("The harbour reopened on Friday.\n\n"
            "“We lost three boats in one night,” Ms. Okafor said. “Nobody here has seen a storm like it.”")
    quote = only(quotes_of(pipeline, text), "three boats")
    assert quote.kind == "direct" and quote.speaker is not None and quote.speaker.name == "Okafor"
    assert quote.parts is not None
    assert [part.text for part in quote.parts] == [
        "We lost three boats in one night,", "Nobody here has seen a storm like it."]
    assert quote.quoted == "We lost three boats in one night, Nobody here has seen a storm like it."
    assert "said" not in quote.quoted
    # The statement's own span still indexes the text, attribution and all.
    assert text[quote.start:quote.end] == quote.text and "Okafor said" in quote.text
    record = quote.parts[1]
    assert text[record.start:record.end] == record.text


def test_a_quote_in_one_piece_has_no_parts(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "“The bridge will stay closed until spring,” the engineer said."),
                 "bridge")
    assert quote.parts is None and quote.quoted is None
