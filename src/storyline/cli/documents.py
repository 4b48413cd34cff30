"""``storyline extract`` and ``storyline ingest``: inputs through the pipeline."""

from __future__ import annotations

import json
import sys

import click
from click.core import ParameterSource

from storyline.cli import main
from storyline.cli.options import (db_option, make_pipeline, meta_option, model_option, paths_argument,
                                   processes_option, published_option)
from storyline.cli.runner import RunSummary, report_skipped, run_pipeline
from storyline.errors import InputError, StorylineError
from storyline.ingest.skipped import skipped
from storyline.model import Article
from storyline.pipeline import Pipeline
from storyline.scale.ray_engine import run_on_ray
from storyline.scale.shards import SHARD_SIZE
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
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine's processes (-j); ray: a Ray cluster (pip install 'storyline[ray]').")
@click.option("--address", default=None, metavar="auto|HOST:PORT",
              help="With --engine ray: the cluster to join (default: start a local one with -j CPUs, "
                   "else all of this machine's).")
@click.option("--shard-size", type=click.IntRange(min=1), default=SHARD_SIZE, show_default=True,
              help="With --engine ray: documents per shard (the unit of work and of resumption).")
def ingest(paths: tuple[str, ...], meta: str | None, db: str | None, published: str | None,
           model: str, processes: int, engine: str, address: str | None, shard_size: int) -> None:
    """Process inputs and store the articles; the same article twice is stored once."""
    # The model loads when a first article needs parsing (on Ray: in the actors only), not
    # up front as make_pipeline does for one process: a rerun whose articles are all stored
    # never loads it. A missing model is still one clear error, from the pipeline.
    pipeline = make_pipeline(model, published, processes=0)
    summary = RunSummary()
    try:
        store = Store(db)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    if engine == "ray":
        given = click.get_current_context().get_parameter_source("processes") is not ParameterSource.DEFAULT
        with store:
            _ingest_on_ray(paths, pipeline, store, meta, address, processes if given else None, shard_size)
        return
    skip = SkipStored(store, pipeline)
    with store, BackgroundWriter(store, INGEST_BATCH) as writer:
        run_pipeline(paths, pipeline, meta, processes, writer.add, summary, prepare=skip)
    counts = writer.counts
    if skip.skipped:
        click.echo(f"{skip.skipped} article(s) found in the store before parsing: not parsed again", err=True)
    _finish(summary, f"stored {counts['added']} new article(s), {counts['revision']} revision(s), "
                     f"{counts['duplicate'] + skip.skipped} already stored")


def _ingest_on_ray(paths: tuple[str, ...], pipeline: Pipeline, store: Store, meta: str | None,
                   address: str | None, num_cpus: int | None, shard_size: int) -> None:
    before = skipped.snapshot()
    summary = RunSummary()

    def report(error: InputError) -> None:
        summary.failed.append(error)
        click.echo(f"error: {error}", err=True)

    try:
        run = run_on_ray(paths, pipeline, store, meta=meta, address=address, num_cpus=num_cpus,
                         shard_size=shard_size, on_error=report)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    except KeyboardInterrupt:
        click.echo("interrupted: the finished shards are recorded; the same command resumes from there", err=True)
        sys.exit(130)
    report_skipped(before)
    counts = run.counts
    click.echo(f"shards: {run.shards_processed} processed, {run.shards_done_before} finished by an earlier run",
               err=True)
    if run.skipped_early:
        click.echo(f"{run.skipped_early} article(s) found in the store before parsing: not parsed again", err=True)
    _finish(summary, f"stored {counts['added']} new article(s), {counts['revision']} revision(s), "
                     f"{counts['duplicate']} already stored")


def _finish(summary: RunSummary, message: str) -> None:
    failed = len(summary.failed)
    click.echo(message + (f"; {failed} input(s) failed" if failed else ""), err=True)
    if failed:
        sys.exit(1)
