"""``storyline export``: every kind of record as JSONL (the CLI's records), CSV and typed
Parquet with the documented columns, over the seeds store (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import storyline
from conftest import ROOT, run
from storyline.corpus.export import COLUMNS

WHATS = ["articles", "quotes", "numbers", "entities", "timeline", "stories"]


def readme_columns(what: str) -> list[str]:
    """The column list the README documents for ``what``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith(f"- `--what {what}`"))
    return [name.strip("` ") for name in line.split(":", 1)[1].rstrip(".").split(",")]


def test_quotes_parquet_reads_back_with_the_documented_typed_columns(seeds_db: str, tmp_path: Path) -> None:
    target = tmp_path / "quotes.parquet"
    result = run("export", "--what", "quotes", "--format", "parquet", "-o", str(target), "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(target)
    assert table.schema.names == readme_columns("quotes")
    types = dict(zip(table.schema.names, table.schema.types))
    assert types["start"] == pa.int64() and types["confidence"] == pa.float64()
    assert types["speaker_anonymous"] == pa.bool_() and types["text"] == pa.string()
    with storyline.open(seeds_db) as corpus:
        statements = corpus.statements()
    assert table.num_rows == len(statements) > 0
    rows = table.to_pylist()
    for row, statement in zip(rows, statements):
        record = statement.to_record()
        assert (row["article"], row["start"], row["end"], row["text"]) == (
            record["article"], record["start"], record["end"], record["text"])
        speaker = record.get("speaker") or {}
        assert row["speaker_name"] == speaker.get("name")


@pytest.mark.parametrize("what", WHATS)
def test_every_export_in_every_format(seeds_db: str, tmp_path: Path, what: str) -> None:
    outputs = {}
    for output_format in ("jsonl", "csv", "parquet"):
        target = tmp_path / f"{what}.{output_format}"
        result = run("export", "--what", what, "--format", output_format, "-o", str(target), "--db", seeds_db)
        assert result.exit_code == 0, result.stderr
        outputs[output_format] = target
    lines = [json.loads(line) for line in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    with outputs["csv"].open(encoding="utf-8", newline="") as handle:
        table_rows = list(csv.DictReader(handle))
    parquet = pq.read_table(outputs["parquet"])
    assert len(lines) == len(table_rows) == parquet.num_rows > 0
    assert parquet.schema.names == [column.name for column in COLUMNS[what]] == readme_columns(what)
    assert list(table_rows[0]) == parquet.schema.names


def test_jsonl_is_the_cli_records(seeds_db: str, tmp_path: Path) -> None:
    target = tmp_path / "q.jsonl"
    assert run("export", "--what", "quotes", "-o", str(target), "--db", seeds_db).exit_code == 0
    listed = run("quotes", "--format", "jsonl", "--db", seeds_db).stdout
    assert target.read_text(encoding="utf-8").splitlines() == listed.splitlines()


def test_export_of_one_story_keeps_its_records_only(seeds_db: str, tmp_path: Path) -> None:
    with storyline.open(seeds_db) as corpus:
        article = corpus.articles()[0]["id"]
        stories = corpus.stories()
    story = str(stories[0].to_record()["id"]) if stories else article[:10]
    target = tmp_path / "one.jsonl"
    result = run("export", "--what", "articles", "-o", str(target), "--story", story, "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    exported = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert exported and (stories or [row["id"] for row in exported] == [article])


def test_parquet_to_stdout_is_a_clear_error(seeds_db: str) -> None:
    result = run("export", "--what", "quotes", "--format", "parquet", "-o", "-", "--db", seeds_db)
    assert result.exit_code == 1 and "parquet needs a file" in result.stderr



def test_stories_export_typed_with_their_events_as_json(seeds_db: str, tmp_path: Path) -> None:
    target = tmp_path / "stories.parquet"
    assert run("export", "--what", "stories", "--format", "parquet", "-o", str(target), "--db", seeds_db).exit_code == 0
    table = pq.read_table(target)
    with storyline.open(seeds_db) as corpus:
        stories = [story.to_record() for story in corpus.stories()]
    assert table.num_rows == len(stories) > 0
    assert table.schema.field("id").type == pa.int64()
    assert table.schema.field("article_ids").type == pa.list_(pa.string())
    first = table.to_pylist()[0]
    assert first["article_ids"] == stories[0]["article_ids"]
    assert json.loads(first["events"]) == stories[0]["events"]
