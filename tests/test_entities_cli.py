"""``storyline entities``, ``storyline entity`` and ``storyline eval conll`` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DATA, run
from storyline.eval.conll import iob1_chunks, read_conll, score

MINI = DATA / "entities" / "mini.conll"


def test_entities_jsonl_has_one_object_per_entity(seeds_db: str) -> None:
    result = run("entities", "--db", seeds_db, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all({"id", "name", "type", "aliases", "roles", "mentions", "articles"} <= set(r) for r in records)
    assert len({r["id"] for r in records}) == len(records)
    kyiv = next(r for r in records if r["name"] == "Kyiv")
    assert kyiv["type"] == "GPE" and sorted(kyiv["aliases"]) == ["Kiev", "Kyiv"]
    assert kyiv["articles"] == ["003_d6d2929f3d089768.txt", "000_eb20bdf25b96ae3f.txt", "004_a44e334fb6fbc269.txt"]
    assert kyiv["stands_for"]["iso3166"] == "UA"
    macron = next(r for r in records if r["name"] == "Emmanuel Macron")
    assert macron["mentions"] >= 30 and len(macron["articles"]) == 5
    assert {"Macron", "Emmanuel Macron", "EMMANUEL Macron", "The French leader"} <= set(macron["aliases"])
    assert "French President" in macron["roles"]
    assert next(r for r in records if r["name"] == "United States")["iso3166"] == "US"


def test_entities_table_filtered_by_type(seeds_db: str) -> None:
    result = run("entities", "--db", seeds_db, "--type", "person")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["NAME", "TYPE", "MENTIONS", "ARTICLES", "ROLES", "ALIASES"]
    assert lines[1].startswith("Emmanuel Macron") and all("PERSON" in line for line in lines[1:])


def test_entity_shows_aliases_and_co_occurring_entities(seeds_db: str) -> None:
    result = run("entity", "vladimir putin", "--db", seeds_db)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Vladimir Putin (PERSON)  id person:vladimir-putin\n")
    assert "  roles: " in out and "Russian President" in out
    assert "statements (" in out
    assert "appears with (10):\n  Ukraine (GPE): 4 article(s)" in out


def test_entity_unknown_exits_1(seeds_db: str) -> None:
    result = run("entity", "Nobody Atall", "--db", seeds_db)
    assert result.exit_code == 1
    assert "no entity named 'Nobody Atall'" in result.stderr


def test_conll_reader_and_iob1() -> None:
    assert list(iob1_chunks(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])) == [
        (0, 1, "PER"), (3, 3, "LOC"), (4, 4, "LOC"), (5, 5, "ORG")]
    documents = read_conll(MINI)
    assert len(documents) == 2
    text = documents[0].text
    assert text.startswith("LONDON 1996-08-30\nWest Indian all-rounder")
    assert sorted(text[s:e] + "/" + t for s, e, t in documents[0].entities) == [
        "LONDON/LOC", "Phil Simmons/PER", "West Indian/MISC"]
    scores = score([(0, (0, 6, "LOC")), (0, (7, 9, "PER"))], [(0, (0, 6, "LOC")), (0, (7, 9, "ORG"))])
    assert (scores["ALL"].precision, scores["ALL"].recall, scores["LOC"].f1, scores["PER"].f1) == (0.5, 0.5, 1.0, 0.0)


def test_eval_conll_prints_both_systems_and_checks_floors(tmp_path: Path) -> None:
    result = run("eval", "conll", str(MINI))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["TYPE", "SPACY_P", "SPACY_R", "SPACY_F1", "OURS_P", "OURS_R", "OURS_F1", "GOLD"]
    assert [line.split()[0] for line in lines[1:]] == ["ALL", "PER", "ORG", "LOC", "MISC"]
    assert lines[1].split()[-1] == "8"
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"conll": {"storyline_f1": 1.01}}))
    failed = run("eval", "conll", str(MINI), "--floors", str(floors))
    assert failed.exit_code == 1 and "storyline_f1" in failed.stderr
    floors.write_text(json.dumps({"conll": {"storyline_f1": 0.0, "f1_over_spacy": -1.0}}))
    assert run("eval", "conll", str(MINI), "--floors", str(floors)).exit_code == 0
    floors.write_text(json.dumps({"conll": {"no_such_figure": 0.5}}))
    assert run("eval", "conll", str(MINI), "--floors", str(floors)).exit_code == 1
