"""The SQL of stories and events: the clustering state kept in the ``story_*`` tables, the
hook that clusters articles as they are stored, ``recluster``, and the rows the corpus
layer turns into Story and Event records.

Clustering runs inside the transaction that stores the articles (``Store.add_many``), so
an article is never stored without its story. This is the one place where the write path
calls corpus logic: DESIGN.md keeps costly corpus results up to date as articles arrive.
Within one call the state is read once and written once (``SqlClusterState``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from dataclasses import dataclass
from typing import Any

from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from storyline.model import Article
from storyline.store.version import read_meta, write_meta
from storyline.store.schema import articles, sources, story_articles, story_clusters, story_frequencies, story_keys

if TYPE_CHECKING:
    from storyline.corpus.clustering import Assignment, StoryState
    from storyline.corpus.story_features import ArticleFeatures, ArticleView

# The storyline_meta key that records when the stories were last clustered anew.
RECLUSTERED_KEY = "stories_reclustered"
# The storyline_meta key that keeps the next story id once stories have been merged: the id
# of a story merged into another is never given to a new one.
NEXT_STORY_KEY = "stories_next_id"
# Rows per IN (...) list and per multi-row statement (well under SQLite's parameter limit).
_SLICE = 500
# Articles read per round by ``recluster``.
_RECLUSTER_BATCH = 200


def assign_stories(connection: Connection, batch: Sequence[Article]) -> list[Assignment]:
    """Cluster newly stored articles, in order (the hook of ``Store.add_many``)."""
    # The corpus package imports the store: imported here, not at the top, to avoid a cycle.
    from storyline.corpus.story_features import ArticleView

    return cluster_views(connection, [ArticleView.of_article(article) for article in batch])


def cluster_views(connection: Connection, views: Sequence[ArticleView]) -> list[Assignment]:
    from storyline.corpus.clustering import assign
    from storyline.corpus.dedup import signature
    from storyline.corpus.story_features import article_features

    if not views:
        return []
    state = SqlClusterState(connection)
    done: list[Assignment] = []
    batch = []
    for view in views:
        if view.id not in state.signatures:  # the same text twice in one call is one article
            state.signatures[view.id] = signature(view.text)
            batch.append(article_features(view))
    # Every key count the batch needs, read in a few statements rather than one per article.
    state.document_frequencies({key for features in batch for key in features.keys})
    for features in batch:
        done.append(assign(state, features))
    state.flush()
    return done


def recluster(connection: Connection) -> int:
    """Forget every story and cluster the latest articles again, in the order they were
    first clustered (articles never clustered after them, oldest stored first)."""
    order = {row.article_id: row.seq for row in connection.execute(
        select(story_articles.c.article_id, story_articles.c.seq))}
    rows = connection.execute(
        select(articles.c.id, articles.c.ingested_at, articles.c.doc).where(articles.c.is_latest)).all()
    rows.sort(key=lambda row: (row.id not in order, order.get(row.id, 0), row.ingested_at, row.doc, row.id))
    forget_stories(connection)
    # Readers that keep results computed from the stories (the web UI's pages) see the
    # store's generation change (articles.generation), as when an article is stored.
    write_meta(connection, RECLUSTERED_KEY, datetime.now(timezone.utc).isoformat())
    ids = [row.id for row in rows]
    for first in range(0, len(ids), _RECLUSTER_BATCH):
        chunk = ids[first:first + _RECLUSTER_BATCH]
        records = dict(connection.execute(select(articles.c.id, articles.c.record).where(articles.c.id.in_(chunk))).all())
        cluster_views(connection, [_view_of_record(records[article_id]) for article_id in chunk])
    return len(ids)


def forget_stories(connection: Connection) -> None:
    """Empty the story tables: the next article clustered starts story 1."""
    for table in (story_articles, story_keys, story_frequencies, story_clusters):
        connection.execute(delete(table))
    write_meta(connection, NEXT_STORY_KEY, "1")


def _view_of_record(record: dict[str, Any]) -> ArticleView:
    from storyline.corpus.story_features import ArticleView

    return ArticleView.of_record(record)


class SqlClusterState:
    """``ClusterState`` over the story tables for one batch: reads what it needs (and keeps
    it), writes every change at ``flush``."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.signatures: dict[str, list[int]] = {}
        self._count = connection.execute(select(func.count()).select_from(story_articles)).scalar_one()
        self._next_story = max((connection.execute(select(func.max(story_clusters.c.id))).scalar() or 0) + 1,
                               int(read_meta(connection, NEXT_STORY_KEY) or 1))
        self._merged = False
        self._next_event = (connection.execute(select(func.max(story_articles.c.event_id))).scalar() or 0) + 1
        self._frequencies: dict[str, int] = {}
        self._stored_keys: set[str] = set()   # keys with a row in story_frequencies
        self._stories: dict[int, StoryState] = {}
        self._new_stories: set[int] = set()
        self._changed: set[int] = set()
        self._postings: dict[str, list[int]] = {}
        self._new_postings: list[dict[str, Any]] = []
        self._assigned: list[dict[str, Any]] = []

    def document_count(self) -> int:
        return self._count

    def document_frequencies(self, keys: Iterable[str]) -> dict[str, int]:
        missing = sorted(key for key in keys if key not in self._frequencies)
        for first in range(0, len(missing), _SLICE):
            chunk = missing[first:first + _SLICE]
            found = dict(connection_rows(self.connection, select(story_frequencies.c.key, story_frequencies.c.articles)
                                         .where(story_frequencies.c.key.in_(chunk))))
            self._stored_keys.update(found)
            for key in chunk:
                self._frequencies[key] = found.get(key, 0)
        return self._frequencies

    def candidates(self, keys: list[str], limit: int) -> list[int]:
        hits: dict[int, int] = {}
        if keys:
            # Once per article: straight to the driver (a Core statement's per-call
            # compilation cost more than the query itself).
            hits.update(self.connection.exec_driver_sql(
                f"SELECT story_id, count(*) FROM story_keys WHERE key IN ({_marks(self.connection, len(keys))})"
                " GROUP BY story_id", tuple(keys)).all())
        for key in keys:
            for story_id in self._postings.get(key, ()):
                hits[story_id] = hits.get(story_id, 0) + 1
        return sorted(hits, key=lambda story_id: (-hits[story_id], story_id))[:limit]

    def story(self, story_id: int) -> StoryState:
        if story_id not in self._stories:
            row = self.connection.execute(
                select(story_clusters.c.size, story_clusters.c.first, story_clusters.c.last, story_clusters.c.state)
                .where(story_clusters.c.id == story_id)).one()
            self._stories[story_id] = _story_state(story_id, row.size, row.first, row.last, row.state)
        return self._stories[story_id]

    def new_story(self) -> StoryState:
        from storyline.corpus.clustering import StoryState

        story = StoryState(self._next_story)
        self._next_story += 1
        self._stories[story.id] = story
        self._new_stories.add(story.id)
        return story

    def new_event_id(self) -> int:
        self._next_event += 1
        return self._next_event - 1

    def save(self, story: StoryState, features: ArticleFeatures, assignment: Assignment,
             new_keys: list[str]) -> None:
        self._changed.add(story.id)
        self._count += 1
        for key in features.keys:
            self._frequencies[key] = self._frequencies.get(key, 0) + 1
        for key in new_keys:
            self._postings.setdefault(key, []).append(story.id)
            self._new_postings.append({"key": key, "story_id": story.id})
        self._assigned.append({
            "article_id": assignment.article_id, "story_id": assignment.story_id, "event_id": assignment.event_id,
            "event_date": assignment.event_date, "seq": self._count, "score": round(assignment.score, 6),
            "signature": self.signatures.get(assignment.article_id),
        })

    def merge(self, kept: StoryState, gone: StoryState, new_keys: list[str]) -> None:
        """``gone`` joined ``kept`` (``kept`` holds the merged state): its articles move,
        its index entries go, and ``kept`` is indexed by ``new_keys`` too."""
        self._merged = True
        self._changed.add(kept.id)
        self._changed.discard(gone.id)
        self._stories.pop(gone.id, None)
        for row in self._assigned:
            if row["story_id"] == gone.id:
                row["story_id"] = kept.id
        self._new_postings = [row for row in self._new_postings if row["story_id"] != gone.id]
        for key in gone.indexed:  # a story is posted under the keys it indexes, no others
            holders = self._postings.get(key)
            if holders is not None and gone.id in holders:
                holders.remove(gone.id)
        if gone.id in self._new_stories:
            self._new_stories.discard(gone.id)
        else:
            self.connection.execute(update(story_articles).where(story_articles.c.story_id == gone.id)
                                    .values(story_id=kept.id))
            # By its keys: the table's key is (key, story_id), so no scan of the whole index.
            indexed = sorted(gone.indexed)
            for first in range(0, len(indexed), _SLICE):
                self.connection.execute(delete(story_keys).where(
                    story_keys.c.key.in_(indexed[first:first + _SLICE]), story_keys.c.story_id == gone.id))
            self.connection.execute(delete(story_clusters).where(story_clusters.c.id == gone.id))
        for key in new_keys:
            self._postings.setdefault(key, []).append(kept.id)
            self._new_postings.append({"key": key, "story_id": kept.id})

    def flush(self) -> None:
        """Write the batch's stories, assignments, index entries and key counts."""
        if self._merged:
            write_meta(self.connection, NEXT_STORY_KEY, str(self._next_story))
        rows = [_story_row(self._stories[story_id]) for story_id in sorted(self._changed)]
        new = [row for row in rows if row["id"] in self._new_stories]
        old = [{**row, "story_pk": row["id"]} for row in rows if row["id"] not in self._new_stories]
        _insert(self.connection, story_clusters, new)
        if old:
            self.connection.execute(
                update(story_clusters).where(story_clusters.c.id == bindparam("story_pk"))
                .values(size=bindparam("size"), first=bindparam("first"), last=bindparam("last"),
                        state=bindparam("state")), old)
        _insert(self.connection, story_articles, self._assigned)
        _insert_plain(self.connection, "story_keys", ("key", "story_id"),
                      [(row["key"], row["story_id"]) for row in self._new_postings])
        counted = sorted(key for key in self._frequencies if key not in self._stored_keys)
        changed = [(n, key) for key, n in sorted(self._frequencies.items()) if key in self._stored_keys]
        # Keys looked up but never counted keep no row.
        _insert_plain(self.connection, "story_frequencies", ("key", "articles"),
                      [(key, self._frequencies[key]) for key in counted if self._frequencies[key]])
        if changed:
            # Thousands of rows a batch: straight to the driver's executemany, which the
            # per-row parameter handling of a Core UPDATE made the slowest part of a batch.
            mark = _mark(self.connection)
            self.connection.exec_driver_sql(
                f"UPDATE story_frequencies SET articles = {mark} WHERE key = {mark}", changed)


