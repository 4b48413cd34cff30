"""Stance of a text towards a claim: agree, disagree, discuss or unrelated.

A classifier trained in the repository on FNC-1 (headline/body pairs; see
:mod:`storyline.stance.train`), whose weights ship in the package as plain arrays::

    from storyline.stance import classify
    classify("Russia rejects European troops in Ukraine", body).label   # "disagree", ...

The headline is the claim, the body the text that stands towards it.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.stance.model import LABELS, StanceModel, StanceModelError, StancePrediction, shipped_model

__all__ = ["LABELS", "StanceModel", "StanceModelError", "StancePrediction", "classify", "classify_batch"]


def classify(headline: str, body: str) -> StancePrediction:
    """How ``body`` stands towards the claim ``headline``."""
    return shipped_model().classify_batch([(headline, body)])[0]


def classify_batch(pairs: Iterable[tuple[str, str]]) -> list[StancePrediction]:
    """:func:`classify` over (headline, body) pairs; each distinct text is read once."""
    return shipped_model().classify_batch(pairs)
