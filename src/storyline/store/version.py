"""Opening a store at the schema version of this code: create it, upgrade it, or refuse it.

The version lives in the ``storyline_meta`` table (``schema.SCHEMA_VERSION``). Opening a
store of an older version creates every table of ``schema.metadata`` that it lacks (a new
table needs no code of its own: add it to schema.py and bump ``SCHEMA_VERSION``), runs the
steps of ``UPGRADES`` between the two versions (for changes to existing tables), and writes
the new version, all in one transaction. A store written by a newer version is refused
rather than read wrongly. A store that predates the version table counts as version 1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, func, inspect, insert, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from storyline.errors import StoreError
from storyline.store import schema
from storyline.store.schema import SCHEMA_VERSION, meta

# The version of a store made before the version table existed.
UNVERSIONED = 1
# Steps for changes that creating missing tables does not cover (a new column, data moved):
# UPGRADES[n] takes a store from version n - 1 to n, inside the upgrade's transaction.
UPGRADES: dict[int, Callable[[Connection], None]] = {}


def _cluster_stored_articles(connection: Connection) -> None:
    """3: stories and events. Articles stored before are clustered now, as a later ingest
    would have clustered them."""
    from storyline.store.stories import recluster  # it imports the store: not at load time

    recluster(connection)


UPGRADES[3] = _cluster_stored_articles
# The PostgreSQL advisory lock held while a store is created or upgraded.
UPGRADE_LOCK_KEY = 0x5707_7E12
MAKE_ONE = "make one with `storyline ingest PATH --db {target}`"


def display_name(engine: Engine) -> str:
    """The store in messages: a SQLite file by its path, another database by its URL
    without the password."""
    url = engine.url
    if engine.dialect.name == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def shown_url(url: str) -> str:
    """A database URL for messages, its password hidden (as given when it does not parse)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def missing_sqlite_file(engine: Engine) -> Path | None:
    """The path of a SQLite store file that does not exist (None for other databases,
    in-memory ones and files that exist)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database)
    return None if path.exists() else path


def prepare(engine: Engine, create: bool = True) -> int:
    """Bring the store behind ``engine`` to ``SCHEMA_VERSION`` and return the version it had
    (0 for a new store). Without ``create``, a store that does not exist is an error that
    says how to make one."""
    target = display_name(engine)
    path = missing_sqlite_file(engine)
    if path is not None and not create:
        raise StoreError(f"no store at {path}: the file does not exist; {MAKE_ONE.format(target=path)}")
    # A look without a lock first: a store at this version needs nothing, and a reader
    # never waits for a writer.
    with engine.connect() as connection:
        found, complete = _state(connection, target, create)
    if complete:
        return found
    # Otherwise, with the store's write lock (SQLite: BEGIN IMMEDIATE, through the store's
    # "begin" listener; PostgreSQL: an advisory lock), look again: two processes opening a
    # new or older store at once upgrade it once, one after the other.
    with engine.connect() as connection:
        connection.execution_options(storyline_writer=True)
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(select(func.pg_advisory_xact_lock(UPGRADE_LOCK_KEY)))
            found, complete = _state(connection, target, create)
            if not complete:
                _upgrade(connection, found)
    return found


def _state(connection: Connection, target: str, create: bool) -> tuple[int, bool]:
    """The store's version, and whether it is complete at this code's version; an error for
    a store that does not exist (without ``create``) or is newer than this code."""
    tables = set(inspect(connection).get_table_names())
    if not tables & set(schema.metadata.tables) and not create:
        raise StoreError(f"no store at {target}: it holds no Storyline tables; {MAKE_ONE.format(target=target)}")
    found = stored_version(connection, tables)
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"the store at {target} has schema version {found}, written by Storyline "
            f"{read_meta(connection, 'storyline_version') or '(a newer one)'}; this Storyline "
            f"{_code_version()} reads schema version {SCHEMA_VERSION} at most: the store needs a "
            f"Storyline that knows schema version {found}")
    return found, found == SCHEMA_VERSION and set(schema.metadata.tables) <= tables


def _upgrade(connection: Connection, found: int) -> None:
    """Create what the store lacks, run the steps from ``found`` on, write the version."""
    schema.metadata.create_all(connection)
    for step in range(max(found, UNVERSIONED) + 1, SCHEMA_VERSION + 1):
        if found and step in UPGRADES:  # a new store has nothing to carry over
            UPGRADES[step](connection)
    if found < SCHEMA_VERSION:
        write_meta(connection, "schema_version", str(SCHEMA_VERSION))
        write_meta(connection, "storyline_version", _code_version())


def stored_version(connection: Connection, tables: set[str]) -> int:
    """The schema version of a store: 0 when it is empty, 1 when it predates the version table."""
    value = read_meta(connection, "schema_version") if meta.name in tables else None
    if value is not None:
        return int(value)
    return UNVERSIONED if tables & (set(schema.metadata.tables) - {meta.name}) else 0


def read_meta(connection: Connection, key: str) -> str | None:
    """A value kept in ``storyline_meta`` (None when unset)."""
    return connection.execute(select(meta.c.value).where(meta.c.key == key)).scalar()


def write_meta(connection: Connection, key: str, value: str) -> None:
    if not connection.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount:
        connection.execute(insert(meta).values(key=key, value=value))



def _code_version() -> str:
    import storyline  # here: storyline/__init__ imports the store while it loads

    return storyline.__version__
