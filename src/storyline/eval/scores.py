"""The precision/recall/F1 arithmetic shared by the scorers.

Both give 0.0 instead of dividing by zero: an empty set of predictions or gold scores
nothing rather than failing the whole report.
"""

from __future__ import annotations


def ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when ``whole`` is zero."""
    return part / whole if whole else 0.0


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall``; 0.0 when both are zero."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
