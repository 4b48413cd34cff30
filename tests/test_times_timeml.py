"""The TimeML reader and scorer, and ``storyline eval timeml`` through click's runner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import DATA
from storyline.cli import main
from storyline.errors import EvalDataError
from storyline.eval.timeml import Timex, dateparser_times, read_tml, same_value, score

SAMPLE = DATA / "times" / "sample.tml"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_reader_gives_text_dct_and_gold_offsets() -> None:
    document = read_tml(SAMPLE)
    assert document.dct is not None and document.dct.isoformat() == "2025-03-06"
    assert "<" not in document.text and "president & his staff" in document.text
    assert [(document.text[t.start:t.end], t.type, t.value) for t in document.timexes] == [
        ("Tuesday", "DATE", "2025-03-11"), ("Thursday", "DATE", "2025-03-06"),
        ("three days", "DURATION", "P3D"), ("February 2022", "DATE", "2022-02"),
        ("this week", "DATE", "2025-W10"),
    ]


def test_reader_names_a_broken_file(tmp_path) -> None:
    broken = tmp_path / "broken.tml"
    broken.write_text("<TimeML><TEXT>open", encoding="utf-8")
    with pytest.raises(EvalDataError, match="broken.tml"):
        read_tml(broken)


def test_relaxed_one_to_one_matching() -> None:
    gold = [Timex(0, 10, "DATE", "2025-03-11"), Timex(20, 30, "DURATION", "P3D")]
    predicted = [Timex(3, 8, "DATE", "2025-03-11"), Timex(5, 9, "DATE", "2025-03-11"),
                 Timex(25, 40, "DURATION", "P2D"), Timex(50, 55, "DATE", "2025")]
    scores = score(predicted, gold)
    assert (scores.gold, scores.predicted, scores.matched, scores.value_correct) == (2, 4, 2, 1)
    assert scores.extent_recall == 1.0 and scores.extent_precision == 0.5
    assert scores.value_accuracy == 0.5
    assert scores.value_f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)


def test_week_numbers_compare_with_or_without_zero() -> None:
    assert same_value("1998-W08", "1998-W8") and not same_value("1998-W08", "1998-W18")
    assert not same_value(None, None)


def test_dateparser_baseline_spans_are_offsets() -> None:
    document = read_tml(SAMPLE)
    for time in dateparser_times(document.text, document.dct):
        assert 0 <= time.start < time.end <= len(document.text)


def test_eval_timeml_prints_both_systems(tmp_path) -> None:
    result = run("eval", "timeml", str(SAMPLE.parent))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["SYSTEM", "EXTENT-P", "EXTENT-R", "EXTENT-F1", "VALUE-ACC", "VALUE-F1",
                                "GOLD", "FOUND"]
    ours = lines[1].split()
    assert ours[0] == "storyline" and ours[3] == "1.0000" and ours[5] == "1.0000"
    assert lines[2].split()[0] == "dateparser"


def test_eval_timeml_floors_exit_1_below_one(tmp_path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"timeml": {"storyline_value_f1": 0.9}}), encoding="utf-8")
    assert run("eval", "timeml", str(SAMPLE.parent), "--floors", str(floors)).exit_code == 0
    floors.write_text(json.dumps({"timeml": {"value_f1_over_dateparser": 1.01}}), encoding="utf-8")
    failed = run("eval", "timeml", str(SAMPLE.parent), "--floors", str(floors))
    assert failed.exit_code == 1 and "below floor: value_f1_over_dateparser" in failed.stderr
