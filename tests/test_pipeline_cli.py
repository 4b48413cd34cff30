"""``storyline extract``/``ingest`` with worker processes, through click's runner."""

from __future__ import annotations

import json
import shutil

from conftest import SEEDS, run
from storyline.store import Store


def test_workers_that_cannot_load_the_model_give_one_clear_line() -> None:
    result = run("extract", str(SEEDS), "--model", "no_such_model", "-j", "2")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("Error: spaCy pipeline 'no_such_model' is not installed")
    assert sum("no_such_model" in line for line in lines) == 1


def test_ingest_with_workers_stores_the_good_and_names_the_bad(tmp_path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "ads.txt").write_text("Advertisement\n\nComments\n", encoding="utf-8")
    (inputs / "lines.jsonl").write_text(
        json.dumps({"id": "x1", "text": "The vote passed on Monday."}) + "\n{not json\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = run("ingest", str(inputs), "--db", db, "-j", "2")
    assert result.exit_code == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert len(errors) == 3
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("ads.txt: no article text left" in line for line in errors)
    assert any("lines.jsonl:2: not valid JSON" in line for line in errors)
    assert result.stderr.strip().splitlines()[-1] == (
        "stored 6 new article(s), 0 revision(s), 0 already stored; 3 input(s) failed")
    with Store(db) as store:
        assert store.count() == 6
