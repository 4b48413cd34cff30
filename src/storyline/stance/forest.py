"""A multi-class gradient-boosted tree ensemble evaluated from plain arrays.

Training uses scikit-learn's HistGradientBoostingClassifier; :func:`export` turns the fitted
model into a handful of numpy arrays (every node of every tree, one flat table) and
:class:`Forest` evaluates them with numpy alone. So the shipped weights are data, not
pickled code, and inference needs neither scikit-learn nor pickle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

ARRAYS = ("feature", "threshold", "left", "right", "value", "leaf", "roots", "baseline")


class Forest:
    """``roots[i, k]`` is the first node of the tree of boosting iteration ``i`` for class ``k``;
    an inner node sends a sample left when ``x[feature] <= threshold``; a leaf adds ``value``
    to its class's raw score, which starts at ``baseline``; softmax gives probabilities."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.feature = np.asarray(arrays["feature"], dtype=np.intp)
        self.threshold = np.asarray(arrays["threshold"], dtype=np.float64)
        self.left = np.asarray(arrays["left"], dtype=np.intp)
        self.right = np.asarray(arrays["right"], dtype=np.intp)
        self.value = np.asarray(arrays["value"], dtype=np.float64)
        self.leaf = np.asarray(arrays["leaf"], dtype=bool)
        self.roots = np.asarray(arrays["roots"], dtype=np.intp)
        self.baseline = np.asarray(arrays["baseline"], dtype=np.float64)

    @property
    def classes(self) -> int:
        return self.roots.shape[1]

    def raw(self, X: np.ndarray) -> np.ndarray:
        """Raw scores, one column per class."""
        X = np.asarray(X, dtype=np.float64)
        samples = np.arange(len(X))[:, None]
        node = np.broadcast_to(self.roots.reshape(1, -1), (len(X), self.roots.size)).copy()
        while True:
            inner = ~self.leaf[node]
            if not inner.any():
                break
            go_left = X[samples, self.feature[node]] <= self.threshold[node]
            step = np.where(go_left, self.left[node], self.right[node])
            node = np.where(inner, step, node)
        per_tree = self.value[node].reshape(len(X), *self.roots.shape)
        return self.baseline + per_tree.sum(axis=1)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        raw = self.raw(X)
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        return exp / exp.sum(axis=1, keepdims=True)


def export(model: Any) -> dict[str, np.ndarray]:
    """The arrays of a fitted multi-class ``HistGradientBoostingClassifier`` (numeric features,
    no missing values at training time)."""
    feature, threshold, left, right, value, leaf = [], [], [], [], [], []
    roots = np.zeros((len(model._predictors), len(model._predictors[0])), dtype=np.int32)
    offset = 0
    for i, trees in enumerate(model._predictors):
        for k, tree in enumerate(trees):
            nodes = tree.nodes
            roots[i, k] = offset
            feature.append(nodes["feature_idx"].astype(np.int32))
            threshold.append(nodes["num_threshold"].astype(np.float64))
            left.append((nodes["left"] + offset).astype(np.int32))
            right.append((nodes["right"] + offset).astype(np.int32))
            value.append(nodes["value"].astype(np.float64))
            leaf.append(nodes["is_leaf"].astype(bool))
            offset += len(nodes)
    return {
        "feature": np.concatenate(feature).astype(np.int16),
        "threshold": np.concatenate(threshold),
        "left": np.concatenate(left),
        "right": np.concatenate(right),
        "value": np.concatenate(value).astype(np.float32),
        "leaf": np.concatenate(leaf),
        "roots": roots,
        "baseline": np.asarray(model._baseline_prediction, dtype=np.float64).reshape(-1),
    }
