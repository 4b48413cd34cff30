"""Options shared by several commands, and the table and row printers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

from storyline.clean import iso_date
from storyline.errors import InputError, StorylineError
from storyline.nlp import DEFAULT_MODEL
from storyline.pipeline import Pipeline

db_option = click.option(
    "--db", "db", metavar="URL", default=None,
    help="Store: a SQLite path or a SQLAlchemy URL (postgresql://...). "
         "Default: $STORYLINE_DB, else ./storyline.db.",
)
model_option = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME",
    help="Installed spaCy pipeline to use.",
)
meta_option = click.option(
    "--meta", type=click.Path(dir_okay=False), default=None,
    help="A meta.jsonl sidecar for all inputs (default: each directory's own meta.jsonl).",
)
published_option = click.option(
    "--published", metavar="DATE", default=None,
    help="Publication date (YYYY-MM-DD) for inputs that give none.",
)
processes_option = click.option(
    "--processes", "-j", type=click.IntRange(min=1), default=1, show_default=True,
    help="Worker processes for NLP.",
)
paths_argument = click.argument("paths", nargs=-1, required=True, type=click.Path())


def format_option(*choices: str) -> Callable[[Any], Any]:
    return click.option("--format", "output_format", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


def print_table(rows: Iterable[Sequence[Any]], headers: Sequence[str], widths: Sequence[int]) -> None:
    """Print rows as fixed-width columns; a width of 0 leaves that column unbounded."""
    def cell(value: Any, width: int) -> str:
        text = "" if value is None else str(value)
        if width and len(text) > width:
            text = text[: width - 1] + "\u2026"
        return text.ljust(width) if width else text

    def line(values: Sequence[Any]) -> str:
        return "  ".join(cell(value, width) for value, width in zip(values, widths)).rstrip()

    click.echo(line(headers))
    for row in rows:
        click.echo(line(row))


def print_rows(rows: Iterable[Any], output_format: str, *, as_json: Callable[[Any], dict[str, Any]],
               as_cells: Callable[[Any], Sequence[Any]], headers: Sequence[str], widths: Sequence[int],
               as_markdown: Callable[[Iterable[Any]], str] | None = None) -> None:
    """Print a listing's rows in ``output_format``: one JSON object a line ("jsonl"), the
    ``as_markdown`` document ("md"), else a table of ``as_cells``."""
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(as_json(row), ensure_ascii=False))
    elif output_format == "md" and as_markdown is not None:
        click.echo(as_markdown(rows))
    else:
        # a generator, as before: the header prints before any row is formatted
        print_table((as_cells(row) for row in rows), headers=headers, widths=widths)


def make_pipeline(model: str, published: str | None = None, processes: int = 1) -> Pipeline:
    """The pipeline of a command; a bad --published or a missing model is one clear error."""
    try:
        default_published = iso_date(published, "--published") if published else None
    except InputError as error:
        raise click.BadParameter(error.reason, param_hint="--published") from None
    pipeline = Pipeline(model=model, default_published=default_published)
    if processes == 1:  # with workers, only they load the model (run_pipeline reports a failure)
        try:
            pipeline.nlp  # fail early, once, when the model is missing
        except StorylineError as error:
            raise click.ClickException(str(error)) from None
    return pipeline
