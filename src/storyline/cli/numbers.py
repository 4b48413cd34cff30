"""``storyline numbers``: the stored quantities with their article, date and sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from storyline.cli import main
from storyline.cli.eval import eval_group
from storyline.cli.options import db_option, format_option, model_option, print_rows
from storyline.cli.store import filters, read_corpus, say_if_empty, story_option
from storyline.corpus import QuantityRow
from storyline.errors import StorylineError
from storyline.eval.quantities import read_gold, recall
from storyline.ingest import read_sources
from storyline.model import Article
from storyline.pipeline import Pipeline

HEADERS = ("ARTICLE", "PUBLISHED", "QUANTITY", "VALUE", "UNIT", "COUNTED", "ENTITY", "SENTENCE")
WIDTHS = (24, 10, 22, 25, 5, 20, 16, 0)


@main.command()
@click.option("--entity", metavar="NAME", default=None,
              help="Only quantities that belong to this entity (part of its name, any case).")
@click.option("--counted", metavar="WORD", default=None,
              help="Only quantities of this thing, singular or plural: countries, votes, aid.")
@story_option
@format_option("table", "jsonl")
@db_option
def numbers(entity: str | None, counted: str | None, story: str | None, output_format: str,
            db: str | None) -> None:
    """List the stored quantities: amount, value, unit, what is counted, whose, and where."""
    with read_corpus(db) as corpus:
        rows = corpus.quantities(entity=entity, counted=counted, story=story)
    say_if_empty(rows, "no quantity matched" + filters(entity=entity, counted=counted, story=story))
    print_rows(rows, output_format, as_json=QuantityRow.to_record, as_cells=_quantity_cells,
               headers=HEADERS, widths=WIDTHS)


def _quantity_cells(row: QuantityRow) -> tuple[Any, ...]:
    record = row.record
    return (row.doc, row.published or "", record["text"], format_value(record),
            record.get("unit") or "", record.get("counted") or "", record.get("entity") or "",
            " ".join((row.sentence or "").split()))


def format_value(record: dict[str, Any]) -> str:
    """"1,100,000,000"; "~100,000" when approximate; "3,000-9,000 (vague)" with its bounds."""
    low, high = record.get("low"), record.get("high")
    if record.get("vague") or record.get("range"):
        label = " (vague)" if record.get("vague") else ""
        return f"{_number(low)}\u2013{_number(high)}{label}"
    if record.get("approximate"):
        if low is not None and high is None:
            return f"\u2265{_number(record['value'])}"
        if high is not None and low is None:
            return f"\u2264{_number(record['value'])}"
        return f"~{_number(record['value'])}"
    return _number(record.get("value"))


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.6g}" if abs(value) < 1000 else f"{value:,.0f}"


@eval_group.command("quantities")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@model_option
def eval_quantities(gold: Path, paths: tuple[str, ...], model: str) -> None:
    """Recall of a quantity gold file (seed-quantities.jsonl) over the articles in PATHS:
    value within 0.5% and the same unit. Exits with 1 when a gold quantity is missed."""
    pipeline = Pipeline(model=model, extractors=("entities", "quantities"))
    try:
        records = {result.doc: result.to_record() for result in pipeline.pipe(read_sources(paths))
                   if isinstance(result, Article)}
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    result = recall(read_gold(gold), records)
    click.echo(f"quantities: {result.found}/{result.total} gold found ({result.rate:.1%})")
    for item in result.missed:
        click.echo(f"missed: {item.doc}  {item.text!r}  {item.value:g} {item.unit or ''}".rstrip())
    if result.missed:
        raise SystemExit(1)
