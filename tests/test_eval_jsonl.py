"""The eval sets' JSONL reader: blank lines skipped, every error naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import EvalDataError
from storyline.eval.jsonl import bad_line, jsonl_rows


def test_rows_with_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"a": 1}\n\n  \n[2]\n', encoding="utf-8")
    assert list(jsonl_rows(path, "a row")) == [(1, {"a": 1}), (4, [2])]


def test_a_line_that_is_not_json_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"a": 1}\nnot json\n', encoding="utf-8")
    rows = jsonl_rows(path, "a row")
    assert next(rows) == (1, {"a": 1})
    with pytest.raises(EvalDataError, match=r"set\.jsonl:2: not a row \("):
        next(rows)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match=r"missing\.jsonl: cannot read"):
        list(jsonl_rows(tmp_path / "missing.jsonl", "a row"))


def test_bad_line_message() -> None:
    error = bad_line(Path("x.jsonl"), 3, "an article", KeyError("text"))
    assert str(error) == "x.jsonl:3: not an article ('text')"
