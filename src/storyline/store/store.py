"""The Store: articles and everything extracted from them, in SQLite or PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Insert, Table, create_engine, event, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from storyline.errors import StoreError
from storyline.model import Article
from storyline.store import schema
from storyline.store.faults import fault_point
from storyline.store.schema import articles, entities, mentions, quantities, quotes, sources, times
from storyline.store.stories import assign_stories
from storyline.store.version import prepare, shown_url

DEFAULT_DB = "storyline.db"
DB_ENV = "STORYLINE_DB"
AddStatus = Literal["added", "duplicate", "revision"]
# Articles written with one statement per table; keeps each IN (...) list well under
# SQLite's limit on bound parameters.
_SLICE = 500
# Writers take turns: a batch's transaction holds the store's write lock (SQLite: BEGIN
# IMMEDIATE; PostgreSQL: this transaction-level advisory lock), so that two ingests into
# one store never race on an article id, a revision number or a story. Readers never wait.
_WRITE_LOCK_KEY = 0x5707_711E
# A writer waits this long for another's batch (SQLite's busy timeout, in ms) ...
_BUSY_TIMEOUT_MS = 60_000
# ... and retries a batch that still meets a locked database, a deadlock or a lost race
# this many times in all, after 0.5 s, 1 s, 2 s, ...
_WRITE_ATTEMPTS = 5
_RETRY_SECONDS = 0.5
# PostgreSQL errors worth a retry: serialization failure, deadlock, lock not available.
_RETRY_SQLSTATES = {"40001", "40P01", "55P03"}


def resolve_url(db: str | None = None) -> str:
    """A database URL from --db, else $STORYLINE_DB, else ./storyline.db; bare paths are SQLite."""
    target = db or os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" in target:
        scheme, rest = target.split("://", 1)
        # A PostgreSQL URL without a driver goes through psycopg 3 (the `postgres` extra).
        return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else target
    return f"sqlite:///{Path(target).expanduser()}"


class Store:
    """One database of articles. Use as a context manager or call close()."""

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        """Open the store at ``db`` (see resolve_url), upgraded to this code's schema version.
        With ``create=False`` (the read side) a store that does not exist is a StoreError
        saying how to make one, instead of a new empty store."""
        self.url = resolve_url(db)
        try:
            self.engine: Engine = create_engine(self.url)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(f"cannot open store {shown_url(self.url)!r}: {exc}") from None
        except ImportError as exc:
            raise StoreError(f"cannot open store {shown_url(self.url)!r}: its database driver is not installed ({exc.name}); "
                             "for PostgreSQL: pip install 'storyline[postgres]'") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        try:
            # A writer's opening may create the tables: on SQLite it takes the write lock at
            # once (two ingests starting together on a new file take turns instead of failing).
            opening = self.engine.execution_options(storyline_writer=create)
            self.schema_version_found = prepare(opening, create=create)
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open store {shown_url(self.url)!r}: {exc.orig}") from None
        except StoreError:
            self.engine.dispose()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def add(self, article: Article) -> AddStatus:
        """Store one article; the same text twice is stored once, a new text of a known URL
        (or input name) becomes that article's next revision."""
        return self.add_many([article])[0]

    def add_many(self, batch: Iterable[Article]) -> list[AddStatus]:
        """Store a batch in one transaction: all of it or, on error, none of it. Safe with
        other writers at the same time (they take turns; a batch that meets a locked store
        or loses a race is retried whole).

        Each table gets one multi-row statement per slice of the batch, not one per row.
        """
        batch = list(batch)
        for attempt in range(1, _WRITE_ATTEMPTS + 1):
            try:
                statuses = self._write_batch(batch)
            except (OperationalError, _LostRace) as exc:
                if attempt == _WRITE_ATTEMPTS or not _worth_retry(exc):
                    raise
                time.sleep(_RETRY_SECONDS * 2 ** (attempt - 1))
                continue
            fault_point("write-committed")
            return statuses
        raise AssertionError("unreachable")

    def _write_batch(self, batch: list[Article]) -> list[AddStatus]:
        """One transaction: everything stored for the batch commits together or not at all."""
        with self.engine.connect() as connection:
            connection.execution_options(storyline_writer=True)  # BEGIN IMMEDIATE on SQLite
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(select(func.pg_advisory_xact_lock(_WRITE_LOCK_KEY)))
                fault_point("write-begun")
                statuses: list[AddStatus] = []
                for first in range(0, len(batch), _SLICE):
                    statuses += _add_slice(connection, batch[first:first + _SLICE])
                assign_stories(connection, [a for a, status in zip(batch, statuses) if status != "duplicate"])
                fault_point("write-inserted")
        return statuses

    def articles(self) -> list[dict[str, Any]]:
        """The latest revision of every article, oldest publication first."""
        counts = {
            name: select(func.count()).where(table.c.article_id == articles.c.id).scalar_subquery()
            for name, table in (("entities", entities), ("quotes", quotes),
                                ("quantities", quantities), ("times", times))
        }
        query = (
            select(articles.c.id, articles.c.doc, sources.c.name.label("site"), articles.c.published,
                   articles.c.title, articles.c.revision,
                   *(count.label(name) for name, count in counts.items()))
            .select_from(articles.outerjoin(sources, articles.c.source_id == sources.c.id))
            .where(articles.c.is_latest)
            .order_by(articles.c.published.is_(None), articles.c.published, articles.c.doc)
        )
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored article record of DESIGN.md, by id (or a unique prefix of it)."""
        query = select(articles.c.record).where(articles.c.id.startswith(article_id)).limit(2)
        with self.engine.connect() as connection:
            found = connection.execute(query).scalars().all()
        return found[0] if len(found) == 1 else None

    def count(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(articles)).scalar_one()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Transactions are begun by _sqlite_begin, not by the driver (which would begin a
    # writer's transaction only at its first write: too late to take the lock first).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    _set_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _set_wal(cursor: Any) -> None:
    """Write-ahead logging, so that readers never wait for a writer. Turning a new file to
    WAL needs its exclusive lock and SQLite answers "database is locked" at once, without its
    busy handler, when another connection holds the file (several opening a new store
    together): so wait and try again here, as long as the busy timeout."""
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _locked(str(exc)) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _sqlite_begin(connection: Connection) -> None:
    """A writer's transaction takes the write lock at once; a reader's takes none."""
    immediate = connection.get_execution_options().get("storyline_writer", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class _LostRace(Exception):
    """Another writer stored one of the batch's articles after this one looked: retry."""


