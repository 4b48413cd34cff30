"""Commands that read the store: ``storyline articles``, and how every read command opens it.

A read command never creates a store: a missing one is an error (exit 1) that says how to
make one. A query that matches nothing prints its header (table) or nothing (jsonl) and
says "no matches" on stderr, with exit 0; an unknown id (article, story, entity) is an
error, exit 1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import click

from storyline.cli import main
from storyline.cli.options import db_option, format_option, print_table
from storyline.corpus import Corpus
from storyline.errors import StorylineError


@contextmanager
def read_corpus(db: str | None) -> Iterator[Corpus]:
    """The corpus of the existing store at ``db``; a Storyline error inside (a missing store,
    an unknown id) becomes one line on stderr and exit 1."""
    try:
        with Corpus.open(db) as corpus:
            yield corpus
    except StorylineError as error:
        raise click.ClickException(str(error)) from None


story_option = click.option("--story", metavar="ID", default=None,
                            help="Only the articles of this story (its id: `storyline stories` lists them).")


def filters(**options: str | None) -> str:
    """The options given, as typed: " --speaker 'nobody' --story '3'"."""
    return "".join(f" --{name} {value!r}" for name, value in options.items() if value)


def say_if_empty(rows: list[object], what: str) -> None:
    """Say on stderr that nothing matched, when nothing did."""
    if not rows:
        click.echo(f"no matches: {what}", err=True)


@main.command()
@db_option
@format_option("table", "jsonl")
def articles(db: str | None, output_format: str) -> None:
    """List the stored articles: id, site, published, title and what was extracted."""
    with read_corpus(db) as corpus:
        rows = corpus.articles()
    say_if_empty(rows, "the store holds no article yet")
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
