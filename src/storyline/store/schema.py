"""The store's tables (SQLAlchemy Core): the same schema on SQLite and PostgreSQL.

Articles are keyed by the SHA-1 of their clean text. Every extracted record keeps its
article id and its offsets, so each fact can be traced to its characters.
"""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, UniqueConstraint)

metadata = MetaData()

# The version of this schema, kept in ``storyline_meta``. Bump it with every change to the
# tables below: opening an older store then creates the new tables (store/version.py).
# 1: before the version table; 2: storyline_meta; 3: story_* tables.
SCHEMA_VERSION = 3

meta = Table(
    "storyline_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False, unique=True),
)

articles = Table(
    "articles", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc", Text, nullable=False),
    # What makes two texts versions of one article: the URL, else the input's name.
    Column("identity", Text, nullable=False),
    Column("url", Text),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("title", Text),
    Column("byline", Text),
    Column("published", String(10)),
    Column("published_from", String(8)),
    Column("credit", Text),
    Column("text", Text, nullable=False),
    Column("record", JSON, nullable=False),
    Column("revision", Integer, nullable=False, default=1),
    Column("is_latest", Boolean, nullable=False, default=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_identity", "identity"),
    Index("ix_articles_published", "published"),
)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("roles", JSON, nullable=False),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_entities_name", "name"),
)

mentions = Table(
    "mentions", metadata,
    Column("pk", Integer, primary_key=True),
    Column("entity_pk", Integer, ForeignKey("entities.pk", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_entity", "entity_pk"),
)

quotes = Table(
    "quotes", metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("speaker", Text),
    Column("speaker_entity", String(20)),
    Column("confidence", Float),
    Column("record", JSON, nullable=False),
    Index("ix_quotes_article", "article_id"),
    Index("ix_quotes_speaker", "speaker"),
)

quantities = Table(
    "quantities", metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("unit", String(20)),
    Column("kind", String(20)),
    Column("counted", Text),
    Column("record", JSON, nullable=False),
    Index("ix_quantities_article", "article_id"),
)

times = Table(
    "times", metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(40)),
    Column("record", JSON, nullable=False),
    Index("ix_times_article", "article_id"),
)

# Shards of an input that a resumable run (``storyline ingest --engine ray``) has finished
# and stored: a rerun skips them. ``fingerprint`` is the SHA-1 of the shard's documents, so
# a changed input is read again.
shards = Table(
    "ingested_shards", metadata,
    Column("input", Text, primary_key=True),
    Column("shard", Integer, primary_key=True),
    Column("fingerprint", String(40), primary_key=True),
    Column("articles", Integer, nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
)

# Stories and events (corpus/clustering.py, store/stories.py): each stored article's story
# and event, the state of each story (its mean vector, people, places, events), the inverted
# index from keys (entities, rare terms) to the stories holding them, and the number of
# articles holding each key (for rarity weights). Filled as articles are stored.
story_clusters = Table(
    "story_clusters", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("size", Integer, nullable=False),
    Column("first", String(10)),
    Column("last", String(10)),
    Column("state", JSON, nullable=False),
)

story_articles = Table(
    "story_articles", metadata,
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Integer, nullable=False),
    Column("event_id", Integer, nullable=False),
    Column("event_date", String(10)),
    Column("seq", Integer, nullable=False),
    Column("score", Float, nullable=False),
    # MinHash signature of the clean text's word shingles (corpus/dedup.py).
    Column("signature", JSON),
    Index("ix_story_articles_story", "story_id"),
)

story_keys = Table(
    "story_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("story_id", Integer, primary_key=True, autoincrement=False),
)

story_frequencies = Table(
    "story_frequencies", metadata,
    Column("key", Text, primary_key=True),
    Column("articles", Integer, nullable=False),
)
