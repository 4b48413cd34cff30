"""``storyline eval stance`` end to end on the small FNC-style files in tests/data/stance."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import DATA, run

STANCE = DATA / "stance"
BODIES, STANCES = str(STANCE / "bodies.csv"), str(STANCE / "stances.csv")
LAST_LINE = re.compile(r"stance relative_score=(\d\.\d{4}) macro_F1=(\d\.\d{4})")


def test_scores_the_held_out_bodies_next_to_the_baseline() -> None:
    result = run("eval", "stance", BODIES, STANCES)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 pairs on 1 bodies (held-out)")  # body 3 is the held-out one
    assert lines[1] == "confusion (rows gold, columns predicted):"
    assert lines[2].split() == ["agree", "disagree", "discuss", "unrelated"]
    confusion = [[int(n) for n in line.split()[1:]] for line in lines[3:7]]
    assert [line.split()[0] for line in lines[3:7]] == ["agree", "disagree", "discuss", "unrelated"]
    assert [sum(row) for row in confusion] == [1, 0, 0, 1]
    assert lines[7].split()[:3] == ["SYSTEM", "REL-SCORE", "MACRO-F1"]
    assert lines[8].startswith("storyline ") and lines[9].startswith("tfidf+logreg ")
    assert LAST_LINE.fullmatch(lines[-1])


def test_all_pairs_and_a_baseline_trained_on_other_files() -> None:
    result = run("eval", "stance", BODIES, STANCES, "--all", "--no-baseline")
    assert result.stdout.startswith("7 pairs on 3 bodies (all)")
    assert "tfidf+logreg" not in result.stdout
    result = run("eval", "stance", BODIES, STANCES, "--all", "--train", BODIES, STANCES)
    assert "tfidf+logreg" in result.stdout
    result = run("eval", "stance", BODIES, STANCES, "--all")
    assert "baseline skipped: give --train" in result.stderr


def test_floors(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"stance": {"relative_score": 0.0, "macro_f1": 0.0}}))
    result = run("eval", "stance", BODIES, STANCES, "--no-baseline", "--floors", str(floors))
    assert result.exit_code == 0 and "floors: all 2 reached" in result.stderr
    floors.write_text(json.dumps({"stance": {"relative_score": 1.01}}))
    result = run("eval", "stance", BODIES, STANCES, "--no-baseline", "--floors", str(floors))
    assert result.exit_code == 1 and "below floor: relative_score" in result.stderr


def test_bad_files_are_clear_errors(tmp_path: Path) -> None:
    result = run("eval", "stance", str(tmp_path / "none.csv"), STANCES)
    assert result.exit_code == 1 and f"{tmp_path / 'none.csv'}: no such file" in result.stderr
    bad = tmp_path / "stances.csv"
    bad.write_text("Headline,Body ID,Stance\nA claim,99,agree\n")
    result = run("eval", "stance", BODIES, str(bad))
    assert result.exit_code == 1 and "stances.csv: line 2: Body ID 99 is not in the bodies file" in result.stderr
    bad.write_text("Headline,Body ID,Stance\nA claim,1,agree\n")
    result = run("eval", "stance", BODIES, str(bad))
    assert result.exit_code == 1 and "no pairs to score on held-out bodies" in result.stderr
