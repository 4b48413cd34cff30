"""The SQLite store: dedup by text hash, revisions by URL, listing."""

from __future__ import annotations

from storyline.pipeline import Pipeline
from storyline.store import Store, resolve_url


def test_resolve_url(monkeypatch) -> None:
    monkeypatch.delenv("STORYLINE_DB", raising=False)
    assert resolve_url(None) == "sqlite:///storyline.db"
    assert resolve_url("x/y.db") == "sqlite:///x/y.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.setenv("STORYLINE_DB", "env.db")
    assert resolve_url(None) == "sqlite:///env.db"


def test_same_article_twice_is_stored_once(tmp_path, seed_articles) -> None:
    with Store(str(tmp_path / "s.db")) as store:
        first = store.add_many(seed_articles.values())
        second = store.add_many(seed_articles.values())
        assert first == ["added"] * 5 and second == ["duplicate"] * 5
        rows = store.articles()
    assert len(rows) == 5
    assert [row["published"] for row in rows] == sorted(row["published"] for row in rows)
    by_doc = {row["doc"]: row for row in rows}
    assert by_doc["004_a44e334fb6fbc269.txt"]["entities"] > 5


def test_new_text_of_a_url_is_a_revision(tmp_path, pipeline: Pipeline) -> None:
    url = "https://example.org/story"
    old = pipeline.process_text("The vote is on Monday.", url=url)
    new = pipeline.process_text("The vote is on Monday. It passed.", url=url)
    with Store(str(tmp_path / "s.db")) as store:
        assert store.add(old) == "added"
        assert store.add(new) == "revision"
        assert store.add(old) == "duplicate"
        rows = store.articles()
        assert store.count() == 2
    assert [(row["id"], row["revision"]) for row in rows] == [(new.id, 2)]


def test_record_round_trip(tmp_path, seed_articles) -> None:
    article = seed_articles["002_3d43a6674e008687.txt"]
    with Store(str(tmp_path / "s.db")) as store:
        store.add(article)
        assert store.record(article.id[:10]) == article.to_record()
        assert store.record("ffff") is None
