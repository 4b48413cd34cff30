"""FNC-1 stance data (headline/body pairs) and its scoring.

The files are the FNC-1 layout: a bodies CSV (``Body ID,articleBody``, bodies hold newlines
inside quotes) and a stances CSV (``Headline,Body ID`` and, for labelled data, ``Stance``).
The score is the challenge's: +0.25 for a right related/unrelated decision, +0.75 more for
the right agree/disagree/discuss label of a related pair; the relative score divides by the
score of a perfect prediction. Macro-F1 (Hanselowski et al. 2018) is reported beside it
because the FNC score rewards the easy ``unrelated`` class.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import EvalDataError
from storyline.eval.scores import f1_score, ratio

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = frozenset(LABELS[:3])

BODY_COLUMNS = ("Body ID", "articleBody")
STANCE_COLUMNS = ("Headline", "Body ID")


@dataclass(frozen=True)
class Pair:
    """One headline/body pair; ``stance`` is None in unlabelled files."""

    headline: str
    body_id: int
    stance: str | None


def _records(path: Path, required: Sequence[str]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the records of a CSV file, each with the line it starts on (bodies span
    lines); a missing file, an unreadable one or a missing column is a clear error."""
    csv.field_size_limit(sys.maxsize)
    records = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            line = 1
            for row in reader:
                records.append((line, row))
                line = reader.line_num + 1
    except FileNotFoundError:
        raise EvalDataError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise EvalDataError(f"{path}: cannot read it as a UTF-8 CSV file ({error})") from None
    if not records:
        raise EvalDataError(f"{path}: the file is empty (expected a header {', '.join(required)})")
    header = [name.strip().lstrip("\ufeff") for name in records[0][1]]
    missing = [name for name in required if name not in header]
    if missing:
        raise EvalDataError(f"{path}: the header lacks column(s) {', '.join(missing)} (found: {', '.join(header)})")
    for line, row in records[1:]:
        if len(row) != len(header):
            raise EvalDataError(f"{path}: line {line}: {len(row)} fields where the header has {len(header)}")
    return header, records[1:]


def _body_id(value: str, path: Path, line: int) -> int:
    try:
        return int(value)
    except ValueError:
        raise EvalDataError(f"{path}: line {line}: Body ID {value!r} is not an integer") from None


def read_bodies(path: Path) -> dict[int, str]:
    """``{body id: body text}`` from an FNC-1 bodies file."""
    header, records = _records(path, BODY_COLUMNS)
    id_column, text_column = header.index("Body ID"), header.index("articleBody")
    bodies: dict[int, str] = {}
    for line, row in records:
        body_id = _body_id(row[id_column], path, line)
        if body_id in bodies:
            raise EvalDataError(f"{path}: line {line}: Body ID {body_id} appears twice")
        bodies[body_id] = row[text_column]
    return bodies


def read_stances(path: Path, bodies: dict[int, str] | None = None, *, labelled: bool = True) -> list[Pair]:
    """The pairs of an FNC-1 stances file, in file order (the same pair may occur twice).

    With ``bodies``, every Body ID must be one of them; with ``labelled``, every row needs a
    Stance among :data:`LABELS`.
    """
    header, records = _records(path, STANCE_COLUMNS + (("Stance",) if labelled else ()))
    headline_column, id_column = header.index("Headline"), header.index("Body ID")
    stance_column = header.index("Stance") if "Stance" in header else None
    pairs = []
    for line, row in records:
        body_id = _body_id(row[id_column], path, line)
        if bodies is not None and body_id not in bodies:
            raise EvalDataError(f"{path}: line {line}: Body ID {body_id} is not in the bodies file")
        stance = row[stance_column].strip() if stance_column is not None else None
        if labelled and stance not in LABELS:
            raise EvalDataError(f"{path}: line {line}: stance {stance!r} is not one of {', '.join(LABELS)}")
        pairs.append(Pair(row[headline_column], body_id, stance))
    return pairs


@dataclass
class StanceScores:
    """A confusion matrix over :data:`LABELS` (rows gold, columns predicted) and its figures."""

    confusion: list[list[int]] = field(default_factory=lambda: [[0] * len(LABELS) for _ in LABELS])

    def add(self, gold: str, predicted: str) -> None:
        self.confusion[LABELS.index(gold)][LABELS.index(predicted)] += 1

    @classmethod
    def of(cls, gold: Sequence[str], predicted: Sequence[str]) -> StanceScores:
        if len(gold) != len(predicted):
            raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
        scores = cls()
        for truth, guess in zip(gold, predicted):
            scores.add(truth, guess)
        return scores

    @property
    def pairs(self) -> int:
        return sum(map(sum, self.confusion))

    @property
    def fnc_score(self) -> float:
        """The FNC-1 raw score: 0.25 per right related/unrelated call, 0.75 more per right related label."""
        total = 0.0
        for g, gold in enumerate(LABELS):
            for p, predicted in enumerate(LABELS):
                count = self.confusion[g][p]
                if (gold in RELATED) == (predicted in RELATED):
                    total += 0.25 * count
                if gold in RELATED and gold == predicted:
                    total += 0.75 * count
        return total

    @property
    def best_score(self) -> float:
        """The score of a perfect prediction of the same pairs."""
        related = sum(sum(self.confusion[LABELS.index(label)]) for label in RELATED)
        return 0.25 * self.pairs + 0.75 * related

    @property
    def relative_score(self) -> float:
        return self.fnc_score / self.best_score if self.best_score else 0.0

    def f1(self, label: str) -> float:
        index = LABELS.index(label)
        hits = self.confusion[index][index]
        precision = ratio(hits, sum(row[index] for row in self.confusion))
        recall = ratio(hits, sum(self.confusion[index]))
        return f1_score(precision, recall)

    @property
    def macro_f1(self) -> float:
        return sum(self.f1(label) for label in LABELS) / len(LABELS)

    @property
    def accuracy(self) -> float:
        return ratio(sum(self.confusion[i][i] for i in range(len(LABELS))), self.pairs)
