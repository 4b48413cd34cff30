"""An audit of a store's integrity: every article whole, once, with nothing orphaned.

Each article's stored record says what was extracted from it; its rows in the annotation
tables must match that record one for one (none missing: a half-written article; none
extra: an article written twice). Used by the crash and concurrency tests and by
bench/faults.py after every fault they inject.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, column, func, inspect, select, table

from storyline.store.schema import articles, entities, mentions, quantities, quotes, times
from storyline.store.store import Store

# The record field holding each annotation table's rows.
_RECORD_FIELDS = {entities: "entities", quotes: "quotes", quantities: "quantities", times: "times"}
# The story layer's tables, by name: checked where a store has them.
_STORY_ARTICLES = table("story_articles", column("article_id"), column("story_id"))
_STORIES = table("story_clusters", column("id"))


@dataclass
class Audit:
    """What an audit found; ``problems()`` is empty for a sound store."""

    ids: set[str] = field(default_factory=set)
    # (article id, table, rows stored, rows its record holds) where the two differ
    mismatched: list[tuple[str, str, int, int]] = field(default_factory=list)
    # table -> rows whose article (or entity) is not stored
    orphans: dict[str, int] = field(default_factory=dict)
    # identities with other than one latest revision, or a revision number twice
    revisions: list[str] = field(default_factory=list)
    # stories: checked only when the store holds story rows
    stories_checked: bool = False
    without_story: list[str] = field(default_factory=list)
    in_unknown_story: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        found = [f"article {article_id[:12]}: {stored} {table} row(s), its record has {expected}"
                 for article_id, table, stored, expected in self.mismatched]
        found += [f"{count} orphaned {table} row(s)" for table, count in self.orphans.items() if count]
        found += [f"identity {identity!r}: {problem}" for identity, problem in
                  (entry.split("\t") for entry in self.revisions)]
        found += [f"article {article_id[:12]} is in no story" for article_id in self.without_story]
        found += [f"article {article_id[:12]} is in a story that does not exist" for article_id in self.in_unknown_story]
        return found


def audit(store: Store) -> Audit:
    """Check every stored article against its record, in one read transaction."""
    result = Audit()
    with store.engine.connect() as connection, connection.begin():
        rows = connection.execute(select(articles.c.id, articles.c.identity, articles.c.revision,
                                         articles.c.is_latest, articles.c.record)).all()
        result.ids = {row.id for row in rows}
        stored = {table: _rows_per_article(connection, table) for table in (*_RECORD_FIELDS, mentions)}
        for row in rows:
            for table, expected in _expected_rows(row.record).items():
                have = stored[table].get(row.id, 0)
                if have != expected:
                    result.mismatched.append((row.id, table.name, have, expected))
        for table, per_article in stored.items():
            result.orphans[table.name] = sum(count for article_id, count in per_article.items()
                                             if article_id not in result.ids)
        result.orphans["mentions of no entity"] = connection.execute(
            select(func.count()).select_from(mentions.outerjoin(entities, mentions.c.entity_pk == entities.c.pk))
            .where(entities.c.pk.is_(None))
        ).scalar_one()
        result.revisions = _revision_problems(rows)
        _audit_stories(connection, result)
    return result


def _rows_per_article(connection: Connection, table: Any) -> dict[str, int]:
    query = select(table.c.article_id, func.count()).group_by(table.c.article_id)
    return dict(connection.execute(query).all())


def _expected_rows(record: dict[str, Any]) -> dict[Any, int]:
    expected = {table: len(record.get(name) or []) for table, name in _RECORD_FIELDS.items()}
    expected[mentions] = sum(len(entity.get("mentions") or []) for entity in record.get("entities") or [])
    return expected


def _revision_problems(rows: list[Any]) -> list[str]:
    latest: Counter[str] = Counter()
    revisions: Counter[tuple[str, int]] = Counter()
    for row in rows:
        latest[row.identity] += bool(row.is_latest)
        revisions[(row.identity, row.revision)] += 1
    problems = [f"{identity}\t{count} latest revisions" for identity, count in latest.items() if count != 1]
    problems += [f"{identity}\trevision {revision} stored {count} times"
                 for (identity, revision), count in revisions.items() if count > 1]
    return problems


def _audit_stories(connection: Connection, result: Audit) -> None:
    """Every article in exactly one story that exists, once the store has stories."""
    if not {_STORY_ARTICLES.name, _STORIES.name} <= set(inspect(connection).get_table_names()):
        return
    members = dict(connection.execute(select(_STORY_ARTICLES.c.article_id, _STORY_ARTICLES.c.story_id)).all())
    if not members:
        return
    result.stories_checked = True
    stories = set(connection.execute(select(_STORIES.c.id)).scalars())
    result.without_story = sorted(result.ids - members.keys())
    result.in_unknown_story = sorted(article_id for article_id, story in members.items() if story not in stories)
