"""What an ingest can skip: the stored versions of the articles it is about to parse, and
the shards of its inputs that a resumable run has finished."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timezone

from sqlalchemy import insert, or_, select, tuple_

from storyline.store.schema import articles, shards
from storyline.store.store import Store

# Keys per IN (...) list, well under SQLite's limit on bound parameters.
_SLICE = 400


def stored_versions(store: Store, keys: Collection[str]) -> dict[str, set[str]]:
    """For each of ``keys`` that a stored article has as its identity (URL, else input
    name) or input name, the ids of those articles: one query per few hundred keys."""
    found: dict[str, set[str]] = {}
    keys = sorted(set(keys))
    with store.engine.connect() as connection:
        for first in range(0, len(keys), _SLICE):
            part = keys[first:first + _SLICE]
            query = select(articles.c.id, articles.c.identity, articles.c.doc).where(
                or_(articles.c.identity.in_(part), articles.c.doc.in_(part)))
            for row in connection.execute(query):
                for key in {row.identity, row.doc}:
                    found.setdefault(key, set()).add(row.id)
    return found


def finished_shards(store: Store, keys: Iterable[tuple[str, int, str]]) -> set[tuple[str, int, str]]:
    """Which of ``keys`` (input, shard index, fingerprint) are recorded as finished."""
    keys = list(keys)
    done: set[tuple[str, int, str]] = set()
    with store.engine.connect() as connection:
        for first in range(0, len(keys), _SLICE):
            part = keys[first:first + _SLICE]
            query = select(shards.c.input, shards.c.shard, shards.c.fingerprint).where(
                tuple_(shards.c.input, shards.c.shard, shards.c.fingerprint).in_(part))
            done.update((row.input, row.shard, row.fingerprint) for row in connection.execute(query))
    return done


def mark_finished(store: Store, key: tuple[str, int, str], article_count: int) -> None:
    """Record a shard as finished (after its articles are stored); idempotent."""
    input_name, shard, fingerprint = key
    if (input_name, shard, fingerprint) in finished_shards(store, [key]):
        return
    with store.engine.begin() as connection:
        connection.execute(insert(shards), [{"input": input_name, "shard": shard, "fingerprint": fingerprint,
                                             "articles": article_count,
                                             "finished_at": datetime.now(timezone.utc)}])
