"""Skip early: a rerun over the same inputs recognises the stored articles before NLP."""

from __future__ import annotations

import shutil
from pathlib import Path

import conftest
from conftest import SEEDS, run
from storyline.ingest import read_sources
from storyline.pipeline import Pipeline
from storyline.scale.skip import SkipStored
from storyline.store import Store


def parsed_during(*args: str) -> tuple[int, str]:
    """(articles annotated, stderr) of one CLI run; conftest counts every annotated article."""
    before = len(conftest.checked_articles)
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return len(conftest.checked_articles) - before, result.stderr


def test_rerun_parses_nothing_and_a_changed_text_only(tmp_path: Path, db: str) -> None:
    """In SQLite and in PostgreSQL (the ``db`` fixture)."""
    seeds = shutil.copytree(SEEDS, tmp_path / "seeds")
    parsed, _ = parsed_during("ingest", str(seeds), "--db", db)
    assert parsed == 5
    parsed, stderr = parsed_during("ingest", str(seeds), "--db", db)
    assert parsed == 0
    assert "5 article(s) found in the store before parsing" in stderr
    assert stderr.strip().endswith("stored 0 new article(s), 0 revision(s), 5 already stored")
    changed = seeds / "002_3d43a6674e008687.txt"
    text = changed.read_text(encoding="utf-8")
    middle = text.index(" the ", len(text) // 2)  # a word in the body changes: a new revision
    changed.write_text(text[:middle] + " that " + text[middle + 5:], encoding="utf-8")
    parsed, stderr = parsed_during("ingest", str(seeds), "--db", db)
    assert parsed == 1
    assert stderr.strip().endswith("stored 0 new article(s), 1 revision(s), 4 already stored")


def test_new_documents_are_not_cleaned_before_the_pipeline(tmp_path: Path, pipeline: Pipeline,
                                                           monkeypatch) -> None:
    """Into an empty store nothing is cleaned twice: a document whose URL and name the store
    does not know goes on untouched, one query per batch."""
    cleaned: list[str] = []
    original = Pipeline.clean
    monkeypatch.setattr(Pipeline, "clean", lambda self, raw: cleaned.append(raw.doc) or original(self, raw))
    with Store(str(tmp_path / "e.db")) as store:
        skip = SkipStored(store, pipeline, batch=2)
        kept = list(skip(read_sources([SEEDS])))
    assert len(kept) == 5 and cleaned == [] and skip.skipped == 0


def test_jsonl_rerun_skips_by_id_and_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [f'{{"id": "n{i}", "text": "Officials in Town {i} said the bridge would reopen on Friday."}}'
             for i in range(3)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "j.db")
    assert parsed_during("ingest", str(corpus), "--db", db)[0] == 3
    corpus.write_text("\n".join(lines + ['{"id": "n3", "text": "A fourth town voted."}']) + "\n", encoding="utf-8")
    parsed, stderr = parsed_during("ingest", str(corpus), "--db", db)
    assert parsed == 1 and "3 article(s) found in the store before parsing" in stderr, stderr
