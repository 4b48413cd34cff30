"""``storyline eval timeml DIR``: time expressions on TimeML files (TimeBank, AQUAINT),
Storyline next to plain dateparser, each document's creation time as its anchor."""

from __future__ import annotations

from pathlib import Path

import click

from storyline.cli.eval import eval_group, floors_option, load_section, report_floors
from storyline.cli.options import model_option, print_table
from storyline.errors import EvalDataError
from storyline.eval.timeml import Scores, dateparser_times, read_folder, score, storyline_times

HEADERS = ("SYSTEM", "EXTENT-P", "EXTENT-R", "EXTENT-F1", "VALUE-ACC", "VALUE-F1", "GOLD", "FOUND")
WIDTHS = (10, 8, 8, 9, 9, 8, 6, 0)
FLOORS_SECTION = "timeml"


def figures(ours: Scores, baseline: Scores) -> dict[str, float | None]:
    """The figures floors can name: Storyline's, and its margin over dateparser."""
    return {
        "storyline_extent_f1": ours.extent_f1,
        "storyline_value_accuracy": ours.value_accuracy,
        "storyline_value_f1": ours.value_f1,
        "value_f1_over_dateparser": ours.value_f1 - baseline.value_f1,
    }


@eval_group.command("timeml")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@model_option
@floors_option
def eval_timeml(folder: Path, model: str, floors_path: Path | None) -> None:
    """TIMEX3 extent P/R/F1 (overlapping spans), value accuracy and value F1 on the *.tml
    files under FOLDER, for Storyline and for dateparser's search_dates."""
    try:
        documents = list(read_folder(folder))
        floors = load_section(floors_path, FLOORS_SECTION)
    except EvalDataError as error:
        raise click.ClickException(str(error)) from None
    if not documents:
        raise click.ClickException(f"no .tml files under {folder}")
    ours, baseline = Scores(), Scores()
    for document, found in zip(documents, storyline_times(documents, model)):
        ours.add(score(found, document.timexes))
        baseline.add(score(dateparser_times(document.text, document.dct), document.timexes))
    print_table([_row("storyline", ours), _row("dateparser", baseline)], HEADERS, WIDTHS)
    report_floors(figures(ours, baseline), floors, floors_path)


def _row(name: str, scores: Scores) -> tuple[object, ...]:
    return (name, *(f"{value:.4f}" for value in (scores.extent_precision, scores.extent_recall,
                                                 scores.extent_f1, scores.value_accuracy, scores.value_f1)),
            scores.gold, scores.predicted)
