"""The shipped stance model, the tree ensemble read from plain arrays, and the held-out split."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.stance import LABELS, StanceModel, StanceModelError, classify, classify_batch
from storyline.stance.forest import Forest, export
from storyline.stance.model import WEIGHTS, shipped_model
from storyline.stance.split import held_out
from storyline.stance.text import sentences, stem, words

CLAIM = "Man survives three days trapped under collapsed bridge"
CONFIRMS = ("A man survived three days trapped under a collapsed bridge before rescuers pulled him out alive "
            "on Friday, fire officials confirmed. The 42-year-old was found under the bridge, which collapsed "
            "during a storm. Officials confirmed he had been trapped under the collapsed bridge since Tuesday.")
REPORTS = ("A man may have survived three days trapped under a collapsed bridge, according to unconfirmed "
           "reports. Local media claimed that rescuers pulled him out alive, but officials have not confirmed "
           "the account. It is unclear how long he was trapped under the bridge, reports said.")
ELSEWHERE = ("The city council approved a new budget for public libraries on Monday. The plan adds funding "
             "for evening opening hours and for new children's books.")


def test_the_shipped_model_reads_obvious_pairs() -> None:
    assert classify(CLAIM, CONFIRMS).label == "agree"
    assert classify(CLAIM, REPORTS).label == "discuss"
    unrelated = classify(CLAIM, ELSEWHERE)
    assert unrelated.label == "unrelated"
    assert unrelated.related < 0.1
    assert unrelated.to_record()["label"] == "unrelated"


def test_a_refuting_body_leans_further_to_disagree_than_a_confirming_one() -> None:
    refutes = ("Reports that a man survived three days trapped under a collapsed bridge are false, officials "
               "said. The story is a hoax: officials denied that anyone had been trapped under the bridge, and "
               "said the photo that was shared was fake.")
    assert classify(CLAIM, refutes).probabilities["disagree"] > classify(CLAIM, CONFIRMS).probabilities["disagree"]


def test_batch_equals_one_by_one_and_probabilities_sum_to_one() -> None:
    pairs = [(CLAIM, CONFIRMS), (CLAIM, ELSEWHERE), (CLAIM, REPORTS), (CLAIM, CONFIRMS)]
    batch = classify_batch(pairs)
    assert [p.label for p in batch] == [classify(*pair).label for pair in pairs]
    for prediction in batch:
        assert list(prediction.probabilities) == list(LABELS)
        assert sum(prediction.probabilities.values()) == pytest.approx(1.0)
    assert classify_batch([]) == []


def test_the_weights_are_plain_arrays_of_a_few_megabytes() -> None:
    assert WEIGHTS.stat().st_size < 4_000_000
    with np.load(WEIGHTS, allow_pickle=False) as data:
        assert all(data[name].dtype != object for name in data.files)
    assert shipped_model().meta["seed"]


def test_a_missing_or_foreign_weights_file_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StanceModelError, match="no stance weights"):
        StanceModel.load(tmp_path / "none.npz")
    np.savez(tmp_path / "other.npz", terms=np.array(["a"]))
    with pytest.raises(StanceModelError, match="the weights lack idf"):
        StanceModel.load(tmp_path / "other.npz")


def test_the_exported_forest_predicts_what_scikit_learn_predicts() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(600, 5)).astype(np.float32)
    y = (X[:, 0] > 0).astype(int) + 2 * (X[:, 1] + X[:, 2] > 0.5).astype(int)
    model = HistGradientBoostingClassifier(max_iter=20, random_state=0).fit(X, y)
    test = rng.normal(size=(200, 5)).astype(np.float32)
    np.testing.assert_allclose(Forest(export(model)).predict_proba(test), model.predict_proba(test), atol=1e-5)


def test_the_split_is_by_body_id_and_deterministic() -> None:
    chosen = [body for body in range(5000) if held_out(body)]
    assert chosen == [body for body in range(5000) if held_out(body)]
    assert 0.18 < len(chosen) / 5000 < 0.22
    assert held_out(3) and not held_out(1) and not held_out(2)  # as tests/data/stance relies on
    assert [body for body in range(5000) if held_out(body, seed="other")] != chosen


def test_text_helpers() -> None:
    assert words("It didn't happen, O'Brien said") == ["it", "did", "not", "happen", "o", "brien", "said"]
    assert {stem(w) for w in ("denies", "denied", "deny")} == {"deny"}
    assert stem("reports") == stem("reported") == "report"
    assert sentences("One thing. Two things!\n\n\"Three,\" he said.") == ["One thing.", "Two things!", "\"Three,\" he said."]
