"""The comparison of a story (the `families`, `measures`, `disputes`, `positions` and
`conflicts` of its JSON record, ``Comparison.to_record``) as readable text, for
``storyline story``. Formatting only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import click

_WIDTH = 110


def _short(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _number(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def comparison_lines(record: dict[str, Any]) -> Iterator[str]:
    families, measures = record.get("families", []), record.get("measures", [])
    yield f"Statements reported in several places ({len(families)})"
    for family in families:
        yield f"  {family['speaker']}, first in {family['first_outlet']}:"
        for o in family["occurrences"]:
            yield f"    {o['date'] or '':10}  {o['doc']:24.24}  {o['match']:10}  {_short(o['text'], 70)}"
    yield f"Numbers measuring one thing ({len(measures)}, {len(record.get('disputes', []))} in dispute)"
    for measure in measures:
        yield f"  {measure['measure']}{'  DISPUTED' if measure['disputed'] else ''}"
        for f in measure["figures"]:
            bounds = f"{_number(f['value'])} [{_number(f['low'])}..{_number(f['high'])}]"
            yield f"    {f['date'] or '':10}  {f['doc']:24.24}  {_short(f['text'], 32):32}  {bounds:26}  {f['source']}"
    positions = record.get("positions", [])
    yield f"Positions ({len(positions)} propositions)"
    for position in positions:
        yield f"  {_short(position['proposition'], 90)}"
        for actor in position["actors"]:
            changes = " -> ".join(c["stance"] for c in actor["over_time"]) or actor["stance"]
            yield (f"    {actor['actor'][:30]:30}  {actor['stance']:11}  "
                   f"{len(actor['evidence'])} statement(s)  ({changes})")
    conflicts = record.get("conflicts", [])
    yield f"Claims in conflict ({len(conflicts)})"
    for conflict in conflicts:
        yield f"  {_short(conflict['about'], 90)}"
        for side in conflict["sides"]:
            yield f"    {side['claims']:8}  {side['speaker'][:24]:24}  {side['doc']:24.24}  {_short(side['text'], 60)}"


def echo_comparison(record: dict[str, Any]) -> None:
    for line in comparison_lines(record):
        click.echo(line)
