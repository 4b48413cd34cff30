"""``storyline entities``, ``storyline entity NAME`` and ``storyline eval conll FILE``.

Corpus entities are computed when asked for, from the entities stored with each article:
merging needs the whole corpus (a lone "Trump" joins "Donald Trump" only if no other Trump
is known), so computing it at query time keeps the answer independent of the order and
batching of ingests and costs ingest nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from storyline.cli import main
from storyline.cli.eval import eval_group, floors_option, load_section, report_floors
from storyline.cli.options import db_option, format_option, model_option, print_table
from storyline.cli.store import read_corpus, say_if_empty
from storyline.errors import StorylineError
from storyline.eval.conll import TYPES, compare, read_conll

FLOORS_SECTION = "conll"


@main.command("entities")
@click.option("--type", "entity_type", metavar="TYPE", default=None,
              help="Only entities of this type (PERSON, ORG, GPE, LOC, NORP, ...).")
@format_option("table", "jsonl")
@db_option
def entities_command(entity_type: str | None, output_format: str, db: str | None) -> None:
    """The people, bodies and places of the stored articles, merged across articles."""
    with read_corpus(db) as corpus:
        found = corpus.entities(type=entity_type)
    say_if_empty(found, f"no entity of type {entity_type.upper()}" if entity_type else "no entity is stored")
    if output_format == "jsonl":
        for entity in found:
            click.echo(json.dumps(entity.to_record(), ensure_ascii=False))
        return
    print_table(
        [(e.name, e.type, e.mentions, len(e.articles), "; ".join(e.roles),
          ", ".join(alias for alias, _ in e.aliases.most_common())) for e in found],
        headers=("NAME", "TYPE", "MENTIONS", "ARTICLES", "ROLES", "ALIASES"),
        widths=(28, 6, 8, 8, 40, 0),
    )


@main.command("entity")
@click.argument("name")
@db_option
def entity_command(name: str, db: str | None) -> None:
    """One entity (by name, alias or id): what it is, what it said, who appears with it."""
    with read_corpus(db) as corpus:
        entity = corpus.entity(name)
        if entity is None:
            raise click.ClickException(f"no entity named {name!r}; `storyline entities` lists them")
        statements = corpus.statements_of(entity)
        together = corpus.cooccurring(entity)
    record = entity.to_record()
    click.echo(f"{entity.name} ({entity.type})  id {entity.id}")
    for key in ("iso3166", "country", "stands_for"):
        if key in record:
            click.echo(f"  {key}: {_plain(record[key])}")
    click.echo(f"  aliases: {', '.join(record['aliases'])}")
    if entity.roles:
        click.echo(f"  roles: {'; '.join(entity.roles)}")
    click.echo(f"  mentions: {entity.mentions} in {len(entity.articles)} article(s): {', '.join(entity.articles)}")
    click.echo(f"statements ({len(statements)}):")
    for statement in statements:
        click.echo(f"  [{statement.published or '?'} {statement.doc}] ({statement.kind}) {statement.text}")
    click.echo(f"appears with ({len(together)}):")
    for other, shared in together:
        click.echo(f"  {other.name} ({other.type}): {shared} article(s)")


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key} {item}" for key, item in value.items())
    return str(value)


def conll_figures(scores: dict[str, Any]) -> dict[str, float]:
    """The figures floors can name: Storyline's F1s and its gains over spaCy alone."""
    ours, spacy = scores["storyline"], scores["spacy"]
    figures = {"storyline_f1": ours["ALL"].f1, "f1_over_spacy": ours["ALL"].f1 - spacy["ALL"].f1}
    for kind in TYPES:
        figures[f"storyline_{kind.lower()}_f1"] = ours[kind].f1
        figures[f"{kind.lower()}_f1_over_spacy"] = ours[kind].f1 - spacy[kind].f1
    return figures


@eval_group.command("conll")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@model_option
@floors_option
def eval_conll(file: Path, model: str, floors_path: Path | None) -> None:
    """Entity P/R/F1 on a CoNLL-2003 file (IOB1), spaCy alone next to spaCy with
    Storyline's repair; PERSON, ORG, GPE+LOC+FAC and NORP+the rest count as PER, ORG,
    LOC and MISC."""
    from storyline.extract.entities.extractor import REQUIRES
    from storyline.nlp import load_model

    try:
        documents = read_conll(file)
        floors = load_section(floors_path, FLOORS_SECTION)
        nlp = load_model(model, REQUIRES)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    scores = compare(documents, nlp)
    rows = []
    for kind in ("ALL", *TYPES):
        spacy, ours = scores["spacy"][kind], scores["storyline"][kind]
        rows.append((kind, f"{spacy.precision:.4f}", f"{spacy.recall:.4f}", f"{spacy.f1:.4f}",
                     f"{ours.precision:.4f}", f"{ours.recall:.4f}", f"{ours.f1:.4f}", spacy.gold))
    print_table(rows, headers=("TYPE", "SPACY_P", "SPACY_R", "SPACY_F1", "OURS_P", "OURS_R", "OURS_F1", "GOLD"),
                widths=(5, 8, 8, 8, 8, 8, 8, 0))
    report_floors(conll_figures(scores), floors, floors_path)