def _worth_retry(exc: Exception) -> bool:
    if isinstance(exc, _LostRace):
        return True
    assert isinstance(exc, DBAPIError)
    if getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    return _locked(str(exc.orig))


def _locked(message: str) -> bool:
    """Whether a database error says another connection holds the lock."""
    message = message.lower()
    return "database is locked" in message or "database is busy" in message


def _insert_or_ignore(connection: Connection, table: Table, *keys: str) -> Insert:
    """INSERT ... ON CONFLICT (keys) DO NOTHING, in the store's dialect."""
    dialect = {"postgresql": postgresql, "sqlite": sqlite}.get(connection.dialect.name)
    if dialect is None:
        return insert(table)
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(keys))


@dataclass(slots=True)
class _New:
    """An article of the batch that is not stored yet, with where it goes."""

    article: Article
    identity: str
    revision: int
    record: dict[str, Any]


def _add_slice(connection: Connection, batch: list[Article]) -> list[AddStatus]:
    """Store a few hundred articles with a fixed number of statements."""
    stored = set(connection.execute(
        select(articles.c.id).where(articles.c.id.in_({article.id for article in batch}))
    ).scalars())
    # identity -> (id, revision) of its latest version, in the store and then in this batch.
    latest = {
        row.identity: (row.id, row.revision)
        for row in connection.execute(
            select(articles.c.identity, articles.c.id, articles.c.revision)
            .where(articles.c.identity.in_({_identity(article) for article in batch}), articles.c.is_latest)
        )
    }
    stored_latest = {identity: article_id for identity, (article_id, _) in latest.items()}
    statuses: list[AddStatus] = []
    new: list[_New] = []
    for article in batch:
        if article.id in stored:
            statuses.append("duplicate")
            continue
        stored.add(article.id)
        identity = _identity(article)
        previous = latest.get(identity)
        revision = previous[1] + 1 if previous else 1
        latest[identity] = (article.id, revision)
        statuses.append("revision" if previous else "added")
        new.append(_New(article, identity, revision, article.to_record()))
    if new:
        superseded = [article_id for identity, article_id in stored_latest.items()
                      if latest[identity][0] != article_id]
        if superseded:
            connection.execute(update(articles).where(articles.c.id.in_(superseded)).values(is_latest=False))
        _insert_articles(connection, new, {identity: article_id for identity, (article_id, _) in latest.items()})
        _insert_annotations(connection, new)
    return statuses


