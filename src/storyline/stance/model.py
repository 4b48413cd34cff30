"""The shipped stance model: a featurizer and a tree ensemble, both plain arrays in one
``.npz`` file next to this module (written by :mod:`storyline.stance.train`).

The file is read with ``allow_pickle=False``: it holds numbers and strings only, so loading
it runs no code. Inference needs numpy alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from storyline.errors import StorylineError
from storyline.stance.features import Featurizer
from storyline.stance.forest import ARRAYS, Forest

LABELS = ("agree", "disagree", "discuss", "unrelated")
WEIGHTS = Path(__file__).resolve().parent / "weights.npz"


class StanceModelError(StorylineError):
    """The stance weights file is missing or does not match this version of the code."""


@dataclass(frozen=True)
class StancePrediction:
    """How a body stands towards a headline (a claim): the likeliest label and every label's
    probability. ``related`` is the chance that the body is about the claim at all."""

    label: str
    probabilities: dict[str, float]

    @property
    def related(self) -> float:
        return 1.0 - self.probabilities["unrelated"]

    def to_record(self) -> dict[str, object]:
        return {"label": self.label, "probabilities": dict(self.probabilities)}


class StanceModel:
    def __init__(self, featurizer: Featurizer, forest: Forest, meta: dict[str, object]) -> None:
        if forest.classes != len(LABELS):
            raise StanceModelError(f"the forest has {forest.classes} classes, expected {len(LABELS)}")
        self.featurizer = featurizer
        self.forest = forest
        self.meta = meta

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> StanceModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {name: data[name] for name in data.files}
        except FileNotFoundError:
            raise StanceModelError(f"{path}: no stance weights (run scripts/train_stance.py)") from None
        except (OSError, ValueError) as error:
            raise StanceModelError(f"{path}: cannot read the stance weights ({error})") from None
        missing = [name for name in ("terms", "idf", "projection", "names", "meta", *ARRAYS) if name not in arrays]
        if missing:
            raise StanceModelError(f"{path}: the weights lack {', '.join(missing)}")
        featurizer = Featurizer(arrays["terms"].tolist(), arrays["idf"], arrays["projection"])
        if featurizer.names != arrays["names"].tolist():
            raise StanceModelError(f"{path}: the weights were trained on other features; retrain them "
                                   "(scripts/train_stance.py)")
        forest = Forest({name: arrays[name] for name in ARRAYS})
        return cls(featurizer, forest, json.loads(str(arrays["meta"])))

    def probabilities(self, pairs: Iterable[tuple[str, str]]) -> np.ndarray:
        """One row of label probabilities (in :data:`LABELS` order) per (headline, body) pair."""
        rows = self.featurizer.rows(pairs)
        if not len(rows):
            return np.zeros((0, len(LABELS)))
        return self.forest.predict_proba(rows)

    def classify_batch(self, pairs: Iterable[tuple[str, str]]) -> list[StancePrediction]:
        return [_prediction(row) for row in self.probabilities(pairs)]


def _prediction(row: np.ndarray) -> StancePrediction:
    return StancePrediction(LABELS[int(np.argmax(row))],
                            {label: float(value) for label, value in zip(LABELS, row)})


@lru_cache(maxsize=1)
def shipped_model() -> StanceModel:
    """The model whose weights ship in the package, loaded once."""
    return StanceModel.load(WEIGHTS)
