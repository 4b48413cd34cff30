"""``storyline positions`` over a store of the seeds."""

from __future__ import annotations

import json

from conftest import run

PROPOSITION = "European troops deployed in Ukraine after a ceasefire"


def test_positions_jsonl_gives_one_actor_a_line_with_evidence(seeds_db: str) -> None:
    result = run("positions", PROPOSITION, "--format", "jsonl", "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    actors = {line["actor"]: line for line in lines}
    assert actors["Sergei Lavrov"]["stance"] == "oppose"
    assert actors["Emmanuel Macron"]["stance"] == "support"
    for line in lines:
        assert line["evidence"]
        for evidence in line["evidence"]:
            assert {"doc", "start", "end", "text", "date", "stance"} <= evidence.keys()


def test_positions_table(seeds_db: str) -> None:
    result = run("positions", PROPOSITION, "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[:3] == ["ACTOR", "STANCE", "DATE"]
    assert "Lavrov" in result.stdout


def test_nothing_about_a_proposition_says_so(seeds_db: str) -> None:
    result = run("positions", "quantum computing patents", "--db", seeds_db)
    assert result.exit_code == 0
    assert "no matches" in result.stderr


def test_positions_in_one_story(seeds_db: str) -> None:
    stories = run("stories", "--db", seeds_db, "--format", "jsonl")
    story_id = str(json.loads(stories.stdout.splitlines()[0])["id"])
    result = run("positions", PROPOSITION, "--story", story_id, "--format", "jsonl", "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    assert "Sergei Lavrov" in {json.loads(line)["actor"] for line in result.stdout.splitlines()}
    unknown = run("positions", PROPOSITION, "--story", "999999", "--db", seeds_db)
    assert unknown.exit_code == 1 and "999999" in unknown.stderr
