"""Scoring quotes against the seed gold (``seed-quotes.jsonl``), by the rules of issue 3.

A prediction matches a gold quote when at least 60% of the gold text's words are in it
and at least 30% of its words are in the gold text, one to one; it is correct when one
of the gold ``match`` keys is in the lower-cased speaker name. Precision counts every
prediction except those matched to an ``optional`` gold; recall counts the others.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvalDataError
from storyline.eval.scores import f1_score, ratio

_WORD = re.compile(r"\w+")
GOLD_COVERED = 0.6
PREDICTION_COVERED = 0.3


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted statement: its text, the speaker's name and the words naming them."""

    doc: str
    text: str
    speaker: str | None
    mention: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    predicted: int
    counted: int  # predictions that count for precision
    right: int  # counted predictions matched with the right speaker
    gold: int  # gold that counts for recall
    found: int  # of those, matched with the right speaker
    matched: int  # gold (non-optional) matched whatever the speaker

    @property
    def precision(self) -> float:
        return ratio(self.right, self.counted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.found, self.matched)


def words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def covered(part: Counter[str], whole: Counter[str]) -> float:
    """The share of ``part``'s words (with repeats) that are in ``whole``."""
    return ratio(sum((part & whole).values()), sum(part.values()))


def text_matches(gold: Counter[str], predicted: Counter[str], gold_share: float,
                 predicted_share: float) -> bool:
    return covered(gold, predicted) >= gold_share and covered(predicted, gold) >= predicted_share


def read_gold(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        gold = [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as error:
        raise EvalDataError(f"{path}: cannot read the quote gold ({error})") from None
    for number, item in enumerate(gold, 1):
        if not {"doc", "text", "match"} <= set(item):
            raise EvalDataError(f"{path}:{number}: a gold quote needs doc, text and match")
    return gold


def speaker_right(gold: dict[str, Any], predicted: Predicted) -> bool:
    name = (predicted.speaker or "").lower()
    return bool(name) and any(key.lower() in name for key in gold["match"])


def one_to_one(n_gold: int, n_predicted: int, matches: Callable[[int, int], bool],
               right: Callable[[int, int], bool]) -> dict[int, int]:
    """Gold index -> prediction index, one to one, pairs with the right speaker first."""
    pairs = sorted((not right(g, p), g, p) for g in range(n_gold) for p in range(n_predicted)
                   if matches(g, p))
    pairing: dict[int, int] = {}
    used: set[int] = set()
    for _, g_index, p_index in pairs:
        if g_index not in pairing and p_index not in used:
            pairing[g_index] = p_index
            used.add(p_index)
    return pairing


def score_seeds(gold: list[dict[str, Any]], predicted: Iterable[Predicted]) -> Score:
    """Scores over all documents of the gold (predictions for other documents are ignored)."""
    by_doc: dict[str, list[Predicted]] = {}
    for prediction in predicted:
        by_doc.setdefault(prediction.doc, []).append(prediction)
    totals = Counter()
    for doc in sorted({item["doc"] for item in gold}):
        doc_gold = [item for item in gold if item["doc"] == doc]
        doc_predicted = by_doc.get(doc, [])
        gold_words = [words(item["text"]) for item in doc_gold]
        predicted_words = [words(p.text) for p in doc_predicted]

        pairing = one_to_one(
            len(doc_gold), len(doc_predicted),
            lambda g, p: text_matches(gold_words[g], predicted_words[p], GOLD_COVERED,
                                      PREDICTION_COVERED),
            lambda g, p: speaker_right(doc_gold[g], doc_predicted[p]))
        optional_predictions = {p for g, p in pairing.items() if doc_gold[g].get("optional")}
        totals["predicted"] += len(doc_predicted)
        totals["counted"] += len(doc_predicted) - len(optional_predictions)
        for g_index, item in enumerate(doc_gold):
            if item.get("optional"):
                continue
            totals["gold"] += 1
            if g_index in pairing:
                totals["matched"] += 1
                if speaker_right(item, doc_predicted[pairing[g_index]]):
                    totals["found"] += 1
                    totals["right"] += 1
    return Score(totals["predicted"], totals["counted"], totals["right"], totals["gold"],
                 totals["found"], totals["matched"])
