"""Looking up stored articles by id."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, bindparam, func, select

from storyline.store.schema import articles
from storyline.store.store import Store
from storyline.store.stories import RECLUSTERED_KEY
from storyline.store.version import read_meta


def ids_starting(store: Store, prefix: str) -> list[str]:
    """The ids of the latest articles whose id starts with ``prefix``."""
    query = select(articles.c.id).where(articles.c.is_latest, articles.c.id.startswith(prefix))
    with store.engine.connect() as connection:
        return list(connection.execute(query).scalars())


def generation(store: Store) -> tuple[int, object, str | None]:
    """What changes whenever an article is stored (articles are never deleted) or the stories
    are clustered anew: the number of articles, the time of the latest ingest and that of the
    latest ``recluster``. Lets a reader keep results computed from the store."""
    query = select(func.count(), func.max(articles.c.ingested_at)).select_from(articles)
    with store.engine.connect() as connection:
        count, latest = connection.execute(query).one()
        reclustered = read_meta(connection, RECLUSTERED_KEY)
    return count, latest, reclustered


def latest(article_prefix: str | None = None, article_ids: Collection[str] | None = None) -> list[ColumnElement[bool]]:
    """The conditions on ``articles`` that choose the latest revisions, only those whose id
    starts with ``article_prefix`` and is in ``article_ids`` when given (join the table
    to ``articles`` to use them: no list of every id is sent)."""
    conditions: list[ColumnElement[bool]] = [articles.c.is_latest]
    if article_prefix:
        conditions.append(articles.c.id.startswith(article_prefix))
    if article_ids is not None:
        # written into the statement, not bound: a story of more articles than the
        # database's limit on parameters (SQLite: 32,766 by default, PostgreSQL: 65,535)
        # still reads (each id quoted by SQLAlchemy)
        conditions.append(articles.c.id.in_(bindparam("article_ids", list(article_ids), expanding=True, unique=True,
                                                      literal_execute=True)))
    return conditions
