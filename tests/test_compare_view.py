"""The readable form of a comparison (for ``storyline story``)."""

from __future__ import annotations

import json

from conftest import DATA
from storyline.cli.comparison import comparison_lines
from storyline.corpus.compare import compare
from storyline.store import Store
from storyline.store.article_records import latest_records


def test_the_seeds_comparison_reads(seeds_db: str) -> None:
    with Store(seeds_db) as store:
        records = latest_records(store)
    lines = list(comparison_lines(compare(records).to_record()))
    text = "\n".join(lines)
    assert lines[0].startswith("Statements reported in several places (")
    assert "DISPUTED" in text
    assert "several thousand soldiers" in text and "about 100,000 people" in text
    assert "Claims in conflict (" in text and "Sergei Lavrov" in text
    gold = json.loads((DATA / "gold" / "seed-story.json").read_text(encoding="utf-8"))
    assert gold["positions"]["actors"]
