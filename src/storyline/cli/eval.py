"""``storyline eval ...``: quality reports against annotated data."""

from __future__ import annotations

import click

from storyline.cli import main


@main.group(name="eval")
def eval_group() -> None:
    """Score Storyline against annotated data, side by side with baselines."""
