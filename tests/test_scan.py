"""The extractors' grammars are only tried near their triggers (extract/scan.py): that must
find exactly what running each pattern over every line finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.extract.quantities.amounts import GRAMMAR as AMOUNTS
from storyline.extract.scan import Grammar, ScannedText
from storyline.extract.timex.patterns import GRAMMARS as TIME_GRAMMARS, RULES, trigger_hits

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
GRAMMARS = {**{f"time {rule}": grammar for rule, grammar in TIME_GRAMMARS.items()}, "amounts": AMOUNTS}

# Long expressions near the reach of their grammars, and words that only look like triggers.
HARD_CASES = [
    "Sales fell for no more than the first twenty-five and a half more business days or so last year.",
    "The plan ran until the second half of the fiscal year; profit rose in the year-earlier period.",
    "Approximately 1,250,000.5 calendar days ago, and some twenty-two months from now, things changed.",
    "It happened on Wednesday, the 31st of December, 2025, at about 10:30 p.m. EST on Monday.",
    "By the end of the third fiscal quarter of next year and in Q3 2026, in the early-1990s.",
    "İstanbul said in the coming weeks, in the near future, at present and these days, nowhere known.",
    "next Christmas, New Year's Eve 2024, every other Monday, each 3 weeks, biweekly and hourly.",
    "The nineteenth century, eighteen sixty-five, the year two thousand and four, autumn of 2025.",
    "Thursday\nMarch\n5 people died in 2014\nnight after night, tonight, this evening, the day after tomorrow",
    "In excess of US$ 5.5bn, no fewer than between 10 and 20 people, about a million euros, 9/11.",
    "Someone phoned: hundreds of thousands marched, a couple of dozen left, tens of millions watched.",
    "Prices rose 3.5 percentage points to €12-15bn, from £6 to £10 one-way, the twenty-first time.",
]


def _finditer_per_line(grammar: Grammar, text: str) -> list[tuple[int, int]]:
    """The grammar's pattern run over each line, as plainly as possible."""
    return [(match.start(), match.end()) for line in re.finditer(r"[^\n]+", text)
            for match in grammar.pattern.finditer(text, line.start(), line.end()) if match.end() > match.start()]


def _texts() -> list[str]:
    return HARD_CASES + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize("text", _texts())
def test_triggered_search_finds_what_a_full_scan_finds(text: str) -> None:
    scanned = ScannedText(text)
    for name, grammar in GRAMMARS.items():
        found = [(match.start(), match.end()) for match in scanned.matches(grammar)]
        assert found == _finditer_per_line(grammar, text), name


@pytest.mark.parametrize("text", _texts() + ["", "x", "2005", "FY2005 now", "1-2-3-4 and 5/6/2007 at 12:30pm"])
def test_one_scan_finds_every_time_rules_trigger_hits(text: str) -> None:
    lowered = ScannedText(text).lowered
    hits = trigger_hits(lowered)
    for rule, grammar in TIME_GRAMMARS.items():
        assert hits[rule] == [hit.start() for hit in grammar.trigger.finditer(lowered)], rule


def test_every_time_rule_has_a_grammar() -> None:
    assert set(TIME_GRAMMARS) == set(RULES)


def test_offsets_survive_characters_that_lower_case_to_two() -> None:
    text = "İİ on 5 March 2025 İ"
    assert len(ScannedText(text).lowered) == len(text)
