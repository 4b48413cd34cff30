"""``storyline export``: the corpus's records as JSONL, CSV or Parquet (corpus/export.py)."""

from __future__ import annotations

import click

import storyline
from storyline.cli import main
from storyline.cli.options import db_option
from storyline.corpus.export import FORMATS, WHATS, records, write
from storyline.errors import StorylineError


@main.command()
@click.option("--what", type=click.Choice(WHATS), required=True, help="Which records to export.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: the records as the CLI prints them; csv and parquet: the documented columns.")
@click.option("-o", "--output", required=True, metavar="PATH", help="The file to write ('-': stdout, jsonl and csv).")
@click.option("--story", default=None, metavar="ID", help="Only the records of this story.")
@db_option
def export(what: str, output_format: str, output: str, story: str | None, db: str | None) -> None:
    """Export articles, quotes, numbers, entities, stories or the timeline as a table."""
    try:
        with storyline.open(db) as corpus:
            rows = records(corpus, what, story)
        write(what, rows, output_format, output)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    if output != "-":
        click.echo(f"exported {len(rows)} {what} record(s) to {output}", err=True)
