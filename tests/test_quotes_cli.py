"""``storyline quotes`` over a real store (SQLite and PostgreSQL) made by ``storyline ingest``."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run
from storyline.store.quotes import sortable_date, speaker_matches


def test_speaker_lavrov_lists_his_three_statements_and_nothing_of_macron(seeds_db: str) -> None:
    result = run("quotes", "--speaker", "lavrov", "--db", seeds_db, "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert {row["speaker"]["name"] for row in rows} == {"Sergei Lavrov"}
    assert {row["doc"] for row in rows} == {"002_3d43a6674e008687.txt"}
    assert [row["cue"]["text"] for row in rows] == ["said", "suggesting", "added"]
    assert rows[2]["kind"] == "direct" and rows[2]["text"].startswith("We see no room for compromise.")
    table = run("quotes", "--speaker", "LAVROV", "--db", seeds_db).stdout.splitlines()
    assert table[0].split() == ["DATE", "OUTLET", "SPEAKER", "KIND", "STATEMENT"]
    assert len(table) == 4 and all("Sergei Lavrov" in line for line in table[1:])
    assert "Macron" not in result.stdout.replace("President Emmanuel Macron", "")


def test_speaker_matches_any_word_of_the_name_in_time_order(seeds_db: str) -> None:
    rows = [json.loads(line) for line in
            run("quotes", "--speaker", "macron", "--db", seeds_db, "--format", "jsonl").stdout.splitlines()]
    assert len(rows) > 20
    assert {row["speaker"]["name"] for row in rows} == {"Emmanuel Macron"}
    dates = [sortable_date(row["date"]) for row in rows]
    assert dates == sorted(dates)
    assert all(row["outlet"] for row in rows)
    full = run("quotes", "--speaker", "Emmanuel Macron", "--db", seeds_db, "--format", "jsonl")
    assert len(full.stdout.splitlines()) == len(rows)


def test_article_filter_and_every_statement(seeds_db: str) -> None:
    everything = run("quotes", "--db", seeds_db, "--format", "jsonl").stdout.splitlines()
    articles = {json.loads(line)["article"] for line in everything}
    assert len(articles) == 5
    one = sorted(articles)[0]
    rows = [json.loads(line) for line in
            run("quotes", "--article", one[:10], "--db", seeds_db, "--format", "jsonl").stdout.splitlines()]
    assert rows and {row["article"] for row in rows} == {one}


def test_speaker_matches_words_not_parts_of_words() -> None:
    assert speaker_matches("macron", "Emmanuel Macron")
    assert speaker_matches("Emmanuel MACRON", "Emmanuel Macron")
    assert not speaker_matches("mac", "Emmanuel Macron")
    assert not speaker_matches("lavrov", None)
    assert not speaker_matches("macron", "a source close to Emmanuel Macron", anonymous=True)
    assert speaker_matches("source", "a source close to Emmanuel Macron", anonymous=True)
    assert sortable_date("2025-W10") == "2025-03-03"
    assert sortable_date("2025-02") < sortable_date("2025-02-24") < sortable_date("2025-W10")


def test_quotes_help_documents_every_option() -> None:
    help_text = run("quotes", "--help").stdout
    for option in ("--speaker", "--article", "--format", "--db"):
        assert option in help_text


def test_readme_documents_the_quote_commands() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in ("storyline quotes", "storyline eval quotes", "storyline eval polnear"):
        assert command in readme
