"""``storyline timeline``: the stored statements and dated events in calendar order.

A statement sits at the date it was made (from its sentence, else the publication date);
an event is a sentence holding a time expression resolved to the calendar, placed at that
date and marked planned when it lies ahead of its article or its clause is in the future.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import click
from sqlalchemy import func, select

from storyline.cli import main
from storyline.cli.options import db_option, format_option, print_rows
from storyline.cli.store import open_store
from storyline.extract.timex.calendar import value_end, value_start
from storyline.store import Store
from storyline.store.schema import articles, entities, mentions, quotes, times


@dataclass(frozen=True, slots=True)
class Entry:
    date: str
    kind: str  # "statement" or "event"
    planned: bool
    who: str | None
    text: str
    dated_from: str  # "text" or "published"
    article: str
    doc: str
    title: str | None
    start: int
    end: int

    def sort_key(self) -> tuple[date, date, str, int]:
        first = value_start(self.date) or date.max
        return first, value_end(self.date) or first, self.doc, self.start


@main.command()
@click.option("--story", metavar="ID", default=None,
              help="Only the articles whose id starts with ID (stories are not clustered yet, "
                   "so a story is named by an article id or prefix).")
@click.option("--entity", metavar="NAME", default=None,
              help="Only entries whose speaker, or an entity named in them, matches NAME "
                   "(case-insensitive, part of the name).")
@format_option("table", "jsonl", "md")
@db_option
def timeline(story: str | None, entity: str | None, output_format: str, db: str | None) -> None:
    """Statements and dated events of the stored articles, in time order, each with its source."""
    with open_store(db) as store:
        entries = build_timeline(store, story=story, entity=entity)
    print_rows(entries, output_format, as_json=asdict, as_cells=_entry_cells, as_markdown=_markdown,
               headers=("DATE", "KIND", "WHO", "WHAT", "SOURCE"), widths=(10, 10, 24, 80, 0))


def _entry_cells(entry: Entry) -> tuple[Any, ...]:
    return (entry.date, _kind_label(entry), entry.who or "", _one_line(entry.text), entry.doc)


def build_timeline(store: Store, story: str | None = None, entity: str | None = None) -> list[Entry]:
    """Every statement and dated event of the latest stored articles, sorted by date."""
    with store.engine.connect() as connection:
        query = select(articles.c.id, articles.c.doc, articles.c.title, articles.c.published,
                       articles.c.text).where(articles.c.is_latest)
        if story:
            query = query.where(articles.c.id.startswith(story))
        stored = {row.id: row for row in connection.execute(query)}
        ids = list(stored)
        quote_rows = connection.execute(
            select(quotes.c.article_id, quotes.c.record).where(quotes.c.article_id.in_(ids))).all()
        time_rows = connection.execute(
            select(times.c.article_id, times.c.record).where(times.c.article_id.in_(ids))).all()
        named = _entity_mentions(connection, ids, entity) if entity else None
    entries: list[Entry] = []
    used_times: set[tuple[str, int]] = set()
    for article_id, record in quote_rows:
        row = stored[article_id]
        entry = _statement(row, record)
        if entry is not None:
            entries.append(entry)
        if record.get("date_at"):
            used_times.add((article_id, record["date_at"]["start"]))
    seen: set[tuple[str, int, str]] = set()
    for article_id, record in time_rows:
        if (article_id, record["start"]) in used_times:
            continue  # it dates a statement, which stands for its sentence
        entry = _event(stored[article_id], record)
        if entry is not None and (article_id, entry.start, entry.date) not in seen:
            seen.add((article_id, entry.start, entry.date))
            entries.append(entry)
    if entity:
        entries = [entry for entry in entries if _names(entry, entity, named or {})]
    return sorted(entries, key=Entry.sort_key)


def _statement(row: Any, record: dict[str, Any]) -> Entry | None:
    when = record.get("date") or row.published
    if value_start(when) is None:
        return None
    speaker = record.get("speaker") or {}
    cue = record.get("cue") or {}
    start = min(record["start"], cue.get("start", record["start"]))
    end = max(record["end"], cue.get("end", record["end"]))
    return Entry(when, "statement", False, speaker.get("name"), record["text"],
                 record.get("date_from") or "published", row.id, row.doc, row.title, start, end)


def _event(row: Any, record: dict[str, Any]) -> Entry | None:
    if record["type"] not in ("DATE", "TIME"):
        return None
    first, last = value_start(record.get("value")), value_end(record.get("value"))
    sentence = record.get("sentence")
    if first is None or last is None or not sentence:
        return None
    published = date.fromisoformat(row.published) if row.published else None
    ahead = published is not None and first > published
    planned = ahead or (record.get("tense") == "future" and (published is None or last >= published))
    text = row.text[sentence["start"]:sentence["end"]]
    return Entry(record["value"], "event", planned, None, text, "text", row.id, row.doc, row.title,
                 sentence["start"], sentence["end"])


def _entity_mentions(connection: Any, ids: list[str], name: str) -> dict[str, list[tuple[int, int]]]:
    """Where, per article, an entity whose name contains ``name`` is mentioned."""
    query = (select(mentions.c.article_id, mentions.c.start, mentions.c.end)
             .join(entities, entities.c.pk == mentions.c.entity_pk)
             .where(mentions.c.article_id.in_(ids), func.lower(entities.c.name).contains(name.lower())))
    found: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in connection.execute(query):
        found.setdefault(article_id, []).append((start, end))
    return found


def _names(entry: Entry, name: str, named: dict[str, list[tuple[int, int]]]) -> bool:
    if entry.who and name.lower() in entry.who.lower():
        return True
    return any(entry.start <= start and end <= entry.end for start, end in named.get(entry.article, ()))


def _kind_label(entry: Entry) -> str:
    if entry.kind == "statement":
        return "said" if entry.dated_from == "text" else "said~pub"
    return "planned" if entry.planned else "event"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _markdown(entries: Iterable[Entry]) -> str:
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
