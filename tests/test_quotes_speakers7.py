"""Round 7 of speaker rules (issue 15): mechanisms from unseen news, tested on new sentences."""

from __future__ import annotations

from conftest import quotes_of, speaker_name


# A person's name keeps the part joined to it by a hyphen, in the name and in the mention.
def test_hyphenated_given_name_kept(pipeline):
    text = ("ROK deputy envoy Lee Ho-jin said in Seoul on Friday evening that the next round "
            "would test the patience of every side.")
    quote, = quotes_of(pipeline, text)
    assert speaker_name(quote) == "Lee Ho-jin"
    assert quote.speaker.mention.text.endswith("Lee Ho-jin")


def test_hyphenated_name_kept_for_later_surname(pipeline):
    text = ("Chief delegate Park Sung-hee said in Geneva on Tuesday that the deal was within reach. "
            "\"We are closer than ever,\" Park told reporters.")
    quotes = quotes_of(pipeline, text)
    assert [speaker_name(q) for q in quotes] == ["Park Sung-hee", "Park Sung-hee"]


# A bracketed note to editors after a name ("(Eds: one name)") is no part of the source.
def test_editors_note_left_out_of_the_source(pipeline):
    text = ("\"The road was blocked for hours,\" the head of the farmers' group Wiryanto (Eds: one name) "
            "said by telephone on Sunday.")
    quote, = quotes_of(pipeline, text)
    assert "Eds" not in quote.speaker.mention.text
    assert "Eds" not in speaker_name(quote)
    assert quote.speaker.mention.text.endswith("Wiryanto")
