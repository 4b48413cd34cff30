"""``storyline quotes`` (who said what, from the store) and the quote reports
``storyline eval quotes`` (seed gold) and ``storyline eval polnear`` (PolNeAR)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import click

from storyline.cli import main
from storyline.cli.eval import eval_group, floors_option, load_section, report_floors
from storyline.cli.options import db_option, format_option, make_pipeline, model_option, print_rows, print_table
from storyline.cli.store import filters, read_corpus, say_if_empty, story_option
from storyline.corpus import Statement
from storyline.errors import InputError, StorylineError
from storyline.eval import polnear
from storyline.eval.quotes import Predicted, read_gold, score_seeds
from storyline.eval.textacy_quotes import TextacyRun, textacy_quotes
from storyline.ingest import read_sources
from storyline.model import Article, RawDocument

DEFAULT_SEEDS = Path("examples/seeds")


@main.command()
@click.option("--speaker", metavar="NAME", default=None,
              help="Only this speaker: any word(s) of the name, any case (macron, \"emmanuel macron\").")
@click.option("--article", metavar="ID", default=None, help="Only this article (its id or a prefix).")
@story_option
@format_option("table", "jsonl")
@db_option
def quotes(speaker: str | None, article: str | None, story: str | None, output_format: str,
           db: str | None) -> None:
    """Every stored statement with its speaker, kind, date and outlet, in time order."""
    with read_corpus(db) as corpus:
        rows = corpus.statements(speaker=speaker, article=article, story=story)
    say_if_empty(rows, "no statement matched" + filters(speaker=speaker, article=article, story=story))
    print_rows(rows, output_format, as_json=Statement.to_record, as_cells=_quote_cells,
               headers=("DATE", "OUTLET", "SPEAKER", "KIND", "STATEMENT"), widths=(10, 24, 24, 8, 0))


def _quote_cells(statement: Statement) -> tuple[Any, ...]:
    return (statement.date or "", statement.outlet, statement.speaker or "", statement.kind,
            " ".join(statement.text.split()))


def _predictions(articles: Iterable[Article]) -> list[Predicted]:
    # A statement split by its attribution is scored by what was said (its parts), as the
    # gold's content leaves the attribution out.
    return [Predicted(article.doc, quote.quoted or quote.text, quote.speaker.name if quote.speaker else None,
                      quote.speaker.mention.text if quote.speaker and quote.speaker.mention else None,
                      quote.kind)
            for article in articles for quote in article.quotes]


def _check(figures: Mapping[str, float], floors_path: Path | None, section: str) -> None:
    report_floors(figures, load_section(floors_path, section), floors_path)


@eval_group.command("quotes")
@click.argument("gold_path", metavar="GOLD.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--seeds", "seeds", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=DEFAULT_SEEDS, show_default=True, help="The articles the gold is about.")
@model_option
@floors_option
def eval_quotes(gold_path: Path, seeds: Path, model: str, floors_path: Path | None) -> None:
    """Quote P/R/F1 and speaker accuracy against seed gold, Storyline next to textacy."""
    try:
        gold = read_gold(gold_path)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    pipeline = make_pipeline(model)
    articles = [item for item in pipeline.pipe(read_sources([seeds])) if isinstance(item, Article)]
    baseline = TextacyRun()
    for article in articles:
        textacy_quotes(pipeline.nlp, article.doc, article.text, baseline)
    ours = score_seeds(gold, _predictions(articles))
    theirs = score_seeds(gold, baseline.predicted)
    print_table(
        [(name, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}", f"{s.speaker_accuracy:.4f}",
          s.predicted, s.gold) for name, s in (("storyline", ours), ("textacy", theirs))],
        headers=("SYSTEM", "P", "R", "F1", "SPEAKER", "PREDICTED", "GOLD"), widths=(10, 6, 6, 6, 7, 9, 0),
    )
    click.echo(f"textacy failed on {baseline.failed_paragraphs} paragraph(s); "
               f"{len(articles)} article(s) from {seeds}")
    _check({"precision": ours.precision, "recall": ours.recall, "f1": ours.f1,
            "speaker_accuracy": ours.speaker_accuracy}, floors_path, "quotes")


@eval_group.command("polnear")
@click.argument("path", metavar="FILE.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Score only the first N articles.")
@model_option
@floors_option
def eval_polnear(path: Path, limit: int | None, model: str, floors_path: Path | None) -> None:
    """Attribution precision and recall (direct, reported speech) on PolNeAR, next to textacy."""
    try:
        articles = polnear.read_articles(path)[:limit]
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    pipeline = make_pipeline(model)
    raws = [RawDocument(doc=a.id, content=a.text, kind="text", origin=a.id) for a in articles]
    processed: list[Article] = []
    for result in pipeline.pipe(raws):
        if isinstance(result, InputError):
            click.echo(str(result), err=True)
        else:
            processed.append(result)
    ours = _predictions(processed)
    baseline = TextacyRun()
    for article in articles:
        textacy_quotes(pipeline.nlp, article.id, article.text, baseline)
    scores = {"storyline": polnear.score(articles, ours), "textacy": polnear.score(articles, baseline.predicted)}
    print_table(
        [(name, f"{s.precision:.4f}", f"{s.direct_recall:.4f}", f"{s.speech_recall:.4f}",
          f"{s.direct_f1:.4f}", s.predicted, s.direct, s.speech) for name, s in scores.items()],
        headers=("SYSTEM", "P", "DIRECT-R", "SPEECH-R", "DIRECT-F1", "PREDICTED", "DIRECT", "SPEECH"),
        widths=(10, 6, 8, 8, 9, 9, 6, 0),
    )
    click.echo(f"textacy failed on {baseline.failed_paragraphs} paragraph(s); {len(articles)} article(s)")
    s = scores["storyline"]
    _check({"precision": s.precision, "direct_recall": s.direct_recall, "speech_recall": s.speech_recall,
            "direct_f1": s.direct_f1}, floors_path, polnear.floors_section(path))
