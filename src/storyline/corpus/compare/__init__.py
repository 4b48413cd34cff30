"""Comparison across the articles of a story: statement families, measures and disputes,
actors' positions, claims in conflict. Computed when asked, from the stored article records
(nothing here runs in the per-article ingest path).

``compare(records)`` and ``positions(records, proposition)`` work on any list of article
records; ``compare_store`` and ``positions_in_store`` read them from a Store (the Corpus
delegates to these).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from storyline.corpus.compare.actors import Actors
from storyline.corpus.compare.conflicts import conflicts
from storyline.corpus.compare.families import families
from storyline.corpus.compare.measures import figures, measures
from storyline.corpus.compare.positions import positions as _positions
from storyline.corpus.compare.propositions import propositions
from storyline.corpus.compare.records import (ActorPosition, Comparison, Conflict, Evidence, Family, Figure,
                                              Measure, Position, Side)
from storyline.corpus.compare.signals import classifier
from storyline.corpus.compare.similarity import Weights
from storyline.corpus.compare.statements import Statement, collect
from storyline.store import Store

__all__ = ["ActorPosition", "Comparison", "Conflict", "Evidence", "Family", "Figure", "Measure", "Position",
           "Side", "Statement", "compare", "compare_store", "positions", "positions_in_store"]


class _Prepared:
    """The statements of a set of records, with the weights of their features."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.actors = Actors(records)
        self.statements = collect(records, self.actors)
        self.weights = Weights(s.text for s in self.statements)


def compare(records: list[dict[str, Any]]) -> Comparison:
    """Families, measures (disputes among them), found propositions with their positions,
    and conflicts of the articles ``records`` (article records of DESIGN.md)."""
    p = _Prepared(records)
    return Comparison(
        families=families(p.statements, p.weights),
        measures=measures(figures(records, p.statements, p.actors)),
        positions=propositions(p.statements, p.weights),
        conflicts=conflicts(records, p.statements, p.actors, p.weights),
    )


def positions(records: list[dict[str, Any]], proposition: str) -> list[ActorPosition]:
    """Every actor of ``records`` that took a position on ``proposition``."""
    p = _Prepared(records)
    return _positions(proposition, p.statements, p.weights, classifier())


def compare_store(store: Store, article_ids: Iterable[str] | None = None) -> Comparison:
    from storyline.store.article_records import latest_records

    return compare(latest_records(store, article_ids))


def positions_in_store(store: Store, proposition: str, article_ids: Iterable[str] | None = None) -> list[ActorPosition]:
    from storyline.store.article_records import latest_records

    return positions(latest_records(store, article_ids), proposition)
