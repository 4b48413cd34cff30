"""Reading whole article records back (the record of DESIGN.md), for the comparisons across
articles that need every annotation of each article at once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from storyline.store.schema import articles, sources
from storyline.store.store import Store

# Keeps each IN (...) list well under SQLite's limit on bound parameters.
_SLICE = 500


def latest_records(store: Store, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The records of the latest revision of every article (of those ``ids`` when given),
    oldest publication first; each with `site` from the store when the record has none."""
    query = (
        select(articles.c.record, sources.c.name.label("site"))
        .select_from(articles.outerjoin(sources, articles.c.source_id == sources.c.id))
        .where(articles.c.is_latest)
        .order_by(articles.c.published.is_(None), articles.c.published, articles.c.doc)
    )
    rows: list[Any] = []
    with store.engine.connect() as connection:
        if ids is None:
            rows = list(connection.execute(query))
        else:
            wanted = list(dict.fromkeys(ids))
            for first in range(0, len(wanted), _SLICE):
                rows += connection.execute(query.where(articles.c.id.in_(wanted[first:first + _SLICE]))).all()
    records = []
    for record, site in rows:
        if site and not record.get("site"):
            record = dict(record, site=site)
        records.append(record)
    records.sort(key=lambda r: (r.get("published") is None, r.get("published") or "", r["doc"]))
    return records
