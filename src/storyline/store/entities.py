"""Reading stored entities back: the per-article entities of every latest article, and where
entities of a given name are mentioned."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from storyline.store.articles import latest
from storyline.store.schema import articles, entities, mentions
from storyline.store.store import Store


@dataclass(frozen=True, slots=True)
class ArticleEntities:
    """The entities of one stored article, as in its record."""

    article_id: str
    doc: str
    entities: list[dict[str, Any]]


def article_entities(store: Store) -> list[ArticleEntities]:
    """The entities of the latest revision of every stored article, oldest publication first."""
    query = (select(articles.c.id, articles.c.doc, articles.c.record["entities"].label("entities"))
             .where(articles.c.is_latest).order_by(articles.c.published, articles.c.doc))
    with store.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [ArticleEntities(row.id, row.doc, row.entities or []) for row in rows]


def mention_spans(store: Store, name: str, article_prefix: str | None = None,
                  article_ids: Collection[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Where, per latest article (whose id starts with ``article_prefix`` and is in
    ``article_ids`` when given), an entity whose name contains ``name`` (any case) is mentioned."""
    query = (select(mentions.c.article_id, mentions.c.start, mentions.c.end)
             .join(entities, entities.c.pk == mentions.c.entity_pk)
             .join(articles, articles.c.id == mentions.c.article_id)
             .where(*latest(article_prefix, article_ids), func.lower(entities.c.name).contains(name.lower())))
    found: dict[str, list[tuple[int, int]]] = {}
    with store.engine.connect() as connection:
        for article_id, start, end in connection.execute(query):
            found.setdefault(article_id, []).append((start, end))
    return found
