"""Quality floors: figures pinned in a JSON file (bench/floors.json) that a report must reach.

The file holds one object per report, e.g. ``{"html": {"storyline_f1": 0.93}}``; each
report names the figures it can check. A figure below its floor is a failure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from storyline.errors import EvalDataError


def load_floors(path: Path, section: str) -> dict[str, float]:
    """The floors of ``section`` in ``path`` ({} when the file has no such section)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise EvalDataError(f"{path}: cannot read the floors file ({error})") from None
    floors = data.get(section, {}) if isinstance(data, dict) else None
    if not isinstance(floors, dict) or not all(
        isinstance(value, (int, float)) and not isinstance(value, bool) for value in floors.values()
    ):
        raise EvalDataError(f"{path}: {section!r} must be an object of figure names to numbers")
    return {name: float(value) for name, value in floors.items()}


def check_floors(figures: Mapping[str, float | None], floors: Mapping[str, float]) -> list[str]:
    """One line per floor not reached; a floor naming a figure the report lacks is an error."""
    unknown = sorted(set(floors) - set(figures))
    if unknown:
        raise EvalDataError(f"unknown figure(s) in floors: {', '.join(unknown)}; known: {', '.join(sorted(figures))}")
    failures = []
    for name, floor in floors.items():
        value = figures[name]
        if value is None or value < floor:
            shown = "none" if value is None else f"{value:.4f}"
            failures.append(f"{name} {shown} is below its floor {floor:.4f}")
    return failures
