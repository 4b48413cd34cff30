"""The time tagger only tries its patterns near their triggers (extract/timex): that must
find exactly what running every pattern over every line finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.extract.timex import _rule_matches
from storyline.extract.timex.patterns import REACH, RULES, TRIGGERS

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"

# Long expressions, near the reach of their rules, and words that only look like triggers.
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
]


def _finditer_per_line(text: str) -> set[tuple[int, int, str]]:
    """Every rule's pattern run over each line, as plainly as possible."""
    found: set[tuple[int, int, str]] = set()
    for line in re.finditer(r"[^\n]+", text):
        for rule, pattern in RULES.items():
            for match in pattern.finditer(text, line.start(), line.end()):
                if match.end() > match.start():
                    found.add((match.start(), match.end(), rule))
    return found


def _texts() -> list[str]:
    return HARD_CASES + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize("text", _texts())
def test_triggered_search_finds_what_a_full_scan_finds(text: str) -> None:
    windowed = {(match.start(), match.end(), rule) for match, rule in _rule_matches(text)}
    assert windowed == _finditer_per_line(text)


def test_every_rule_has_a_trigger_and_a_reach() -> None:
    assert set(TRIGGERS) == set(RULES) == set(REACH)
