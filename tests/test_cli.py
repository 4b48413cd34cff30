"""The command line, through click's runner, with exact output where it is fixed."""

from __future__ import annotations

import gzip
import json
import shutil

from conftest import SEEDS, run

CONTRACT_KEYS = ["doc", "id", "url", "site", "title", "byline", "published", "published_from",
                 "text", "entities", "quotes", "quantities", "times"]


def test_extract_jsonl_gives_five_contract_records() -> None:
    result = run("extract", str(SEEDS), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    for record in records:
        assert all(key in record for key in CONTRACT_KEYS)
        for entity in record["entities"]:
            for mention in entity["mentions"]:
                assert record["text"][mention["start"]:mention["end"]] == mention["text"]
    assert result.stderr.strip().endswith("extracted 5 article(s)")


def test_extract_json_is_one_array() -> None:
    result = run("extract", str(SEEDS / "002_3d43a6674e008687.txt"), "--format", "json")
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert record["published"] == "2025-03-06" and record["credit"] == "With AFP"


def test_extract_published_option_is_a_fallback(tmp_path) -> None:
    shutil.copy(SEEDS / "001_e7b65f79eb444cbf.txt", tmp_path)
    result = run("extract", str(tmp_path), "--published", "2025-03-16")
    assert json.loads(result.stdout)["published"] == "2025-03-16"
    bad = run("extract", str(tmp_path), "--published", "soon")
    assert bad.exit_code == 2 and "--published" in bad.stderr


def test_ingest_twice_then_articles_table(db: str) -> None:
    assert run("ingest", str(SEEDS), "--db", db).exit_code == 0
    again = run("ingest", str(SEEDS), "--db", db)
    assert again.exit_code == 0
    assert again.stderr.strip().endswith("stored 0 new article(s), 0 revision(s), 5 already stored")
    table = run("articles", "--db", db)
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["ID", "SITE", "PUBLISHED", "TITLE", "ENT", "QUO", "NUM", "TIME"]
    assert len(lines) == 6
    assert "2025-02-24" in lines[1] and "Macron backs Trump's Russia outreach" in lines[1]
    assert "2025-09-04" in lines[5] and "Macron Says 26 Countries Ready" in lines[5]
    rows = [json.loads(line) for line in run("articles", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert [row["published"] for row in rows] == [
        "2025-02-24", "2025-02-25", "2025-03-06", "2025-03-16", "2025-09-04"]


def test_ingest_with_bad_files_stores_the_good_and_exits_1(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS.glob("*"):
        shutil.copy(seed, folder)
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("")
    (folder / "cut.html.gz").write_bytes(gzip.compress(b"<html><body><p>text</p>" * 300)[:50])
    db = str(tmp_path / "s.db")
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3
    assert any("junk.bin: binary file" in line for line in errors)
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("cut.html.gz: truncated or corrupt gzip file" in line for line in errors)
    assert len(run("articles", "--db", db, "--format", "jsonl").stdout.splitlines()) == 5


def test_missing_model_is_one_clear_line(tmp_path) -> None:
    result = run("extract", str(SEEDS), "--model", "no_such_model")
    assert result.exit_code == 1
    assert "spaCy pipeline 'no_such_model' is not installed" in result.stderr


def test_a_group_made_by_one_of_its_modules_still_gets_every_subcommand() -> None:
    # in a fresh interpreter: one eval module imported by hand (as a test or a tool does)
    # makes the eval group; the others must still register theirs when it is used
    import subprocess
    import sys

    code = ("import storyline.cli.eval_html\n"
            "from storyline.cli import main\n"
            "main(['eval', 'stance', '--help'])\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "relative score" in result.stdout


def test_python_dash_m_storyline_is_the_same_command_line() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "storyline", "--help"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Usage: python -m storyline" in done.stdout and "ingest" in done.stdout
