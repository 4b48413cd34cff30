"""The real-page reading tools of bench/: the seeded sample draw and the tally of the marks."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sample = _load("quote_sample")
marks = _load("quote_marks")

_SPEECH = "Ann said so. Bob says no. Cy told us."


def test_sources_are_the_outlet_part_of_the_id() -> None:
    assert sample.source_of("bbc/politics/012") == "bbc"
    assert sample.source_of("te3-silver/XIN_ENG_20051117.0248") == "XIN_ENG"
    assert sample.source_of("plain-id") == "plain-id"


def test_the_draw_is_seeded_per_source_and_skips_what_was_read() -> None:
    records = {f"bbc/x/{n:03d}": _SPEECH for n in range(10)}
    records |= {f"t/AFP_ENG_{n}.1": _SPEECH for n in range(10)}
    records["bbc/x/quiet"] = "Nobody spoke here."
    first = sample.draw(records, seed=7, per_source=3, excluded={"bbc/x/000"})
    assert first == sample.draw(records, seed=7, per_source=3, excluded={"bbc/x/000"})
    assert len(first) == 6 and len(set(first)) == 6
    assert sum(doc.startswith("bbc/") for doc in first) == 3
    assert "bbc/x/000" not in first and "bbc/x/quiet" not in first
    assert first != sample.draw(records, seed=8, per_source=3, excluded=set())


def test_marks_add_up_strict_and_lenient(tmp_path: Path) -> None:
    (tmp_path / "MARKS.md").write_text(
        "| article | ext | R | WS | NS | WSP | M | R? | WS? | NS? | WSP? | M? |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        "| 01 | 10 | 6 | 1 | 1 | 1 | 2 | 0 | 1 | 0 | 0 | 1 |\n"
        "| 02 | 5 | 4 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 2 |\n"
        "| total | 15 | 10 | 1 | 1 | 1 | 2 | 1 | 1 | 0 | 0 | 3 |\n", encoding="utf-8")
    read = marks.read_marks(tmp_path / "MARKS.md")
    assert read["ext"] == 15 and read["M?"] == 3  # the total row is not counted again
    assert marks.figures(read, lenient=False) == (15, 11, 2, 1, 1, 5)
    assert marks.figures(read, lenient=True) == (15, 12, 1, 1, 1, 2)
    assert marks.row("s", read, lenient=False).endswith("| 73.3% | 57.9% |")


def test_a_marks_table_without_a_column_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "MARKS.md").write_text("| article | ext | R |\n|---|---|---|\n| 01 | 3 | 3 |\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="lacks the columns"):
        marks.read_marks(tmp_path / "MARKS.md")


def test_samples_drawn_one_after_another_with_mark_read_share_no_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(f'{{"id": "bbc/x/{n:03d}", "text": "Ann Roe said the vote {n} passed. '
                              f'Bob says no. Cy told us."}}\n' for n in range(4)), encoding="utf-8")
    read = tmp_path / "read.txt"
    read.write_text("", encoding="utf-8")
    for seed in (1, 2):
        assert sample.main([str(corpus), "--seed", str(seed), "--per-source", "2", "--mark-read",
                            "--read", str(read), "--out", str(tmp_path / f"s{seed}")]) == 0
    first, second = ((tmp_path / f"s{seed}" / "ids.txt").read_text().split() for seed in (1, 2))
    assert not set(first) & set(second)
    assert sample.read_ids(read) == {f"bbc/x/{n:03d}" for n in range(4)}
    page = (tmp_path / "s1" / "01.md").read_text()
    assert page.startswith("# bbc/x/") and "S1. indirect" in page and "speaker: Ann Roe" in page
