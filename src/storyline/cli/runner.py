"""Running the pipeline over inputs for a command: progress, error lines, a summary."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
from tqdm import tqdm

from storyline.errors import InputError, StorylineError
from storyline.ingest import read_sources
from storyline.ingest.readers import JSONL_SUFFIXES
from storyline.ingest.skipped import describe, skipped
from storyline.model import Article, RawDocument
from storyline.pipeline import Pipeline

# More input files than this and a progress bar is shown on stderr.
HANDFUL = 5
Items = Iterable[RawDocument | InputError]


@dataclass
class RunSummary:
    processed: int = 0
    failed: list[InputError] = field(default_factory=list)


def count_files(paths: tuple[str, ...]) -> int:
    """Input files, a JSONL file counting for more than a handful (it holds many articles)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file())
        elif path.name.lower().removesuffix(".gz").endswith(tuple(JSONL_SUFFIXES)):
            total += HANDFUL + 1
        else:
            total += 1
    return total


def run_pipeline(
    paths: tuple[str, ...], pipeline: Pipeline, meta: str | None, processes: int,
    on_article: Callable[[Article], None], summary: RunSummary,
    prepare: Callable[[Items], Items] | None = None,
) -> None:
    """Process every input, hand each article to ``on_article``; failures go to stderr.

    ``prepare`` filters the documents before the pipeline (skip early). What the readers
    skipped on purpose (a WARC's request records) is counted on stderr at the end. A
    StorylineError that stops the whole run (a model the workers cannot load) becomes one
    clear line and exit status 1.
    """
    before = skipped.snapshot()
    documents = read_sources(paths, meta=meta)
    if prepare is not None:
        documents = prepare(documents)
    results: Iterator[Article | InputError] = pipeline.pipe(documents, n_process=processes)
    show_bar = count_files(paths) > HANDFUL
    try:
        with tqdm(results, desc="articles", unit=" art", file=sys.stderr, disable=not show_bar,
                  dynamic_ncols=True) as progress:
            for result in progress:
                if isinstance(result, InputError):
                    summary.failed.append(result)
                    message = f"error: {result}"
                    if show_bar:
                        progress.write(message, file=sys.stderr)
                    else:
                        click.echo(message, err=True)
                    continue
                on_article(result)
                summary.processed += 1
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    report_skipped(before)


def report_skipped(before: Counter[str]) -> None:
    """One stderr line for the records the readers skipped since ``before``, if any."""
    counts = skipped.since(before)
    if counts:
        click.echo(f"skipped {describe(counts)}", err=True)
