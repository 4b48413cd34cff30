"""Storyline: news articles about a developing story -> a sourced, structured record."""

from storyline.errors import InputError, ModelNotFoundError, StoreError, StorylineError
from storyline.model import (
    Article, Caption, Entity, Quantity, Quote, RawDocument, Span, Speaker, TimeExpression,
)
from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.corpus import Corpus, open_corpus as open  # noqa: A001 (storyline.open(db))

__version__ = "0.1.0"

__all__ = [
    "Article", "Caption", "Entity", "InputError", "ModelNotFoundError", "Pipeline", "Quantity", "Quote",
    "RawDocument", "Span", "Speaker", "Store", "StoreError", "StorylineError", "TimeExpression",
    "__version__",
    "Corpus", "open",
]
