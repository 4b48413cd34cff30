"""The FNC-1 scorer and reader (storyline.eval.fnc)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import EvalDataError
from storyline.eval.fnc import LABELS, StanceScores, read_bodies, read_stances

GOLD = ["agree", "agree", "disagree", "discuss", "unrelated", "unrelated"]
PREDICTED = ["agree", "discuss", "unrelated", "discuss", "unrelated", "agree"]


def test_scores_of_a_hand_made_confusion() -> None:
    scores = StanceScores.of(GOLD, PREDICTED)
    assert scores.confusion == [[1, 0, 1, 0], [0, 0, 0, 1], [0, 0, 1, 0], [1, 0, 0, 1]]
    # 1.0 (agree right) + 0.25 (agree called discuss: related right) + 0 (disagree called unrelated)
    # + 1.0 (discuss right) + 0.25 (unrelated right) + 0 (unrelated called agree)
    assert scores.fnc_score == 2.5
    assert scores.best_score == 4 * 1.0 + 2 * 0.25
    assert scores.relative_score == pytest.approx(2.5 / 4.5)
    assert scores.f1("agree") == pytest.approx(0.5)
    assert scores.f1("disagree") == 0.0
    assert scores.f1("discuss") == pytest.approx(2 / 3)
    assert scores.f1("unrelated") == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx((0.5 + 0 + 2 / 3 + 0.5) / 4)
    assert scores.accuracy == pytest.approx(3 / 6)


def test_perfect_and_all_unrelated_predictions() -> None:
    assert StanceScores.of(GOLD, GOLD).relative_score == 1.0
    unrelated = StanceScores.of(GOLD, ["unrelated"] * len(GOLD))
    assert unrelated.fnc_score == 0.5
    assert unrelated.macro_f1 == pytest.approx((2 * 2 / 6 / (2 / 6 + 1)) / 4)


def test_scores_need_as_many_predictions_as_gold_labels() -> None:
    with pytest.raises(ValueError, match="5 predictions"):
        StanceScores.of(GOLD, PREDICTED[:5])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_bodies_with_newlines_and_stances(tmp_path: Path) -> None:
    bodies = read_bodies(write(tmp_path / "b.csv", 'Body ID,articleBody\n4,"one\n\ntwo, ""three"""\n9,x\n'))
    assert bodies == {4: 'one\n\ntwo, "three"', 9: "x"}
    pairs = read_stances(write(tmp_path / "s.csv", "Headline,Body ID,Stance\n\"A, b\",4,agree\nC,9,unrelated\n"), bodies)
    assert [(p.headline, p.body_id, p.stance) for p in pairs] == [("A, b", 4, "agree"), ("C", 9, "unrelated")]
    unlabelled = read_stances(write(tmp_path / "u.csv", "Headline,Body ID\nA,4\n"), bodies, labelled=False)
    assert unlabelled[0].stance is None
    assert set(LABELS) == {"agree", "disagree", "discuss", "unrelated"}


@pytest.mark.parametrize(("name", "text", "message"), [
    ("missing.csv", None, "missing.csv: no such file"),
    ("empty.csv", "", "empty.csv: the file is empty"),
    ("header.csv", "Id,Text\n1,x\n", "header.csv: the header lacks column(s) Body ID, articleBody"),
    ("id.csv", "Body ID,articleBody\n1,\"a\nb\"\nseven,x\n", "id.csv: line 4: Body ID 'seven' is not an integer"),
    ("twice.csv", "Body ID,articleBody\n1,a\n1,b\n", "twice.csv: line 3: Body ID 1 appears twice"),
    ("fields.csv", "Body ID,articleBody\n1,a,b\n", "fields.csv: line 2: 3 fields where the header has 2"),
    ("binary.csv", b"\xff\xfe\x00", "binary.csv: cannot read it as a UTF-8 CSV file"),
])
def test_bodies_errors_name_the_file_and_the_problem(tmp_path: Path, name: str, text: str | bytes | None,
                                                     message: str) -> None:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    elif text is not None:
        write(path, text)
    with pytest.raises(EvalDataError) as error:
        read_bodies(path)
    assert str(error.value).startswith(str(tmp_path / message.split(":")[0]))
    assert message.split(": ", 1)[1] in str(error.value)


@pytest.mark.parametrize(("text", "message"), [
    ("Headline,Body ID\nA,1\n", "the header lacks column(s) Stance"),
    ("Headline,Body ID,Stance\nA,1,agree\nB,2,agree\n", "line 3: Body ID 2 is not in the bodies file"),
    ("Headline,Body ID,Stance\nA,1,agrees\n", "line 2: stance 'agrees' is not one of agree, disagree, discuss, unrelated"),
])
def test_stances_errors_name_the_file_and_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "stances.csv", text)
    with pytest.raises(EvalDataError, match=r"stances\.csv: ") as error:
        read_stances(path, {1: "body"})
    assert message in str(error.value)
