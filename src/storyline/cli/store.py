"""Commands that read the store: ``storyline articles``."""

from __future__ import annotations

import json

import click

from storyline.cli import main
from storyline.cli.options import db_option, format_option, print_table
from storyline.errors import StorylineError
from storyline.store import Store


def open_store(db: str | None) -> Store:
    try:
        return Store(db)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None


@main.command()
@db_option
@format_option("table", "jsonl")
def articles(db: str | None, output_format: str) -> None:
    """List the stored articles: id, site, published, title and what was extracted."""
    with open_store(db) as store:
        rows = store.articles()
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    print_table(
        [(row["id"][:12], row["site"] or "", row["published"] or "", row["title"] or f"({row['doc']})",
          row["entities"], row["quotes"], row["quantities"], row["times"]) for row in rows],
        headers=("ID", "SITE", "PUBLISHED", "TITLE", "ENT", "QUO", "NUM", "TIME"),
        widths=(12, 16, 10, 60, 4, 4, 4, 4),
    )
