"""The store, in SQLite and in PostgreSQL: dedup by text hash, revisions by URL, listing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storyline.clean import text_id
from storyline.model import Article, Entity, Span
from storyline.pipeline import Pipeline
from storyline.errors import StoreError
from storyline.store import Store, resolve_url
from storyline.store.schema import articles, entities, mentions, sources


def test_resolve_url(monkeypatch) -> None:
    monkeypatch.delenv("STORYLINE_DB", raising=False)
    assert resolve_url(None) == "sqlite:///storyline.db"
    assert resolve_url("x/y.db") == "sqlite:///x/y.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgresql+psycopg2://u@h/db") == "postgresql+psycopg2://u@h/db"
    monkeypatch.setenv("STORYLINE_DB", "env.db")
    assert resolve_url(None) == "sqlite:///env.db"


def test_same_article_twice_is_stored_once(db, seed_articles) -> None:
    with Store(db) as store:
        first = store.add_many(seed_articles.values())
        second = store.add_many(seed_articles.values())
        assert first == ["added"] * 5 and second == ["duplicate"] * 5
        rows = store.articles()
    assert len(rows) == 5
    assert [row["published"] for row in rows] == sorted(row["published"] for row in rows)
    by_doc = {row["doc"]: row for row in rows}
    assert by_doc["004_a44e334fb6fbc269.txt"]["entities"] > 5


def test_new_text_of_a_url_is_a_revision(db, pipeline: Pipeline) -> None:
    url = "https://example.org/story"
    old = pipeline.process_text("The vote is on Monday.", url=url)
    new = pipeline.process_text("The vote is on Monday. It passed.", url=url)
    with Store(db) as store:
        assert store.add(old) == "added"
        assert store.add(new) == "revision"
        assert store.add(old) == "duplicate"
        rows = store.articles()
        assert store.count() == 2
    assert [(row["id"], row["revision"]) for row in rows] == [(new.id, 2)]


def test_record_round_trip(db, seed_articles) -> None:
    article = seed_articles["002_3d43a6674e008687.txt"]
    with Store(db) as store:
        store.add(article)
        assert store.record(article.id[:10]) == article.to_record()
        assert store.record("ffff") is None


def _article(number: int, url: str | None = None, site: str | None = None) -> Article:
    """A small hand-made article with one entity of two mentions (offsets into its text)."""
    text = f"Paris talks, round {number}. Paris hosted them."
    mentions = [Span(0, 5, "Paris"), Span(text.rindex("Paris"), text.rindex("Paris") + 5, "Paris")]
    return Article(doc=f"doc{number}.txt", id=text_id(text), text=text, url=url, site=site,
                   entities=[Entity("e1", "Paris", "GPE", mentions),
                             Entity("e2", f"Round {number}", "EVENT", [Span(13, 18, "round")])])


def test_one_batch_with_revisions_and_repeats(db) -> None:
    url = "https://example.org/story"
    old, new, other = _article(1, url=url), _article(2, url=url), _article(3)
    with Store(db) as store:
        assert store.add_many([old, new, old, other, new]) == [
            "added", "revision", "duplicate", "added", "duplicate"]
        rows = store.articles()
        assert store.count() == 3
    assert sorted((row["id"], row["revision"]) for row in rows) == sorted([(new.id, 2), (other.id, 1)])


def test_batches_larger_than_a_statement_keep_every_row_in_place(db) -> None:
    # More articles than one multi-row statement takes; the second half revises the first.
    total = 1200
    batch = [_article(i, url=f"https://example.org/{i % 600}", site=f"Site {i % 3}") for i in range(total)]
    with Store(db) as store:
        statuses = store.add_many(batch)
        assert statuses == ["added"] * 600 + ["revision"] * 600
        assert store.count() == total and len(store.articles()) == 600
        with store.engine.connect() as connection:
            sources_count = connection.execute(select(func.count()).select_from(sources)).scalar_one()
            stored = connection.execute(
                select(articles.c.id, articles.c.text, entities.c.name, mentions.c.start, mentions.c.end,
                       mentions.c.text)
                .select_from(mentions.join(entities, mentions.c.entity_pk == entities.c.pk)
                             .join(articles, mentions.c.article_id == articles.c.id))
                .where(entities.c.article_id == mentions.c.article_id)
            ).all()
    assert sources_count == 3
    # Each mention hangs from its own entity of its own article and points at its characters.
    expected = {(article.id, mention.start): entity.name
                for article in batch for entity in article.entities for mention in entity.mentions}
    assert len(stored) == len(expected) == total * 3
    assert all(text[start:end] == mention for _, text, _, start, end, mention in stored)
    assert {(article_id, start): name for article_id, _, name, start, _, _ in stored} == expected


def test_a_database_without_its_driver_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="driver is not installed"):
        Store("mysql://user@localhost/news")


def test_a_filter_on_more_ids_than_the_database_binds_still_reads(db, seed_articles) -> None:
    # a story of more articles than SQLite (32,766; 250,000 in some builds) or PostgreSQL
    # (65,535) take as parameters of one statement
    from storyline.store.articles import latest

    article = seed_articles["002_3d43a6674e008687.txt"]
    wanted = [f"{number:040x}" for number in range(300_000)] + [article.id]
    with Store(db) as store:
        store.add(article)
        with store.engine.connect() as connection:
            found = connection.execute(select(articles.c.id).where(*latest(article_ids=wanted))).scalars().all()
    assert found == [article.id]
