"""Measures: rounding, periods, evolution (sentences of a story of its own)."""

from __future__ import annotations

import pytest

from storyline.corpus.compare import compare
from storyline.pipeline import Pipeline

REPORTS = [
    ("a.txt", "2024-01-10", "Acme Corp said on Wednesday it would cut 13,000 jobs in Germany."),
    ("b.txt", "2024-01-12", "Acme Corp is cutting 12,900 jobs in Germany, the IG Metall union said."),
    ("c.txt", "2024-06-01", "Acme Corp has now cut 20,000 jobs in Germany since January."),
]


@pytest.fixture(scope="module")
def measures(pipeline: Pipeline):
    records = [pipeline.process_text(text, doc=doc, published=day).to_record() for doc, day, text in REPORTS]
    return compare(records).measures


def test_rounded_figures_agree_and_later_ones_are_an_evolution(measures) -> None:
    assert len(measures) == 1
    measure = measures[0]
    assert [f.text for f in measure.figures] == ["13,000 jobs", "12,900 jobs", "20,000 jobs"]
    assert not measure.disputed  # 13,000 is a round figure; 20,000 is five months later
    assert [step["value"] for step in measure.evolution] == [13000, 12900, 20000]
    low, high = measure.figures[0].low, measure.figures[0].high
    assert (low, high) == (12500, 13500)


MARCH = [
    ("a.txt", "Le A", "Police said about 50,000 people marched through Paris on Saturday against the pension reform."),
    ("b.txt", "Le B", "The CGT union said more than 300,000 protesters took part in the Paris march on Saturday."),
    ("c.txt", "Le C", "Two people were injured in Paris on Saturday when a car hit a bus."),
]


def test_police_and_organisers_dispute_a_crowd_size(pipeline: Pipeline) -> None:
    records = [pipeline.process_text(text, doc=doc, published="2023-03-12", site=site).to_record()
               for doc, site, text in MARCH]
    found = compare(records).measures
    assert len(found) == 1 and found[0].disputed
    figures = {f.text: f for f in found[0].figures}
    assert set(figures) == {"about 50,000 people", "more than 300,000 protesters"}
    assert figures["about 50,000 people"].source == "Police"
    assert figures["more than 300,000 protesters"].high is None  # "more than" leaves it open
