"""Times: TIMEX3 time expressions resolved against the publication date (the statement_dates
extractor then dates each quote from them)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from storyline.extract.timex import tag
from storyline.model import Article

# The tagger reads tags and the parse (tense of a clause), lemmas (a planning verb: "planned
# to leave on Thursday"), and NER to trust a bare year.
REQUIRES = frozenset({"tagger", "parser", "ner", "lemmatizer"})


def extract_times(doc: Doc, article: Article) -> None:
    """Fill ``article.times`` and each caption's times. Captions are not parsed (no tense);
    their times stay out of the statements."""
    anchor = date.fromisoformat(article.published) if article.published else None
    article.times = tag(article.text, doc, anchor)
    for caption in article.captions:
        caption.times = tag(caption.text, None, anchor)
