"""Storyline: news articles about a developing story -> a sourced, structured record.

The public names below are imported on first use (PEP 562), so that a module of the
package (a pipeline worker process imports ``storyline.pipeline`` alone) does not pay for
the store, the corpus layer and their libraries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> (module, attribute in it).
_EXPORTS = {
    "InputError": ("storyline.errors", "InputError"),
    "ModelNotFoundError": ("storyline.errors", "ModelNotFoundError"),
    "StoreError": ("storyline.errors", "StoreError"),
    "StorylineError": ("storyline.errors", "StorylineError"),
    "Article": ("storyline.model", "Article"),
    "Caption": ("storyline.model", "Caption"),
    "Entity": ("storyline.model", "Entity"),
    "Quantity": ("storyline.model", "Quantity"),
    "Quote": ("storyline.model", "Quote"),
    "RawDocument": ("storyline.model", "RawDocument"),
    "Span": ("storyline.model", "Span"),
    "Speaker": ("storyline.model", "Speaker"),
    "TimeExpression": ("storyline.model", "TimeExpression"),
    "Pipeline": ("storyline.pipeline", "Pipeline"),
    "Store": ("storyline.store", "Store"),
    "Corpus": ("storyline.corpus", "Corpus"),
    "open": ("storyline.corpus", "open_corpus"),  # storyline.open(db)
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:
    from storyline.corpus import Corpus, open_corpus as open  # noqa: A001
    from storyline.errors import InputError, ModelNotFoundError, StoreError, StorylineError
    from storyline.model import (
        Article, Caption, Entity, Quantity, Quote, RawDocument, Span, Speaker, TimeExpression,
    )
    from storyline.pipeline import Pipeline
    from storyline.store import Store


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
