"""``storyline story ID``: the comparison fields of its JSON and its readable form."""

from __future__ import annotations

import json

from conftest import run


def _story_id(seeds_db: str) -> str:
    result = run("stories", "--db", seeds_db, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return str(json.loads(result.stdout.splitlines()[0])["id"])


def test_story_json_holds_the_comparison(seeds_db: str) -> None:
    result = run("story", _story_id(seeds_db), "--db", seeds_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    story = json.loads(result.stdout)
    for family in story["families"]:
        assert family["speaker"]
        for o in family["occurrences"]:
            assert {"doc", "start", "end", "text", "date"} <= o.keys()
    trump = [f for f in story["families"] if "Trump" in f["speaker"]]
    assert trump and {o["doc"][:3] for o in trump[0]["occurrences"]} == {"000", "003"}
    for key in ("measures", "disputes"):
        for measure in story[key]:
            assert measure["measure"]
            for figure in measure["figures"]:
                assert {"doc", "start", "end", "text", "value", "low", "high", "source", "date"} <= figure.keys()
    assert {f["text"] for d in story["disputes"] for f in d["figures"]} >= {"several thousand soldiers",
                                                                            "about 100,000 people"}
    assert story["positions"]
    for position in story["positions"]:
        assert position["proposition"]
        for actor in position["actors"]:
            assert {"actor", "stance", "evidence"} <= actor.keys()
    sides = [{s["speaker"] for s in c["sides"]} for c in story["conflicts"]]
    assert {"Donald Trump", "Sergei Lavrov"} in sides
    for conflict in story["conflicts"]:
        assert conflict["about"]
        for side in conflict["sides"]:
            assert {"speaker", "doc", "start", "end", "text"} <= side.keys()


def test_story_table_shows_the_comparison(seeds_db: str) -> None:
    result = run("story", _story_id(seeds_db), "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    for heading in ("Statements reported in several places", "Numbers measuring one thing",
                    "Positions (", "Claims in conflict"):
        assert heading in result.stdout
    assert "DISPUTED" in result.stdout
