"""``storyline eval ...``: quality reports against annotated data."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import click

from storyline.cli import main
from storyline.errors import EvalDataError


floors_option = click.option(
    "--floors", "floors_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="JSON file of quality floors (bench/floors.json); this report's section is checked, exit 1 below one.")


@main.group(name="eval")
def eval_group() -> None:
    """Score Storyline against annotated data, side by side with baselines."""


def load_section(floors_path: Path | None, section: str) -> dict[str, float]:
    """The floors of one report ({} without --floors); a bad file is a clear error."""
    if floors_path is None:
        return {}
    from storyline.eval.floors import load_floors

    try:
        return load_floors(floors_path, section)
    except EvalDataError as error:
        raise click.ClickException(str(error)) from None


def report_floors(figures: Mapping[str, float | None], floors: Mapping[str, float],
                  floors_path: Path | None) -> None:
    """Print each floor a report did not reach and exit 1 if any; say so when all are reached."""
    if not floors:
        return
    from storyline.eval.floors import check_floors

    try:
        failures = check_floors(figures, floors)
    except EvalDataError as error:
        raise click.ClickException(f"{floors_path}: {error}") from None
    for failure in failures:
        click.echo(f"below floor: {failure}", err=True)
    if failures:
        sys.exit(1)
    click.echo(f"floors: all {len(floors)} reached ({floors_path})", err=True)
