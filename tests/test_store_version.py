"""The store's schema version: an older store is upgraded when opened, with its articles
intact; a newer one is refused with the version it needs; new tables need no code."""

from __future__ import annotations

import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, inspect, select, update
from sqlalchemy.pool import NullPool

import storyline
from conftest import DATA, run
from storyline.errors import StoreError
from storyline.store import Store, schema
from storyline.store.schema import SCHEMA_VERSION, meta

# A store of the five seeds made by the code before the schema had a version.
OLD_STORE = DATA / "stores" / "store-before-schema-version.db"
SEED_DOCS = {"000_eb20bdf25b96ae3f.txt", "001_e7b65f79eb444cbf.txt", "002_3d43a6674e008687.txt",
             "003_d6d2929f3d089768.txt", "004_a44e334fb6fbc269.txt"}


def stored_meta(url: str) -> dict[str, str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return dict(connection.execute(select(meta.c.key, meta.c.value)).all())
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_store_from_before_the_version_is_upgraded_with_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(OLD_STORE, path)
    url = f"sqlite:///{path}"
    assert meta.name not in table_names(url)
    with storyline.open(str(path)) as corpus:
        assert corpus.store.schema_version_found == 1
        articles = corpus.articles()
        statements = corpus.statements()
        lavrov = corpus.statements(speaker="lavrov")
        stories = corpus.stories()
    assert stored_meta(url)["schema_version"] == str(SCHEMA_VERSION)
    assert set(schema.metadata.tables) <= table_names(url)
    assert {row["doc"] for row in articles} == SEED_DOCS
    assert sum(row["quotes"] for row in articles) == len(statements) == 74
    assert [s.speaker for s in lavrov] == ["Sergei Lavrov"] * 3
    # the articles stored before stories existed were clustered by the upgrade
    assert sorted(article for story in stories for article in story.articles) == sorted(SEED_DOCS)
    with Store(str(path)) as store:  # opened again: nothing left to do
        assert store.schema_version_found == SCHEMA_VERSION
        for row in articles:
            record = store.record(row["id"])
            assert record is not None and len(record["quotes"]) == row["quotes"]
            assert all(record["text"][q["start"]:q["end"]] == q["text"] for q in record["quotes"])
    listed = run("quotes", "--db", str(path), "--speaker", "lavrov")
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == 4


def test_a_new_table_is_created_on_upgrade_without_code_of_its_own(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.db"
    shutil.copy(OLD_STORE, path)
    extra = Table("test_new_feature", schema.metadata, Column("pk", Integer, primary_key=True))
    try:
        monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setattr("storyline.store.version.SCHEMA_VERSION", SCHEMA_VERSION + 1)
        with Store(str(path), create=False) as store:
            assert store.schema_version_found == 1
            assert len(store.articles()) == 5
        assert "test_new_feature" in table_names(f"sqlite:///{path}")
        assert stored_meta(f"sqlite:///{path}")["schema_version"] == str(SCHEMA_VERSION + 1)
    finally:
        schema.metadata.remove(extra)


def test_a_store_of_a_newer_version_is_refused(db: str) -> None:
    with Store(db) as store:
        with store.engine.begin() as connection:
            connection.execute(update(meta).where(meta.c.key == "schema_version")
                               .values(value=str(SCHEMA_VERSION + 3)))
            connection.execute(update(meta).where(meta.c.key == "storyline_version").values(value="9.0.0"))
    needed = (f"has schema version {SCHEMA_VERSION + 3}, written by Storyline 9.0.0; this Storyline "
              f"{storyline.__version__} reads schema version {SCHEMA_VERSION} at most")
    with pytest.raises(StoreError, match=needed):
        Store(db)
    with pytest.raises(StoreError, match=needed):
        storyline.open(db)
    result = run("articles", "--db", db)
    assert result.exit_code == 1 and f"needs a Storyline that knows schema version {SCHEMA_VERSION + 3}" in result.stderr


def test_a_new_store_is_made_at_the_current_version(db: str) -> None:
    with Store(db) as store:
        assert store.schema_version_found == 0
    assert stored_meta(db if "://" in db else f"sqlite:///{db}") == {
        "schema_version": str(SCHEMA_VERSION), "storyline_version": storyline.__version__}


def test_writing_still_creates_a_missing_sqlite_store(tmp_path: Path) -> None:
    path = tmp_path / "new" / "s.db"
    path.parent.mkdir()
    with Store(str(path)) as store:
        assert store.count() == 0
    assert path.exists()


def test_an_unversioned_store_is_upgraded_on_both_databases(db: str, seed_articles) -> None:
    article = seed_articles["002_3d43a6674e008687.txt"]
    with Store(db) as store:
        store.add(article)
        # as the code before the version made it: no version table
        meta.drop(store.engine)
    url = db if "://" in db else f"sqlite:///{db}"
    assert meta.name not in table_names(url)
    with storyline.open(db) as corpus:
        assert corpus.store.schema_version_found == 1
        assert corpus.article(article.id) == article.to_record()
    assert stored_meta(url)["schema_version"] == str(SCHEMA_VERSION)


def _open_at_once(target: str, count: int) -> list[int | str]:
    """Open the store ``count`` times at the same moment (threads); each the version it found
    or its error."""
    barrier = threading.Barrier(count)

    def open_one(_: int) -> int | str:
        barrier.wait()
        try:
            with Store(target) as store:
                return store.schema_version_found
        except StoreError as error:
            return str(error)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(open_one, range(count)))


def test_opened_at_once_a_store_is_made_or_upgraded_once(db: str, tmp_path: Path) -> None:
    # a new store (SQLite file or PostgreSQL database) made by several writers at once
    found = _open_at_once(db, 6)
    assert all(isinstance(version, int) for version in found), found
    assert sorted(found) == [0] + [SCHEMA_VERSION] * 5, found
    # an older store upgraded by several at once: its articles clustered once
    path = tmp_path / "old.db"
    shutil.copy(OLD_STORE, path)
    found = _open_at_once(str(path), 4)
    assert all(isinstance(version, int) for version in found), found
    assert sorted(found) == [1] + [SCHEMA_VERSION] * 3, found
    with storyline.open(str(path)) as corpus:
        clustered = [doc for story in corpus.stories() for doc in story.articles]
    assert sorted(clustered) == sorted(SEED_DOCS)


def test_messages_never_show_a_database_password() -> None:
    url = "postgresql://storyline_test:not-the-password@127.0.0.1:1/nowhere"
    for open_it in (Store, storyline.open):
        with pytest.raises(StoreError) as caught:
            open_it(url)
        assert "not-the-password" not in str(caught.value) and "storyline_test:***@" in str(caught.value)
    with pytest.raises(StoreError) as caught:
        Store("mysql://user:hunter2@localhost/news")
    assert "hunter2" not in str(caught.value)
