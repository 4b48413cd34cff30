"""``storyline eval stories FILE.jsonl``: story clustering on ECB+ next to a TF-IDF baseline."""

from __future__ import annotations

from pathlib import Path

import click
from tqdm import tqdm

from storyline.cli.eval import eval_group, floors_option, load_section, report_floors
from storyline.cli.options import make_pipeline, model_option
from storyline.errors import EvalDataError


@eval_group.command(name="stories")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N documents.")
@model_option
@floors_option
def eval_stories(path: Path, limit: int | None, model: str, floors_path: Path | None) -> None:
    """B-cubed P/R/F1 of the stories clustered from an ECB+ JSONL file (doc_id, topic,
    story_id, text), in file order as ingest would, next to TF-IDF average link."""
    from storyline.eval.stories import bcubed, baseline_clusters, gold_of, read_documents, storyline_clusters, tuned_baseline

    floors = load_section(floors_path, "stories")
    try:
        documents = read_documents(path, limit)
        with tqdm(total=len(documents), unit="doc", desc="documents", disable=None) as bar:
            predicted = storyline_clusters(documents, make_pipeline(model), str(path), bar.update)
    except EvalDataError as error:
        raise click.ClickException(str(error)) from None
    threshold, _ = tuned_baseline(documents)
    labels = baseline_clusters([d.text for d in documents], threshold)
    baseline = {d.doc_id: label for d, label in zip(documents, labels)}
    click.echo(f"{len(documents)} documents, {len(set(gold_of(documents, 'story').values()))} gold stories, "
               f"{len(set(gold_of(documents, 'topic').values()))} topics; Storyline {len(set(predicted.values()))} "
               f"stories, TF-IDF average link (threshold {threshold} tuned here) {len(set(labels))}")
    click.echo(f"{'B-cubed':10}  {'system':22}  {'P':>6}  {'R':>6}  {'F1':>6}")
    figures: dict[str, float | None] = {}
    for level in ("story", "topic"):
        gold = gold_of(documents, level)
        for name, key, clusters in (("Storyline", "storyline", predicted), ("TF-IDF average link", "baseline", baseline)):
            score = bcubed(clusters, gold)
            click.echo(f"{level:10}  {name:22}  {score.precision:6.4f}  {score.recall:6.4f}  {score.f1:6.4f}")
            prefix = key if level == "story" else f"{key}_topic"
            figures.update({f"{prefix}_precision": score.precision, f"{prefix}_recall": score.recall,
                            f"{prefix}_f1": score.f1})
    figures["f1_over_baseline"] = (figures["storyline_f1"] or 0.0) - (figures["baseline_f1"] or 0.0)
    report_floors(figures, floors, floors_path)
