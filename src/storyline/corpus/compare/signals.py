"""The stance classifier (`storyline.stance.classify(headline, body)`, trained on FNC-1) as a
second signal next to the rules of `stance.py`: asked only about statements the rules leave
neutral, it turns them to support (`agree`) or oppose (`disagree`) when it is confident.
Where the classifier is not there (or its weights are missing: `StanceModelError`) the rules
decide alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from storyline.corpus.compare.stance import StanceReading
from storyline.errors import StorylineError

# The classifier's probability for agree / disagree above which it overrides "neutral" (FNC's
# agree says a text holds the claim true, a weaker thing than support: only when confident).
CONFIDENT = 0.75
_LABELS = {"agree": "support", "disagree": "oppose"}


@lru_cache(maxsize=1)
def classifier() -> Callable[[str, str], StanceReading | None] | None:
    try:
        from storyline.stance import classify  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        classify("a claim", "a text")  # loads the weights once; missing ones leave the rules alone
    except (StorylineError, OSError, ValueError):
        return None

    def read(proposition: str, text: str) -> StanceReading | None:
        try:
            prediction = classify(proposition, text)
        except (StorylineError, OSError, ValueError):
            return None
        label = getattr(prediction, "label", None)
        probabilities = getattr(prediction, "probabilities", None) or {}
        stance = _LABELS.get(label or "")
        if stance is None or probabilities.get(label, 0.0) < CONFIDENT:
            return None
        return StanceReading(stance, f"classifier:{label}", 1.0 if stance == "support" else -1.0)  # type: ignore[arg-type]

    return read
