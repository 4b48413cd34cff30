"""The quote reports: seed gold with floors (a regression fails here) and PolNeAR's rules."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from conftest import DATA, ROOT, SEEDS, run
from storyline.eval import polnear
from storyline.eval.quotes import Predicted, score_seeds

GOLD = DATA / "gold" / "seed-quotes.jsonl"
MINI = DATA / "quotes" / "polnear-mini.jsonl"


def test_seed_report_reaches_its_floors_and_beats_textacy() -> None:
    result = run("eval", "quotes", str(GOLD), "--seeds", str(SEEDS),
                 "--floors", str(ROOT / "bench" / "floors.json"))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["SYSTEM", "P", "R", "F1", "SPEAKER", "PREDICTED", "GOLD"]
    ours, textacy = lines[1].split(), lines[2].split()
    assert ours[0] == "storyline" and textacy[0] == "textacy"
    assert float(ours[1]) >= 0.9 and float(ours[2]) >= 0.85
    assert float(ours[3]) > float(textacy[3]) + 0.5


def test_a_floor_not_reached_exits_1(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"quotes": {"precision": 1.01}}), encoding="utf-8")
    result = run("eval", "quotes", str(GOLD), "--seeds", str(SEEDS), "--floors", str(floors))
    assert result.exit_code == 1
    assert "precision" in result.stderr and "below its floor" in result.stderr


def test_seed_rules_one_to_one_optional_and_speaker_keys() -> None:
    gold = [
        {"doc": "a", "text": "the war could end within weeks", "match": ["trump"]},
        {"doc": "a", "text": "this would amount to an occupation", "match": ["svr"], "optional": True},
        {"doc": "a", "text": "Europe must pay", "match": ["trump"]},
    ]
    predicted = [
        Predicted("a", "the war could end \u201cwithin weeks\u201d as he met Macron", "Donald Trump"),
        Predicted("a", "the war could end within weeks", "Donald Trump"),  # one to one: extra
        Predicted("a", "this would amount to an occupation", "Russian intelligence"),  # optional
        Predicted("a", "Europe must pay for it all", "Emmanuel Macron"),  # wrong speaker
    ]
    score = score_seeds(gold, predicted)
    assert (score.predicted, score.counted, score.right) == (4, 3, 1)
    assert (score.gold, score.matched, score.found) == (2, 2, 1)
    assert score.recall == 0.5 and score.speaker_accuracy == 0.5


def test_polnear_reader_keeps_the_first_annotator() -> None:
    articles = polnear.read_articles(MINI)
    assert [a.id for a in articles] == ["mini-1", "mini-2"]
    assert [len(a.attributions) for a in articles] == [2, 1]
    direct = articles[0].attributions[1]
    assert direct.direct and direct.content == Counter("we will not give up we will win".split())
    assert articles[1].attributions[0].speech


def test_polnear_source_rules() -> None:
    said = Predicted("d", "x", "Tom Hale", "Mr. Tom Hale, the minister")
    assert polnear.source_right("Mr. Tom Hale", said)
    assert polnear.source_right("the minister", said)
    assert not polnear.source_right("he", Predicted("d", "x", "Tom Hale", "Hale"))
    assert polnear.source_right("he", Predicted("d", "x", "Tom Hale", "he"))
    assert not polnear.source_right("", said)
    # a conjunction opening the gold source is no part of it
    assert polnear.source_right("But Mr. Tom Hale", said)
    assert polnear.source_right("While the minister", said)
    assert polnear.source_right("But he", Predicted("d", "x", "Tom Hale", "he"))
    assert not polnear.source_right("But she", Predicted("d", "x", "Tom Hale", "he"))
    assert not polnear.source_right("But Mr. Ed Wolfe", said)


def test_polnear_report_on_a_small_file() -> None:
    result = run("eval", "polnear", str(MINI))
    assert result.exit_code == 0, result.stderr
    ours = result.stdout.splitlines()[1].split()
    assert ours[0] == "storyline"
    precision, direct_recall, speech_recall = map(float, ours[1:4])
    assert (precision, direct_recall, speech_recall) == (1.0, 1.0, 1.0)


def test_each_polnear_split_has_its_floors_section() -> None:
    assert polnear.floors_section(Path("eval/polnear/dev.jsonl")) == "polnear"
    assert polnear.floors_section(Path("eval/polnear/train.jsonl")) == "polnear_train"
    floors = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))
    assert set(floors["polnear_train"]) <= {"precision", "direct_recall", "speech_recall", "direct_f1"}
