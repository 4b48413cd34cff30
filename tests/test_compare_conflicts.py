"""Positions and conflicts on a story of another kind (a pension reform; sentences written
for these tests): cues and their objects, conditions, a subject that is no named entity."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.corpus.compare import compare, positions
from storyline.pipeline import Pipeline

FIRST = (
    "Prime Minister Elisabeth Borne said the government would push the pension reform through parliament.\n\n"
    "The CGT union rejected the pension reform and called for new strikes.\n\n"
    "Marine Le Pen said she would only support the pension reform if the retirement age stayed at 62."
)
SECOND = (
    "Elisabeth Borne said the unions were ready to accept the pension reform.\n\n"
    "CGT leader Philippe Martinez said the unions were firmly opposed to the pension reform.\n\n"
    "“We will never accept this reform of pensions,” Martinez told reporters."
)


@pytest.fixture(scope="module")
def records(pipeline: Pipeline) -> list[dict[str, Any]]:
    return [pipeline.process_text(text, doc=doc, published=day, site=site).to_record()
            for doc, site, day, text in (("a.txt", "Le A", "2023-03-12", FIRST), ("b.txt", "Le B", "2023-03-14", SECOND))]


def test_positions_with_a_condition_and_a_cue_on_something_else(records) -> None:
    found = {p.actor: p for p in positions(records, "the pension reform")}
    assert found["Marine Le Pen"].stance == "conditional"
    assert found["CGT"].stance == "oppose"  # "rejected the reform", not "called for new strikes"
    assert found["Philippe Martinez"].stance == "oppose"
    assert [e.stance for e in found["Philippe Martinez"].evidence] == ["oppose", "oppose"]


def test_opposite_claims_about_the_unions_conflict(records) -> None:
    conflicts = compare(records).conflicts
    assert len(conflicts) == 1
    assert conflicts[0].subject == "the unions"
    assert {(s.statement.actor.name, s.claims) for s in conflicts[0].sides} == {
        ("Elisabeth Borne", "support"), ("Philippe Martinez", "oppose")}
