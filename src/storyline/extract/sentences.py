"""Which sentence a character offset lies in, for extractors that record each finding's
sentence: one pass over ``doc.sents`` per article, kept on the Doc, instead of spaCy's
``Span.sent`` / ``Token.sent``, which walk the tokens back to the sentence start on every
call (most of the time the quantity extractor spent outside its grammar)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

_KEY = "storyline.sentences"


class SentenceIndex:
    """The sentences of a parsed Doc as character extents."""

    def __init__(self, doc: Doc) -> None:
        sentences = list(doc.sents)
        self.starts = [sentence.start_char for sentence in sentences]
        self.ends = [sentence.end_char for sentence in sentences]
        self.text = doc.text

    @classmethod
    def of(cls, doc: Doc) -> SentenceIndex:
        """The index of ``doc``, built on first use and kept in its ``user_data``."""
        index = doc.user_data.get(_KEY)
        if index is None:
            index = doc.user_data[_KEY] = cls(doc)
        return index

    def extent(self, char: int) -> tuple[int, int]:
        """(start, end) of the sentence that holds the character at ``char`` (for a span,
        its first character: the sentence ``Span.sent`` gives)."""
        here = max(0, bisect_right(self.starts, char) - 1)
        return self.starts[here], self.ends[here]

    def trimmed_extent(self, char: int) -> tuple[int, int]:
        """As ``extent``, without the sentence's trailing white space."""
        start, end = self.extent(char)
        return start, start + len(self.text[start:end].rstrip())
