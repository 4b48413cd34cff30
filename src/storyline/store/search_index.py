"""The full-text index of articles and statements, created with the store's tables.

SQLite: two FTS5 tables over the ``articles`` and ``quotes`` tables (external content,
Porter stemming), kept current by triggers, so every way of writing the store keeps them
right. PostgreSQL: GIN indexes on the very ``to_tsvector`` expressions the queries of
``store/search.py`` use, which the server keeps current by itself. Every statement is
idempotent: it runs whenever the schema creates its tables (a new store, an upgrade), and
an index made for a store that already holds articles is filled from them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.engine import Engine

from storyline.store import schema

# The text configuration of PostgreSQL's search (stemming and stop words of English).
PG_CONFIG = "english"


def pg_article_vector(table: str = "") -> str:
    """The indexed expression; queries name the table (``articles.``) where a join needs it."""
    return f"to_tsvector('{PG_CONFIG}', coalesce({table}title, '') || ' ' || {table}text)"


def pg_quote_vector(table: str = "") -> str:
    return f"to_tsvector('{PG_CONFIG}', {table}text)"


_SQLITE_TABLES = {
    # name: (columns, content table, its rowid column)
    "articles_fts": (("title", "text"), "articles", "rowid"),
    "quotes_fts": (("text",), "quotes", "pk"),
}


def create_search_index(_target: Any, connection: Connection, **_kw: Any) -> None:
    """A ``MetaData`` "after_create" listener: make the index where it is missing."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        _create_sqlite(connection)
    elif dialect == "postgresql":
        connection.execute(text(
            f"CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING gin (({pg_article_vector()}))"))
        connection.execute(text(
            f"CREATE INDEX IF NOT EXISTS ix_quotes_search ON quotes USING gin (({pg_quote_vector()}))"))


def _create_sqlite(connection: Connection) -> None:
    existing = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
    for name, (columns, content, rowid) in _SQLITE_TABLES.items():
        if name in existing:
            continue
        names = ", ".join(columns)
        new = ", ".join(f"new.{column}" for column in columns)
        old = ", ".join(f"old.{column}" for column in columns)
        connection.execute(text(
            f"CREATE VIRTUAL TABLE {name} USING fts5({names}, content='{content}', "
            f"content_rowid='{rowid}', tokenize='porter unicode61 remove_diacritics 2')"))
        connection.execute(text(
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {content} BEGIN "
            f"INSERT INTO {name}(rowid, {names}) VALUES (new.{rowid}, {new}); END"))
        connection.execute(text(
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {content} BEGIN "
            f"INSERT INTO {name}({name}, rowid, {names}) VALUES ('delete', old.{rowid}, {old}); END"))
        connection.execute(text(
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {names} ON {content} BEGIN "
            f"INSERT INTO {name}({name}, rowid, {names}) VALUES ('delete', old.{rowid}, {old}); "
            f"INSERT INTO {name}(rowid, {names}) VALUES (new.{rowid}, {new}); END"))
        # a store that already holds rows (an upgrade) gets them indexed now
        connection.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))


def ensure_search_index(engine: Engine) -> None:
    """Make the index of a store that predates it (SQLite; PostgreSQL answers without its
    indexes, only slower), once: its tables are filled from the stored rows."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        present = connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles_fts', 'quotes_fts')"
        )).scalar_one()
    if present < len(_SQLITE_TABLES):
        with engine.begin() as connection:
            _create_sqlite(connection)


# Every store gets the index with its tables (a new store, an upgrade).
event.listen(schema.metadata, "after_create", create_search_index)
