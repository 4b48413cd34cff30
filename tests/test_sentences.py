"""extract.sentences: the sentence of an offset, the same as spaCy's Token.sent / Span.sent."""

from __future__ import annotations

from storyline.extract.sentences import SentenceIndex
from storyline.nlp import load_model

TEXT = ("The council met on Tuesday.  It voted 7-2 to raise the levy by 3%.\n\n"
        "Residents were not told. \"We found out from the paper,\" one said.   ")


def test_every_token_and_span_gets_spacys_sentence() -> None:
    doc = load_model()(TEXT)
    index = SentenceIndex.of(doc)
    assert SentenceIndex.of(doc) is index  # built once per Doc
    assert len(index.starts) >= 3
    for token in doc:
        assert index.extent(token.idx) == (token.sent.start_char, token.sent.end_char)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            span = doc[start:end]
            sentence = span.sent
            assert index.trimmed_extent(span.start_char) == (
                sentence.start_char, sentence.start_char + len(sentence.text.rstrip()))