def connection_rows(connection: Connection, query: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.execute(query)]


def _insert(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    for first in range(0, len(rows), _SLICE):
        connection.execute(insert(table), rows[first:first + _SLICE])


def _insert_plain(connection: Connection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Rows of plain values (no JSON, no dates) straight to the driver's executemany: the
    thousands of key rows of a batch spent more time in a Core INSERT's per-row parameter
    handling than in the database."""
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_marks(connection, len(columns))})", rows)


def _mark(connection: Connection) -> str:
    """The parameter placeholder of the connection's driver (SQLite's "?", psycopg's "%s"),
    for the statements sent straight to the driver."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def _marks(connection: Connection, count: int) -> str:
    return ", ".join([_mark(connection)] * count)


def _story_row(story: StoryState) -> dict[str, Any]:
    state = {
        "vector": story.vector,
        "people": story.people, "places": story.places, "names": story.names,
        "events": [{"id": e.id, "date": e.date, "size": e.size,
                    "vector": e.vector} for e in story.events],
        "indexed": sorted(story.indexed),
    }
    return {"id": story.id, "size": story.size, "first": story.first, "last": story.last, "state": state}


def _story_state(story_id: int, size: int, first: str | None, last: str | None, state: dict[str, Any]) -> StoryState:
    from storyline.corpus.clustering import EventState, StoryState

    return StoryState(
        id=story_id, size=size, vector=state["vector"], people=state["people"], places=state["places"],
        names=state["names"], first=first, last=last,
        events=[EventState(e["id"], e["date"], e["size"], e["vector"]) for e in state["events"]],
        indexed=set(state["indexed"]),
    )


# The read side.

@dataclass(frozen=True, slots=True)
class StoryArticleRow:
    """One clustered article of the latest revisions, as the corpus layer reads it."""

    article_id: str
    doc: str
    title: str | None
    published: str | None
    site: str | None
    story_id: int
    event_id: int
    event_date: str | None
    seq: int
    score: float


def story_article_rows(connection: Connection, story_id: int | None = None) -> list[StoryArticleRow]:
    """The clustered latest articles (of one story), in the order they were clustered."""
    query = (
        select(story_articles.c.article_id, articles.c.doc, articles.c.title, articles.c.published,
               sources.c.name.label("site"), story_articles.c.story_id, story_articles.c.event_id,
               story_articles.c.event_date, story_articles.c.seq, story_articles.c.score)
        .select_from(story_articles.join(articles, articles.c.id == story_articles.c.article_id)
                     .outerjoin(sources, articles.c.source_id == sources.c.id))
        .where(articles.c.is_latest)
        .order_by(story_articles.c.seq)
    )
    if story_id is not None:
        query = query.where(story_articles.c.story_id == story_id)
    return [StoryArticleRow(*row) for row in connection.execute(query)]


def story_states(connection: Connection, story_ids: Iterable[int] | None = None) -> dict[int, StoryState]:
    """The clustering state of stories (all of them, or those of ``story_ids``)."""
    query = select(story_clusters.c.id, story_clusters.c.size, story_clusters.c.first, story_clusters.c.last,
                   story_clusters.c.state)
    wanted = None if story_ids is None else sorted(set(story_ids))
    found: dict[int, StoryState] = {}
    chunks = [None] if wanted is None else [wanted[i:i + _SLICE] for i in range(0, len(wanted), _SLICE)]
    for chunk in chunks:
        chunk_query = query if chunk is None else query.where(story_clusters.c.id.in_(chunk))
        for row in connection.execute(chunk_query):
            found[row.id] = _story_state(row.id, row.size, row.first, row.last, row.state)
    return found


def signatures(connection: Connection, article_ids: Iterable[str] | None = None) -> dict[str, list[int]]:
    """The stored MinHash signature of each clustered latest article (of ``article_ids``)."""
    query = (select(story_articles.c.article_id, story_articles.c.signature)
             .join(articles, articles.c.id == story_articles.c.article_id)
             .where(articles.c.is_latest, story_articles.c.signature.is_not(None))
             .order_by(story_articles.c.seq))
    found = dict(connection_rows(connection, query))
    if article_ids is not None:
        wanted = set(article_ids)
        found = {key: value for key, value in found.items() if key in wanted}
    return found
