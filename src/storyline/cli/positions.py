"""``storyline positions PROPOSITION``: every actor's stance on a proposition, with evidence."""

from __future__ import annotations

import json

import click

from storyline.cli import main
from storyline.cli.options import db_option, format_option, print_table
from storyline.cli.store import read_corpus, say_if_empty
from storyline.corpus.compare import ActorPosition


@main.command()
@click.argument("proposition")
@click.option("--story", metavar="ID", default=None, help="Only the articles of this story.")
@format_option("table", "jsonl")
@db_option
def positions(proposition: str, story: str | None, output_format: str, db: str | None) -> None:
    """Every actor that took a position on PROPOSITION: stance over time and evidence."""
    with read_corpus(db) as corpus:
        found = corpus.positions(proposition, story=story)
    say_if_empty(found, f"no statement about {proposition!r}")
    if output_format == "jsonl":
        for position in found:
            click.echo(json.dumps(_line(position), ensure_ascii=False))
        return
    rows = []
    for position in found:
        changes = " -> ".join(f"{c['stance']} ({c['date']})" for c in position.stances) or position.stance
        for index, evidence in enumerate(position.evidence):
            s = evidence.statement
            rows.append((position.actor if index == 0 else "", position.stance if index == 0 else "",
                         s.date or "", evidence.stance, s.doc, " ".join(s.text.split())))
        if len(position.stances) > 1:
            rows.append(("", "", "", "", "", f"over time: {changes}"))
    print_table(rows, headers=("ACTOR", "STANCE", "DATE", "SAYS", "DOC", "EVIDENCE"), widths=(24, 11, 10, 11, 16, 0))


def _line(position: ActorPosition) -> dict:
    record = position.to_record()
    return {"actor": record["actor"], "stance": record["stance"], "over_time": record["over_time"],
            "evidence": [{k: e[k] for k in ("doc", "start", "end", "text", "date", "stance", "article", "kind")}
                         for e in record["evidence"]]}
