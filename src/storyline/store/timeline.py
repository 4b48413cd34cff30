"""Reading back what a timeline is made of: the latest articles (or some of them) with their
quote and time records."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select

from storyline.store.articles import latest
from storyline.store.schema import articles, quotes, times
from storyline.store.store import Store


@dataclass(slots=True)
class TimelineSources:
    """Articles by id (``id``, ``doc``, ``title``, ``published``, ``text``) and the quote and
    time records of those articles, each as (article id, record)."""

    articles: dict[str, Row[Any]]
    quotes: list[tuple[str, dict[str, Any]]]
    times: list[tuple[str, dict[str, Any]]]


def timeline_sources(store: Store, article_prefix: str | None = None,
                     article_ids: Collection[str] | None = None) -> TimelineSources:
    """The latest articles, only those whose id starts with ``article_prefix`` and is in
    ``article_ids`` when given, with their quotes and times."""
    chosen = latest(article_prefix, article_ids)
    query = select(articles.c.id, articles.c.doc, articles.c.title, articles.c.published,
                   articles.c.text).where(*chosen)
    with store.engine.connect() as connection:
        stored = {row.id: row for row in connection.execute(query)}
        quote_rows = connection.execute(
            select(quotes.c.article_id, quotes.c.record)
            .join(articles, articles.c.id == quotes.c.article_id).where(*chosen)).all()
        time_rows = connection.execute(
            select(times.c.article_id, times.c.record)
            .join(articles, articles.c.id == times.c.article_id).where(*chosen)).all()
    return TimelineSources(stored, [tuple(row) for row in quote_rows], [tuple(row) for row in time_rows])
