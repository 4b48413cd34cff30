"""``storyline timeline``: the stored statements and dated events in calendar order
(built by storyline.corpus.timeline), as a table, jsonl or a Markdown document."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import click

from storyline.cli import main
from storyline.cli.options import db_option, format_option, print_rows
from storyline.cli.store import filters, read_corpus, say_if_empty, story_option
from storyline.corpus import TimelineEntry


@main.command()
@story_option
@click.option("--article", metavar="ID", default=None, help="Only this article (its id or a prefix).")
@click.option("--entity", metavar="NAME", default=None,
              help="Only entries whose speaker, or an entity named in them, matches NAME "
                   "(case-insensitive, part of the name).")
@format_option("table", "jsonl", "md")
@db_option
def timeline(story: str | None, article: str | None, entity: str | None, output_format: str,
             db: str | None) -> None:
    """Statements and dated events of the stored articles, in time order, each with its source."""
    with read_corpus(db) as corpus:
        entries = corpus.timeline(story=story, entity=entity, article=article)
    say_if_empty(entries, "no statement or dated event matched" + filters(story=story, article=article, entity=entity))
    print_rows(entries, output_format, as_json=TimelineEntry.to_record, as_cells=_entry_cells,
               as_markdown=_markdown, headers=("DATE", "KIND", "WHO", "WHAT", "SOURCE"), widths=(10, 10, 24, 80, 0))


def _entry_cells(entry: TimelineEntry) -> tuple[Any, ...]:
    return (entry.date, _kind_label(entry), entry.who or "", _one_line(entry.text), entry.doc)


def _kind_label(entry: TimelineEntry) -> str:
    if entry.kind == "statement":
        return "said" if entry.dated_from == "text" else "said~pub"
    return "planned" if entry.planned else "event"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _markdown(entries: Iterable[TimelineEntry]) -> str:
    lines: list[str] = ["# Timeline"]
    current = None
    for entry in entries:
        if entry.date != current:
            current = entry.date
            lines += ["", f"## {entry.date}", ""]
        source = f"*{entry.title or entry.doc}* ({entry.doc})"
        if entry.kind == "statement":
            dated = "" if entry.dated_from == "text" else " (date of publication)"
            who = entry.who or "unnamed source"
            lines.append(f"- **{who}** said{dated}: \u201c{_one_line(entry.text)}\u201d \u2014 {source}")
        else:
            label = "Planned" if entry.planned else "Event"
            lines.append(f"- {label}: {_one_line(entry.text)} \u2014 {source}")
    return "\n".join(lines)
