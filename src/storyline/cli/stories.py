"""``storyline stories``, ``storyline story ID`` and ``storyline recluster``: the stories
and events the corpus clustered as articles were stored. Formatting only."""

from __future__ import annotations

import json

import click

from storyline.cli import main
from storyline.cli.comparison import echo_comparison
from storyline.cli.options import db_option, format_option, print_rows, print_table
from storyline.cli.store import read_corpus, say_if_empty
from storyline.corpus.stories import Story, recluster as recluster_store, story_record


@main.command()
@db_option
@format_option("table", "jsonl")
def stories(db: str | None, output_format: str) -> None:
    """List the stories, largest and most recent first, each with its events."""
    with read_corpus(db) as corpus:
        found = corpus.stories()
    say_if_empty(found, "the store holds no story yet")
    print_rows(found, output_format, as_json=Story.to_record, as_cells=_story_cells,
               headers=("ID", "ARTICLES", "EVENTS", "FIRST", "LAST", "LABEL"), widths=(6, 8, 6, 10, 10, 0))


def _story_cells(story: Story) -> tuple[object, ...]:
    return (story.id, len(story.articles), len(story.events), story.first or "", story.last or "", story.label)


@main.command()
@click.argument("story_id", metavar="ID")
@db_option
@format_option("table", "json")
def story(story_id: str, db: str | None, output_format: str) -> None:
    """One story: label, dates, outlets, actors, events and its timeline."""
    with read_corpus(db) as corpus:
        found = corpus.story(story_id)
        if found is None:
            raise click.ClickException(f"no story {story_id!r}; `storyline stories` lists them")
        record = story_record(corpus, found)
    if output_format == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"Story {found.id}: {found.label}")
    click.echo(f"  {len(found.articles)} article(s), {found.first or '?'} to {found.last or '?'}")
    click.echo(f"  outlets: {', '.join(found.outlets) or '(none named)'}")
    click.echo(f"  actors: {', '.join(found.actors) or '(none)'}")
    for group in found.duplicates:
        click.echo(f"  report {group.report} copied as {', '.join(group.copies)}")
    click.echo("")
    print_table([(event.date or "", event.id, ", ".join(event.articles), event.label) for event in found.events],
                headers=("DATE", "EVENT", "ARTICLES", "LABEL"), widths=(10, 5, 40, 0))
    click.echo("")
    print_table([(entry["date"], entry["kind"], entry.get("who") or "", " ".join(entry["text"].split()), entry["doc"])
                 for entry in record["timeline"]],
                headers=("DATE", "KIND", "WHO", "WHAT", "SOURCE"), widths=(10, 10, 24, 80, 0))
    click.echo("")
    echo_comparison(record)


@main.command()
@db_option
def recluster(db: str | None) -> None:
    """Cluster every stored article into stories and events again (after a change of settings)."""
    with read_corpus(db) as corpus:
        count = recluster_store(corpus.store)
        total = len(corpus.stories())
    click.echo(f"clustered {count} article(s) into {total} story(ies)", err=True)
