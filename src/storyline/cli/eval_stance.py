"""``storyline eval stance BODIES.csv STANCES.csv``: the shipped stance model on FNC-1 pairs,
next to a TF-IDF + logistic regression baseline trained on the same training pairs."""

from __future__ import annotations

import time
from pathlib import Path

import click

from storyline.cli.eval import eval_group, floors_option, load_section, report_floors
from storyline.cli.options import print_table
from storyline.errors import EvalDataError
from storyline.eval.fnc import LABELS, Pair, StanceScores, read_bodies, read_stances
from storyline.stance.split import held_out

FLOORS_SECTION = "stance"
HEADERS = ("SYSTEM", "REL-SCORE", "MACRO-F1", *(f"F1-{label.upper()}" for label in LABELS), "ACCURACY")
WIDTHS = (12, 9, 8, 8, 11, 10, 12, 0)
csv_path = click.Path(dir_okay=False, path_type=Path)


@eval_group.command("stance")
@click.argument("bodies_path", metavar="BODIES.csv", type=csv_path)
@click.argument("stances_path", metavar="STANCES.csv", type=csv_path)
@click.option("--holdout/--all", "holdout", default=True, show_default=True,
              help="Score the held-out bodies of the files (the model never saw them) or every pair "
                   "(for a separate test split).")
@click.option("--train", "train_paths", nargs=2, type=csv_path, default=None, metavar="BODIES STANCES",
              help="Training files for the baseline with --all (with --holdout it trains on the "
                   "files' own training part).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score the first N pairs only.")
@click.option("--no-baseline", "baseline", flag_value=False, default=True, help="Skip the baseline.")
@floors_option
def eval_stance(bodies_path: Path, stances_path: Path, holdout: bool, train_paths: tuple[Path, Path] | None,
                limit: int | None, baseline: bool, floors_path: Path | None) -> None:
    """FNC-1 confusion matrix, per-class F1, relative score and macro-F1 of the stance model on
    the pairs of BODIES.csv and STANCES.csv (by default the bodies held out from training)."""
    from storyline.stance import shipped_model

    try:
        floors = load_section(floors_path, FLOORS_SECTION)
        bodies = read_bodies(bodies_path)
        pairs = read_stances(stances_path, bodies)
        if train_paths is not None:
            train_bodies = read_bodies(train_paths[0])
            train_pairs = [p for p in read_stances(train_paths[1], train_bodies) if not held_out(p.body_id)]
        else:
            train_bodies, train_pairs = bodies, [p for p in pairs if not held_out(p.body_id)] if holdout else []
    except EvalDataError as error:
        raise click.ClickException(str(error)) from None
    test = [p for p in pairs if held_out(p.body_id)] if holdout else pairs
    test = test[:limit]
    if not test:
        raise click.ClickException(f"{stances_path}: no pairs to score"
                                   + (" on held-out bodies (use --all for a test split)" if holdout else ""))
    started = time.perf_counter()
    predicted = [p.label for p in shipped_model().classify_batch((p.headline, bodies[p.body_id]) for p in test)]
    elapsed = time.perf_counter() - started
    gold = [p.stance for p in test]
    ours = StanceScores.of(gold, predicted)
    part = "held-out" if holdout else "all"
    click.echo(f"{len(test)} pairs on {len({p.body_id for p in test})} bodies ({part}) of {stances_path}; "
               f"{1000 * elapsed / len(test):.2f} ms per pair")
    click.echo("confusion (rows gold, columns predicted):")
    print_table([(label, *row) for label, row in zip(LABELS, ours.confusion)], ("", *LABELS), (10, 8, 8, 8, 0))
    rows = [_row("storyline", ours)]
    if baseline and train_pairs:
        rows.append(_row("tfidf+logreg", _baseline(train_pairs, train_bodies, test, bodies)))
    elif baseline:
        click.echo("baseline skipped: give --train BODIES STANCES to train it with --all", err=True)
    print_table(rows, HEADERS, WIDTHS)
    click.echo(f"stance relative_score={ours.relative_score:.4f} macro_F1={ours.macro_f1:.4f}")
    report_floors({"relative_score": ours.relative_score, "macro_f1": ours.macro_f1}, floors, floors_path)


def _baseline(train: list[Pair], train_bodies: dict[int, str], test: list[Pair], bodies: dict[int, str]) -> StanceScores:
    from storyline.stance.baseline import baseline_predictions

    labels = baseline_predictions([(p.headline, train_bodies[p.body_id], p.stance) for p in train],
                                  [(p.headline, bodies[p.body_id]) for p in test])
    return StanceScores.of([p.stance for p in test], labels)


def _row(name: str, scores: StanceScores) -> tuple[object, ...]:
    figures = (scores.relative_score, scores.macro_f1, *(scores.f1(label) for label in LABELS), scores.accuracy)
    return (name, *(f"{value:.4f}" for value in figures))
