"""The comparison of a story (``Corpus.compare``) as readable text, for ``storyline story``:
families, measures and disputes, positions, conflicts. Formatting only."""

from __future__ import annotations

from collections.abc import Iterator

import click

from storyline.corpus.compare import Comparison, Figure

_WIDTH = 110


def _short(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _bounds(figure: Figure) -> str:
    low = "?" if figure.low is None else f"{figure.low:g}"
    high = "?" if figure.high is None else f"{figure.high:g}"
    return f"{figure.value:g}" if low == high == f"{figure.value:g}" else f"{figure.value:g} [{low}..{high}]"


def comparison_lines(comparison: Comparison) -> Iterator[str]:
    yield f"Statements reported in several places ({len(comparison.families)})"
    for family in comparison.families:
        yield f"  {family.speaker}, first in {family.first_outlet}:"
        for statement, how in zip(family.occurrences, family.matches):
            yield f"    {statement.date or '':10}  {statement.doc:24.24}  {how:10}  {_short(statement.text, 70)}"
    yield f"Numbers measuring one thing ({len(comparison.measures)}, {len(comparison.disputes)} in dispute)"
    for measure in comparison.measures:
        yield f"  {measure.measure}{'  DISPUTED' if measure.disputed else ''}"
        for figure in measure.figures:
            yield (f"    {figure.date or '':10}  {figure.doc:24.24}  {_short(figure.text, 32):32}  "
                   f"{_bounds(figure):24}  {figure.source}")
    yield f"Positions ({len(comparison.positions)} propositions)"
    for position in comparison.positions:
        yield f"  {_short(position.proposition, 90)}"
        for actor in position.actors:
            changes = " -> ".join(c["stance"] for c in actor.stances) or actor.stance
            yield f"    {actor.actor[:30]:30}  {actor.stance:11}  {len(actor.evidence)} statement(s)  ({changes})"
    yield f"Claims in conflict ({len(comparison.conflicts)})"
    for conflict in comparison.conflicts:
        yield f"  {_short(conflict.about, 90)}"
        for side in conflict.sides:
            s = side.statement
            yield f"    {side.claims:8}  {s.actor.name[:24]:24}  {s.doc:24.24}  {_short(s.text, 60)}"


def echo_comparison(comparison: Comparison) -> None:
    for line in comparison_lines(comparison):
        click.echo(line)
