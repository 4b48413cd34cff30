"""The comparison layer over a store of the five seeds, against the story gold
(tests/data/gold/seed-story.json): families, the force-size dispute, positions, conflicts,
and the offset invariant on every span it returns."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import DATA
from storyline.corpus.compare import compare, positions
from storyline.store import Store
from storyline.store.article_records import latest_records

GOLD = json.loads((DATA / "gold" / "seed-story.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records(seeds_db: str) -> list[dict[str, Any]]:
    with Store(seeds_db) as store:
        return latest_records(store)


@pytest.fixture(scope="module")
def texts(records: list[dict[str, Any]]) -> dict[str, str]:
    return {r["doc"]: r["text"] for r in records}


def _at(texts: dict[str, str], doc: str, context: str) -> tuple[int, int]:
    start = texts[doc].index(context)
    return start, start + len(context)


def _overlaps(texts: dict[str, str], place: dict[str, Any], doc: str, context: str) -> bool:
    start, end = _at(texts, doc, context)
    return place["doc"] == doc and place["start"] < end and start < place["end"]


def _spans(record: Any) -> list[dict[str, Any]]:
    """Every dict in a comparison record that has doc, start, end and text."""
    found = []
    if isinstance(record, dict):
        if {"doc", "start", "end", "text"} <= record.keys():
            found.append(record)
        for value in record.values():
            found += _spans(value)
    elif isinstance(record, list):
        for value in record:
            found += _spans(value)
    return found


def test_every_span_of_the_comparison_is_its_article_text(records, texts) -> None:
    result = compare(records).to_record()
    found = _spans(result)
    found += _spans([p.to_record() for p in positions(records, GOLD["positions"]["proposition"])])
    assert len(found) > 20
    for span in found:
        assert texts[span["doc"]][span["start"]:span["end"]] == span["text"], span


def test_the_same_statement_in_two_articles_is_one_family(records, texts) -> None:
    families = compare(records).to_record()["families"]
    for gold in GOLD["same_statement"]:
        home = [f for f in families if any(m in f["speaker"].lower() for m in gold["match"])
                and all(any(_overlaps(texts, o, g["doc"], g["context"]) for o in f["occurrences"])
                        for g in gold["occurrences"])]
        if gold.get("hard") and not home:
            continue
        assert len(home) == 1, (gold["what"], families)
        assert len(home[0]["occurrences"]) == len(gold["occurrences"]), home[0]
        assert home[0]["first_outlet"]


def test_a_family_never_mixes_speakers(records) -> None:
    for family in compare(records).families:
        assert len({s.actor.key for s in family.occurrences}) == 1


def test_the_force_size_dispute(records) -> None:
    disputes = compare(records).to_record()["disputes"]
    for gold in GOLD["numbers_in_dispute"]:
        def holds(measure: dict[str, Any], figure: dict[str, Any]) -> bool:
            return any(f["doc"] == figure["doc"] and f["text"] == figure["text"]
                       and any(m in f["source"].lower() for m in figure["source"])
                       for f in measure["figures"])
        home = [m for m in disputes if all(holds(m, g) for g in gold["figures"])]
        assert len(home) == 1, disputes
        for figure in home[0]["figures"]:
            assert figure["low"] <= figure["value"] <= figure["high"]


def test_every_gold_actor_takes_its_position_with_evidence(records, texts) -> None:
    gold = GOLD["positions"]
    found = positions(records, gold["proposition"])
    for actor in gold["actors"]:
        mine = [p for p in found if any(m in p.actor.lower() for m in actor["match"])]
        assert mine, (actor["actor"], [p.actor for p in found])
        assert any(p.stance in actor["stance"] for p in mine), (actor["actor"], [(p.actor, p.stance) for p in mine])
        evidence = [e.to_record() for p in mine for e in p.evidence]
        assert any(_overlaps(texts, e, g["doc"], g["context"]) for e in evidence for g in actor["evidence"]), \
            (actor["actor"], evidence)


def test_the_trump_lavrov_conflict_is_listed(records, texts) -> None:
    conflicts = compare(records).to_record()["conflicts"]
    for gold in GOLD["claims_in_conflict"]:
        def side_found(conflict: dict[str, Any], side: dict[str, Any]) -> bool:
            return any(any(m in s["speaker"].lower() for m in side["speaker"])
                       and _overlaps(texts, s, side["doc"], side["context"]) for s in conflict["sides"])
        assert any(all(side_found(c, side) for side in gold["sides"]) for c in conflicts), conflicts


def test_a_story_shows_the_propositions_several_actors_took_sides_on(records) -> None:
    found = compare(records).positions
    assert found
    top = found[0]
    stances = {a.stance for a in top.actors}
    assert {"support", "oppose"} <= stances
    assert len([a for a in top.actors if a.stance != "neutral"]) >= 3
