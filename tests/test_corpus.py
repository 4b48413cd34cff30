"""The Python API: ``storyline.open(db)`` and the Corpus methods over a store of the seeds
(SQLite and PostgreSQL), agreeing with the CLI's jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline
from conftest import run
from storyline.corpus import Corpus, CorpusEntity, QuantityRow, Statement, TimelineEntry, UnknownIdError
from storyline.errors import StoreError


def cli_jsonl(*args: str) -> list[dict]:
    result = run(*args, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_open_is_the_corpus_of_the_cli(seeds_db: str) -> None:
    assert "open" in storyline.__all__ and "Corpus" in storyline.__all__
    with storyline.open(seeds_db) as corpus:
        assert isinstance(corpus, Corpus)
        assert corpus.articles() == cli_jsonl("articles", "--db", seeds_db)
        statements = corpus.statements()
        quantities = corpus.quantities()
        entries = corpus.timeline()
        entities = corpus.entities()
    assert all(isinstance(s, Statement) for s in statements)
    assert [s.to_record() for s in statements] == cli_jsonl("quotes", "--db", seeds_db)
    assert all(isinstance(q, QuantityRow) for q in quantities)
    assert [q.to_record() for q in quantities] == cli_jsonl("numbers", "--db", seeds_db)
    assert all(isinstance(e, TimelineEntry) for e in entries)
    assert [e.to_record() for e in entries] == cli_jsonl("timeline", "--db", seeds_db)
    assert all(isinstance(e, CorpusEntity) for e in entities)
    assert [e.to_record() for e in entities] == cli_jsonl("entities", "--db", seeds_db)


def test_filters_and_lookups(seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        lavrov = corpus.statements(speaker="lavrov")
        assert [s.speaker for s in lavrov] == ["Sergei Lavrov"] * 3
        article_id = lavrov[0].article
        record = corpus.article(article_id[:8])
        assert record is not None and record["doc"] == lavrov[0].doc
        assert all(record["text"][s.start:s.end] == s.text for s in lavrov)
        assert corpus.article("ffffffffff") is None
        assert {s.article for s in corpus.statements(article=article_id[:10])} == {article_id}
        with pytest.raises(UnknownIdError, match="no article with an id starting 'zzzz'"):
            corpus.statements(article="zzzz")
        assert [q.text for q in corpus.quantities(counted="countries")] == ["35"]
        assert {q.entity for q in corpus.quantities(entity="russia")} == {"Russia"}
        assert all(e.type == "PERSON" for e in corpus.entities(type="person"))
        putin = corpus.entity("vladimir putin")
        assert putin is not None and putin.id == "person:vladimir-putin"
        assert corpus.entity("Nobody Atall") is None
        assert corpus.cooccurring(putin)[0][0].name == "Ukraine"
        said = corpus.statements_of(corpus.entity("Sergei Lavrov"))
        assert [s.text for s in said] == [s.text for s in lavrov]
        named = corpus.timeline(entity="lavrov")
        assert named and all("Lavrov" in (e.who or "") or "Lavrov" in e.text for e in named)


def test_entities_are_merged_once_per_state_of_the_store(seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        first = corpus.entities()
        assert corpus.entities() == first and corpus._merged_entities() is corpus._merged_entities()


def test_open_never_creates_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no store at .*typo.db: the file does not exist; make one with "
                                         "`storyline ingest PATH --db .*typo.db`"):
        storyline.open(str(missing))
    assert not missing.exists()


def test_open_refuses_an_empty_database(db: str) -> None:
    # An existing database without Storyline's tables (here: the test PostgreSQL database,
    # or a SQLite file someone else made) is no store either.
    if "://" not in db:
        import sqlite3

        sqlite3.connect(db).close()
    with pytest.raises(StoreError, match="holds no Storyline tables"):
        storyline.open(db)


def test_story_filters(seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        stories = corpus.stories()
        story = next(story for story in stories if len(story.article_ids) > 1)
        ids = set(story.article_ids)
        for key in (story.id, str(story.id)):
            statements = corpus.statements(story=key)
            assert statements == [s for s in corpus.statements() if s.article in ids]
            quantities = corpus.quantities(story=key)
            assert quantities == [q for q in corpus.quantities() if q.article in ids]
            assert {e.article for e in corpus.timeline(story=key)} == ids
        assert corpus.statements(speaker="macron", story=story.id) == [
            s for s in corpus.statements(speaker="macron") if s.article in ids]
        for ask in (corpus.statements, corpus.quantities, corpus.timeline):
            with pytest.raises(UnknownIdError, match="no story 'nosuch'; `storyline stories` lists them"):
                ask(story="nosuch")


def test_generation_changes_when_the_stories_are_clustered_anew(tmp_path: Path) -> None:
    """A reader that keeps pages while the generation stays the same (the web UI) must not
    serve stories that ``storyline recluster`` has replaced."""
    from conftest import SEEDS

    db = str(tmp_path / "store.db")
    assert run("ingest", str(sorted(SEEDS.glob("*"))[0]), "--db", db).exit_code == 0
    with storyline.open(db) as corpus:
        before = corpus.generation()
        assert corpus.generation() == before
        assert run("recluster", "--db", db).exit_code == 0
        assert corpus.generation() != before
