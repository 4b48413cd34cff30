"""`storyline eval html`: the scorer's math, the folder reader, floors, and the command's
output on a tiny hand-written folder in the WCXB layout (tests/data/html/wcxb)."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA, run
from storyline.errors import EvalDataError
from storyline.eval.floors import check_floors, load_floors
from storyline.eval.html import (
    PageScore, Prediction, Truth, score_page, snippet_rate, summarize, same_date, same_title, word_prf,
)
from storyline.eval.wcxb import read_folder

WCXB = DATA / "html" / "wcxb"


@pytest.fixture()
def wcxb_folder(tmp_path: Path) -> Path:
    """The tiny folder with its pages gzipped, as in the benchmark."""
    folder = tmp_path / "wcxb"
    shutil.copytree(WCXB / "ground-truth", folder / "ground-truth")
    (folder / "html").mkdir()
    for page in sorted((WCXB / "html").glob("*.html")):
        (folder / "html" / f"{page.name}.gz").write_bytes(gzip.compress(page.read_bytes()))
    return folder


def test_word_prf_counts_each_word_as_often_as_both_sides_have_it() -> None:
    assert word_prf("The cat sat.", "the cat sat on the mat") == pytest.approx((1.0, 0.5, 2 / 3))
    # "the" three times against once: one overlapping word out of three predicted.
    assert word_prf("the the the", "the cat") == pytest.approx((1 / 3, 1 / 2, 0.4))
    assert word_prf("Dog-days, dog days!", "dog days") == pytest.approx((0.5, 1.0, 2 / 3))
    assert word_prf("anything", "zebra") == (0.0, 0.0, 0.0)


def test_word_prf_empty_sides_follow_evaluate_py() -> None:
    assert word_prf("", "") == (1.0, 1.0, 1.0)
    assert word_prf(None, "...") == (1.0, 1.0, 1.0)  # no words on either side
    assert word_prf("extra", "") == (0.0, 0.0, 0.0)
    assert word_prf(None, "some text") == (0.0, 0.0, 0.0)


def test_snippets_titles_and_dates() -> None:
    assert snippet_rate("The Bridge reopened on Tuesday.", ["bridge reopened", "closed", "TUESDAY"]) == pytest.approx(2 / 3)
    assert snippet_rate("anything", []) == 1.0
    assert same_title("Why Cheap SEO Doesn\u2019t  Work", "why cheap seo doesn't work")
    assert same_title("Update \u2013 Fall 2025", "Update - Fall 2025")
    assert not same_title("Why Cheap SEO Doesn't Work | Site", "Why Cheap SEO Doesn't Work")
    assert same_title(None, None) and not same_title(None, "A title")
    assert same_date("2015-11-03", "2015-11") and not same_date("2015-12-03", "2015-11")
    assert same_date(None, None) and same_date(None, "") and not same_date("2020-01-01", None)
    assert not same_date(None, "2020-01-01")


def test_score_and_summarize() -> None:
    truth = Truth(main_content="alpha beta gamma delta", title="A Title", published="2024-01-02",
                  with_snippets=("alpha beta",), without_snippets=("menu",))
    good = score_page(Prediction("alpha beta gamma delta", "a  title", "2024-01-02"), truth)
    half = score_page(Prediction("alpha beta menu zeta", None, None), truth)
    assert good == PageScore(1.0, 1.0, 1.0, 1.0, 0.0, True, True)
    assert half == PageScore(0.5, 0.5, 0.5, 1.0, 1.0, False, False)
    summary = summarize([good, half])
    assert (summary.precision, summary.f1, summary.without_rate) == (0.75, 0.75, 0.5)
    assert (summary.title_accuracy, summary.date_accuracy, summary.pages) == (0.5, 0.5, 2)
    dates_only = summarize([good, half], has_text=False, has_title=False)
    assert dates_only.f1 is None and dates_only.title_accuracy is None and dates_only.date_accuracy == 0.5


def test_read_folder_reads_plain_and_gzipped_pages(wcxb_folder: Path) -> None:
    plain, gzipped = read_folder(WCXB), read_folder(wcxb_folder, limit=2)
    assert [page.file_id for page in plain] == ["0001", "0002", "0003"]
    assert [page.html_path.name for page in gzipped] == ["0001.html.gz", "0002.html.gz"]
    first = plain[0]
    assert first.url == "https://gazette.example/news/library-hours"
    assert first.truth.published == "2023-04-03" and first.truth.without_snippets == ("Advertisement", "Northfield Gazette")
    assert plain[1].truth.published is None


def test_read_folder_refuses_other_layouts(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="expected html/ and ground-truth/"):
        read_folder(tmp_path)
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth").mkdir()
    (tmp_path / "ground-truth" / "0009.json").write_text(json.dumps({"ground_truth": {"title": "T"}}))
    with pytest.raises(EvalDataError, match="no html/0009.html.gz"):
        read_folder(tmp_path)


def test_floors(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"html": {"storyline_f1": 0.9, "date_accuracy": 0.5}, "other": {"x": 1}}))
    floors = load_floors(path, "html")
    assert floors == {"storyline_f1": 0.9, "date_accuracy": 0.5}
    assert check_floors({"storyline_f1": 0.95, "date_accuracy": 0.5}, floors) == []
    assert check_floors({"storyline_f1": 0.85, "date_accuracy": None}, floors) == [
        "storyline_f1 0.8500 is below its floor 0.9000", "date_accuracy none is below its floor 0.5000"]
    assert load_floors(path, "absent") == {}
    with pytest.raises(EvalDataError, match="unknown figure"):
        check_floors({"storyline_f1": 1.0}, {"storyline_f2": 0.5})
    path.write_text(json.dumps({"html": {"storyline_f1": "high"}}))
    with pytest.raises(EvalDataError, match="object of figure names to numbers"):
        load_floors(path, "html")


EXPECTED_TABLE = """\
SYSTEM       P       R       F1      WITH     WITHOUT  TITLE   DATE    PAGES
trafilatura  0.9481  0.9765  0.9607  0.6667   0.1667   1.0000  0.6667  3
htmldate     -       -       -       -        -        -       0.6667  3
storyline    1.0000  0.9765  0.9878  0.6667   0.0000   1.0000  1.0000  3
"""


def test_eval_html_prints_the_side_by_side_table(wcxb_folder: Path) -> None:
    # Storyline drops the repeated headline and the "Advertisement" line that trafilatura
    # keeps, and gives no date for the page whose only dates are in its footer.
    result = run("eval", "html", str(wcxb_folder), "--processes", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == EXPECTED_TABLE
    assert "3/3" in result.stderr  # the progress bar


def test_eval_html_two_processes_and_limit(wcxb_folder: Path) -> None:
    result = run("eval", "html", str(wcxb_folder))  # two worker processes by default
    assert result.stdout == EXPECTED_TABLE
    limited = run("eval", "html", str(wcxb_folder), "--limit", "1", "-j", "1")
    assert [line.split()[-1] for line in limited.stdout.splitlines()[1:]] == ["1", "1", "1"]


def test_eval_html_floors_gate_the_exit_code(wcxb_folder: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"html": {"storyline_f1": 0.98, "f1_over_trafilatura": 0.0,
                                           "date_over_htmldate": 0.3}}))
    passed = run("eval", "html", str(wcxb_folder), "-j", "1", "--floors", str(floors))
    assert passed.exit_code == 0 and "floors: all 3 reached" in passed.stderr
    floors.write_text(json.dumps({"html": {"storyline_f1": 0.99, "title_accuracy": 1.0}}))
    failed = run("eval", "html", str(wcxb_folder), "-j", "1", "--floors", str(floors))
    assert failed.exit_code == 1
    assert "below floor: storyline_f1 0.9878 is below its floor 0.9900" in failed.stderr
    assert "title_accuracy" not in failed.stderr
    floors.write_text(json.dumps({"html": {"f1": 0.5}}))
    unknown = run("eval", "html", str(wcxb_folder), "-j", "1", "--floors", str(floors))
    assert unknown.exit_code == 1 and "unknown figure(s) in floors: f1" in unknown.stderr


def test_eval_html_names_a_folder_of_another_layout(tmp_path: Path) -> None:
    result = run("eval", "html", str(tmp_path))
    assert result.exit_code == 1 and "expected html/ and ground-truth/" in result.stderr