def _identity(article: Article) -> str:
    """What makes two texts versions of one article: the URL, else the input's name."""
    return article.url or article.doc


def _insert_articles(connection: Connection, new: list[_New], latest: dict[str, str]) -> None:
    source_ids = _source_ids(connection, {item.article.site for item in new if item.article.site})
    now = datetime.now(timezone.utc)
    rows = []
    for item in new:
        a = item.article
        rows.append({
            "id": a.id, "doc": a.doc, "identity": item.identity, "url": a.url,
            "source_id": source_ids.get(a.site) if a.site else None, "title": a.title,
            "byline": a.byline, "published": a.published, "published_from": a.published_from,
            "credit": a.credit, "text": a.text, "record": item.record, "revision": item.revision,
            "is_latest": latest[item.identity] == a.id, "ingested_at": now,
        })
    # The write lock makes a conflict on the id impossible between Storyline writers; should
    # another writer still have stored one of these texts, the whole batch is redone.
    inserted = connection.execute(
        _insert_or_ignore(connection, articles, "id").returning(articles.c.id), rows
    ).scalars().all()
    if len(inserted) != len(rows):
        raise _LostRace(f"{len(rows) - len(inserted)} article(s) stored meanwhile by another writer")


def _source_ids(connection: Connection, names: set[str]) -> dict[str, int]:
    if not names:
        return {}
    query = select(sources.c.name, sources.c.id).where(sources.c.name.in_(names))
    found = dict(connection.execute(query).all())
    missing = names - found.keys()
    if missing:
        connection.execute(_insert_or_ignore(connection, sources, "name"),
                           [{"name": name} for name in sorted(missing)])
        found = dict(connection.execute(query).all())
    return found


def _insert_annotations(connection: Connection, new: list[_New]) -> None:
    entity_rows = [
        {"article_id": item.article.id, "local_id": entity.id, "name": entity.name, "type": entity.type,
         "roles": entity.roles}
        for item in new for entity in item.article.entities
    ]
    if entity_rows:
        # The keys are given, not returned: the batch holds the write lock (BEGIN IMMEDIATE,
        # or the advisory lock on PostgreSQL), so nobody else adds entities meanwhile, and
        # an INSERT ... RETURNING in row order ran one statement per row on SQLite.
        first = (connection.execute(select(func.max(entities.c.pk))).scalar() or 0) + 1
        pks = range(first, first + len(entity_rows))
        for pk, row in zip(pks, entity_rows):
            row["pk"] = pk
        connection.execute(insert(entities), entity_rows)
        all_entities = (entity for item in new for entity in item.article.entities)
        mention_rows = [
            {"entity_pk": pk, "article_id": row["article_id"], "start": mention.start, "end": mention.end,
             "text": mention.text}
            for pk, row, entity in zip(pks, entity_rows, all_entities) for mention in entity.mentions
        ]
        if mention_rows:
            connection.execute(insert(mentions), mention_rows)
    rows: dict[Table, list[dict[str, Any]]] = {quotes: [], quantities: [], times: []}
    for item in new:
        article_id, record = item.article.id, item.record
        rows[quotes] += [
            {"article_id": article_id, "local_id": quote.id, "start": quote.start, "end": quote.end,
             "text": quote.text, "kind": quote.kind,
             "speaker": quote.speaker.name if quote.speaker else None,
             "speaker_entity": quote.speaker.entity if quote.speaker else None,
             "confidence": quote.confidence, "record": quote_record}
            for quote, quote_record in zip(item.article.quotes, record["quotes"])
        ]
        rows[quantities] += [
            {"article_id": article_id, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
             "unit": q.unit, "kind": q.kind, "counted": q.counted, "record": q_record}
            for q, q_record in zip(item.article.quantities, record["quantities"])
        ]
        rows[times] += [
            {"article_id": article_id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
             "value": t.value, "record": t_record}
            for t, t_record in zip(item.article.times, record["times"])
        ]
    for table, table_rows in rows.items():
        if table_rows:
            connection.execute(insert(table), table_rows)
