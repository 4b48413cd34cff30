"""``storyline eval html DIR``: main text, title and date of HTML pages against ground truth,
Storyline next to plain trafilatura and htmldate."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path

import click
from tqdm import tqdm

from storyline.cli.eval import eval_group, floors_option, load_section, report_floors
from storyline.cli.options import print_table
from storyline.errors import EvalDataError
from storyline.eval.html import PageScore, Summary, score_page, summarize
from storyline.eval.html_systems import SYSTEMS
from storyline.eval.wcxb import Page, read_folder, read_html
from storyline.ingest.decode import NotText, decode_bytes

HEADERS = ("SYSTEM", "P", "R", "F1", "WITH", "WITHOUT", "TITLE", "DATE", "PAGES")
WIDTHS = (11, 6, 6, 6, 7, 7, 6, 6, 0)
FLOORS_SECTION = "html"


def score_all_systems(page: Page) -> dict[str, PageScore]:
    """Every system's scores on one page (run in a worker process)."""
    try:
        html = decode_bytes(read_html(page.html_path), html=True)
    except NotText:
        html = ""
    return {name: score_page(system(html, page.url), page.truth) for name, (system, _, _) in SYSTEMS.items()}


def _scores(pages: list[Page], processes: int) -> Iterator[dict[str, PageScore]]:
    if processes == 1:
        yield from map(score_all_systems, pages)
        return
    with multiprocessing.Pool(processes) as pool:
        yield from pool.imap(score_all_systems, pages, chunksize=4)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def figures(summaries: dict[str, Summary]) -> dict[str, float | None]:
    """The figures floors can name: Storyline's, and its margins over the baselines."""
    ours, trafilatura, htmldate = summaries["storyline"], summaries["trafilatura"], summaries["htmldate"]

    def margin(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else a - b

    return {
        "storyline_precision": ours.precision,
        "storyline_recall": ours.recall,
        "storyline_f1": ours.f1,
        "storyline_with": ours.with_rate,
        "title_accuracy": ours.title_accuracy,
        "date_accuracy": ours.date_accuracy,
        "f1_over_trafilatura": margin(ours.f1, trafilatura.f1),
        "title_over_trafilatura": margin(ours.title_accuracy, trafilatura.title_accuracy),
        "date_over_htmldate": margin(ours.date_accuracy, htmldate.date_accuracy),
    }


@eval_group.command("html")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Score only the first N pages (quick development runs).")
@click.option("--processes", "-j", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes.")
@floors_option
def eval_html(folder: Path, limit: int | None, processes: int, floors_path: Path | None) -> None:
    """Main-text P/R/F1, snippets, title and date accuracy on FOLDER (html/*.html.gz +
    ground-truth/*.json), for plain trafilatura, htmldate alone and Storyline."""
    try:
        pages = read_folder(folder, limit)
        floors = load_section(floors_path, FLOORS_SECTION)
    except EvalDataError as error:
        raise click.ClickException(str(error)) from None
    per_system: dict[str, list[PageScore]] = {name: [] for name in SYSTEMS}
    with tqdm(_scores(pages, processes), total=len(pages), desc="pages", unit=" page",
              file=sys.stderr, dynamic_ncols=True) as progress:
        for scores in progress:
            for name, score in scores.items():
                per_system[name].append(score)
    summaries = {
        name: summarize(per_system[name], has_text=has_text, has_title=has_title)
        for name, (_, has_text, has_title) in SYSTEMS.items()
    }
    rows = [
        (name, *map(_cell, (s.precision, s.recall, s.f1, s.with_rate, s.without_rate,
                            s.title_accuracy, s.date_accuracy)), s.pages)
        for name, s in summaries.items()
    ]
    print_table(rows, HEADERS, WIDTHS)
    report_floors(figures(summaries), floors, floors_path)
