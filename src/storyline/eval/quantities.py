"""The seed quantity gold (``seed-quantities.jsonl``): is every gold quantity found?

A gold line names its article (``doc``), its words (``text``), its ``value`` and, where
it gives one, its ``unit``. It is found when a predicted quantity overlaps those words
in the article's text, has a value within ``VALUE_TOLERANCE`` of the gold one and, when
the gold gives a unit, the same unit. The gold is not exhaustive, so this is recall only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Relative difference allowed between a found value and the gold one (the 0.5%).
VALUE_TOLERANCE = 0.005


@dataclass(slots=True)
class GoldQuantity:
    doc: str
    text: str
    value: float
    unit: str | None


@dataclass(slots=True)
class Recall:
    found: int = 0
    total: int = 0
    missed: list[GoldQuantity] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0


def read_gold(path: Path) -> list[GoldQuantity]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [GoldQuantity(row["doc"], row["text"], float(row["value"]), row.get("unit"))
            for row in map(json.loads, filter(str.strip, lines))]


def value_matches(found: float | None, gold: float) -> bool:
    if found is None:
        return False
    return abs(found - gold) <= VALUE_TOLERANCE * max(abs(gold), 1e-9)


def is_found(gold: GoldQuantity, text: str, quantities: Iterable[Mapping[str, Any]]) -> bool:
    """Whether one of ``quantities`` (record dicts of the article) matches ``gold``."""
    candidates = list(quantities)
    start = text.find(gold.text)
    while start != -1:
        end = start + len(gold.text)
        for quantity in candidates:
            overlaps = quantity["start"] < end and start < quantity["end"]
            if overlaps and value_matches(quantity.get("value"), gold.value) \
                    and (gold.unit is None or quantity.get("unit") == gold.unit):
                return True
        start = text.find(gold.text, start + 1)
    return False


def recall(gold: Iterable[GoldQuantity], records: Mapping[str, Mapping[str, Any]]) -> Recall:
    """Recall of ``gold`` over article records keyed by their ``doc``."""
    result = Recall()
    for item in gold:
        result.total += 1
        record = records.get(item.doc)
        if record is not None and is_found(item, record["text"], record["quantities"]):
            result.found += 1
        else:
            result.missed.append(item)
    return result
