"""The Store: articles and everything extracted from them, in SQLite or PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, create_engine, event, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from storyline.errors import StoreError
from storyline.model import Article
from storyline.store import schema
from storyline.store.schema import articles, entities, mentions, quantities, quotes, sources, times

DEFAULT_DB = "storyline.db"
DB_ENV = "STORYLINE_DB"
AddStatus = Literal["added", "duplicate", "revision"]


def resolve_url(db: str | None = None) -> str:
    """A database URL from --db, else $STORYLINE_DB, else ./storyline.db; bare paths are SQLite."""
    target = db or os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


class Store:
    """One database of articles. Use as a context manager or call close()."""

    def __init__(self, db: str | None = None) -> None:
        self.url = resolve_url(db)
        try:
            self.engine: Engine = create_engine(self.url)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(f"cannot open store {self.url!r}: {exc}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            schema.metadata.create_all(self.engine)
        except OperationalError as exc:
            raise StoreError(f"cannot open store {self.url!r}: {exc.orig}") from None

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
        """Store a batch in one transaction: all of it or, on error, none of it."""
        with self.engine.begin() as connection:
            return [_add(connection, article) for article in batch]

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
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _add(connection: Connection, article: Article) -> AddStatus:
    if connection.execute(select(articles.c.id).where(articles.c.id == article.id)).first():
        return "duplicate"
    identity = article.url or article.doc
    previous = connection.execute(
        select(articles.c.id, articles.c.revision)
        .where(articles.c.identity == identity, articles.c.is_latest)
    ).first()
    revision = 1
    if previous is not None:
        connection.execute(update(articles).where(articles.c.id == previous.id).values(is_latest=False))
        revision = previous.revision + 1
    record = article.to_record()
    connection.execute(insert(articles).values(
        id=article.id, doc=article.doc, identity=identity, url=article.url,
        source_id=_source_id(connection, article.site), title=article.title, byline=article.byline,
        published=article.published, published_from=article.published_from, credit=article.credit,
        text=article.text, record=record, revision=revision, is_latest=True,
        ingested_at=datetime.now(timezone.utc),
    ))
    _add_annotations(connection, article, record)
    return "revision" if previous is not None else "added"


def _source_id(connection: Connection, site: str | None) -> int | None:
    if not site:
        return None
    found = connection.execute(select(sources.c.id).where(sources.c.name == site)).scalar()
    if found is not None:
        return found
    return connection.execute(insert(sources).values(name=site).returning(sources.c.id)).scalar_one()


def _add_annotations(connection: Connection, article: Article, record: dict[str, Any]) -> None:
    for entity in article.entities:
        entity_pk = connection.execute(
            insert(entities).values(article_id=article.id, local_id=entity.id, name=entity.name,
                                    type=entity.type, roles=entity.roles).returning(entities.c.pk)
        ).scalar_one()
        if entity.mentions:
            connection.execute(insert(mentions), [
                {"entity_pk": entity_pk, "article_id": article.id, "start": mention.start,
                 "end": mention.end, "text": mention.text} for mention in entity.mentions
            ])
    rows = {
        quotes: [
            {"article_id": article.id, "local_id": quote.id, "start": quote.start, "end": quote.end,
             "text": quote.text, "kind": quote.kind,
             "speaker": quote.speaker.name if quote.speaker else None,
             "speaker_entity": quote.speaker.entity if quote.speaker else None,
             "confidence": quote.confidence, "record": quote_record}
            for quote, quote_record in zip(article.quotes, record["quotes"])
        ],
        quantities: [
            {"article_id": article.id, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
             "unit": q.unit, "kind": q.kind, "counted": q.counted, "record": q_record}
            for q, q_record in zip(article.quantities, record["quantities"])
        ],
        times: [
            {"article_id": article.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
             "value": t.value, "record": t_record}
            for t, t_record in zip(article.times, record["times"])
        ],
    }
    for table, table_rows in rows.items():
        if table_rows:
            connection.execute(insert(table), table_rows)
