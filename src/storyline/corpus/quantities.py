"""Quantities across articles: each stored amount with its article and sentence."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from storyline.store import Store
from storyline.store.quantities import find_quantities


@dataclass(frozen=True, slots=True)
class QuantityRow:
    """One stored quantity: ``record`` is its record of DESIGN.md, ``sentence`` the text of
    the sentence it is in."""

    article: str
    doc: str
    published: str | None
    sentence: str | None
    record: dict[str, Any]

    @property
    def text(self) -> str:
        return self.record["text"]

    @property
    def value(self) -> float | None:
        return self.record.get("value")

    @property
    def unit(self) -> str | None:
        return self.record.get("unit")

    @property
    def counted(self) -> str | None:
        return self.record.get("counted")

    @property
    def entity(self) -> str | None:
        return self.record.get("entity")

    def to_record(self) -> dict[str, Any]:
        return {"article": self.article, "doc": self.doc, "published": self.published,
                "sentence": self.sentence, **self.record}


def find_quantity_rows(store: Store, entity: str | None = None, counted: str | None = None,
                       article_ids: Collection[str] | None = None) -> list[QuantityRow]:
    """The quantities of the latest articles (of ``article_ids`` when given), oldest article
    first: of the entity whose name contains ``entity``, counting ``counted`` (either number)."""
    return [QuantityRow(row["article"], row["doc"], row["published"], row["sentence"], row["record"])
            for row in find_quantities(store, entity=entity, counted=counted, article_ids=article_ids)]
