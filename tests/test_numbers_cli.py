"""``storyline numbers`` and ``storyline eval quantities`` through click's runner, over a
store (SQLite and PostgreSQL) with the seeds ingested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, SEEDS, run


def jsonl(*args: str) -> list[dict]:
    result = run("numbers", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_counted_countries_table_is_exact(seeds_db: str) -> None:
    result = run("numbers", "--counted", "countries", "--db", seeds_db)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "ARTICLE" + " " * 19 + "PUBLISHED   QUANTITY" + " " * 16 + "VALUE" + " " * 22 + "UNIT   "
        "COUNTED" + " " * 15 + "ENTITY" + " " * 12 + "SENTENCE",
        "004_a44e334fb6fbc269.txt  2025-09-04  35" + " " * 22 + "35" + " " * 32 + "countries"
        + " " * 31 + "The French leader made the announcement after a summit of 35 countries "
        "dubbed the \u201cCoalition of the Willing\u201d.",
    ]


@pytest.mark.parametrize("word", ["allies", "ally", "ALLIES"])
def test_counted_allies_singular_or_plural(seeds_db: str, word: str) -> None:
    (row,) = jsonl("--counted", word, "--db", seeds_db)
    assert (row["doc"], row["text"], row["value"], row["counted"], row["published"]) == (
        "004_a44e334fb6fbc269.txt", "Twenty-six", 26, "allies", "2025-09-04")
    assert row["sentence"].startswith("Twenty-six Western allies have formally committed")


def test_counted_soldiers_is_vague_with_bounds(seeds_db: str) -> None:
    (row,) = jsonl("--counted", "soldiers", "--db", seeds_db)
    assert (row["doc"], row["text"], row["vague"], row["low"], row["high"]) == (
        "001_e7b65f79eb444cbf.txt", "several thousand", True, 3000, 9000)
    table = run("numbers", "--counted", "soldiers", "--db", seeds_db).stdout
    assert "3,000\u20139,000 (vague)" in table


def test_entity_filter_and_conversions(seeds_db: str) -> None:
    rows = jsonl("--entity", "russia", "--db", seeds_db)
    assert [(r["text"], r["unit"], r["counted"]) for r in rows] == [
        ("\u20ac1.1bn", "EUR", "fuel sales"), ("\u00a3954m", "GBP", "fuel sales"),
        ("$1.3bn", "USD", "fuel sales")]
    assert rows[1]["conversion_of"]["text"] == "\u20ac1.1bn"


def test_both_filters_and_no_match(seeds_db: str) -> None:
    assert [r["text"] for r in jsonl("--entity", "Europe", "--counted", "aid", "--db", seeds_db)] == [
        "$138 billion"]
    assert jsonl("--counted", "elephants", "--db", seeds_db) == []
    assert run("numbers", "--counted", "elephants", "--db", seeds_db).stdout.split() == [
        "ARTICLE", "PUBLISHED", "QUANTITY", "VALUE", "UNIT", "COUNTED", "ENTITY", "SENTENCE"]


def test_every_row_points_at_its_characters(seeds_db: str) -> None:
    rows = jsonl("--db", seeds_db)
    assert len(rows) >= 12
    for row in rows:
        assert row["text"] in row["sentence"]
    record = json.loads(run("extract", str(SEEDS / "004_a44e334fb6fbc269.txt")).stdout)
    for quantity in record["quantities"]:
        assert record["text"][quantity["start"]:quantity["end"]] == quantity["text"]


def test_eval_quantities_finds_every_gold(tmp_path: Path) -> None:
    result = run("eval", "quantities", str(DATA / "gold" / "seed-quantities.jsonl"), str(SEEDS))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["quantities: 12/12 gold found (100.0%)"]
    wrong = tmp_path / "gold.jsonl"
    wrong.write_text(json.dumps({"doc": "004_a44e334fb6fbc269.txt", "text": "35 countries",
                                 "value": 36, "unit": None}) + "\n", encoding="utf-8")
    missed = run("eval", "quantities", str(wrong), str(SEEDS))
    assert missed.exit_code == 1
    assert missed.stdout.splitlines() == [
        "quantities: 0/1 gold found (0.0%)", "missed: 004_a44e334fb6fbc269.txt  '35 countries'  36"]
