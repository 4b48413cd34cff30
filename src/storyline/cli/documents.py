"""``storyline extract`` and ``storyline ingest``: inputs through the pipeline."""

from __future__ import annotations

import json
import sys

import click

from storyline.cli import main
from storyline.cli.options import (db_option, make_pipeline, meta_option, model_option, paths_argument,
                                   processes_option, published_option)
from storyline.cli.runner import RunSummary, run_pipeline
from storyline.errors import StorylineError
from storyline.model import Article
from storyline.scale.skip import SkipStored
from storyline.store import Store
from storyline.store.writer import BackgroundWriter

# Articles written to the store per transaction during ingest (by a writer thread).
INGEST_BATCH = 100


@main.command()
@paths_argument
@meta_option
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="jsonl: one record per line; json: one array.")
@published_option
@model_option
@processes_option
def extract(paths: tuple[str, ...], meta: str | None, output_format: str, published: str | None,
            model: str, processes: int) -> None:
    """Print the article record of every input (files, directories, JSONL) on stdout."""
    pipeline = make_pipeline(model, published, processes)
    summary = RunSummary()
    records: list[dict] = []

    def emit(article: Article) -> None:
        if output_format == "jsonl":
            sys.stdout.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
        else:
            records.append(article.to_record())

    run_pipeline(paths, pipeline, meta, processes, emit, summary)
    if output_format == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    _finish(summary, f"extracted {summary.processed} article(s)")


@main.command()
@paths_argument
@meta_option
@db_option
@published_option
@model_option
@processes_option
def ingest(paths: tuple[str, ...], meta: str | None, db: str | None, published: str | None,
           model: str, processes: int) -> None:
    """Process inputs and store the articles; the same article twice is stored once."""
    pipeline = make_pipeline(model, published, processes)
    summary = RunSummary()
    try:
        store = Store(db)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    skip = SkipStored(store, pipeline)
    with store, BackgroundWriter(store, INGEST_BATCH) as writer:
        run_pipeline(paths, pipeline, meta, processes, writer.add, summary, prepare=skip)
    counts = writer.counts
    if skip.skipped:
        click.echo(f"{skip.skipped} article(s) found in the store before parsing: not parsed again", err=True)
    _finish(summary, f"stored {counts['added']} new article(s), {counts['revision']} revision(s), "
                     f"{counts['duplicate'] + skip.skipped} already stored")


def _finish(summary: RunSummary, message: str) -> None:
    failed = len(summary.failed)
    click.echo(message + (f"; {failed} input(s) failed" if failed else ""), err=True)
    if failed:
        sys.exit(1)
