"""Across articles: entity merging and the other corpus-level views of a story."""

from storyline.corpus.corpus import Corpus, UnknownIdError, open_corpus
from storyline.corpus.entities import CorpusEntity
from storyline.corpus.quantities import QuantityRow
from storyline.corpus.statements import Statement
from storyline.corpus.timeline import TimelineEntry

__all__ = ["Corpus", "CorpusEntity", "QuantityRow", "Statement", "TimelineEntry", "UnknownIdError", "open_corpus"]
