"""The timeline: stored statements and dated events in calendar order.

A statement sits at the date it was made (from its sentence, else the publication date);
an event is a sentence holding a time expression resolved to the calendar, placed at that
date and marked planned when it lies ahead of its article or its clause is in the future.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.extract.timex.calendar import value_end, value_start
from storyline.store import Store
from storyline.store.entities import mention_spans
from storyline.store.timeline import timeline_sources


@dataclass(frozen=True, slots=True)
class TimelineEntry:
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

    def to_record(self) -> dict[str, Any]:
        return {"date": self.date, "kind": self.kind, "planned": self.planned, "who": self.who,
                "text": self.text, "dated_from": self.dated_from, "article": self.article,
                "doc": self.doc, "title": self.title, "start": self.start, "end": self.end}


def build_timeline(store: Store, article_prefix: str | None = None, entity: str | None = None,
                   article_ids: Collection[str] | None = None) -> list[TimelineEntry]:
    """Every statement and dated event of the latest stored articles (those whose id starts
    with ``article_prefix`` / is in ``article_ids`` when given), sorted by date; with
    ``entity``, only those whose speaker or a named entity in them has a name containing it."""
    sources = timeline_sources(store, article_prefix, article_ids)
    entries: list[TimelineEntry] = []
    used_times: set[tuple[str, int]] = set()
    for article_id, record in sources.quotes:
        row = sources.articles[article_id]
        entry = _statement(row, record)
        if entry is not None:
            entries.append(entry)
        if record.get("date_at"):
            used_times.add((article_id, record["date_at"]["start"]))
    seen: set[tuple[str, int, str]] = set()
    for article_id, record in sources.times:
        if (article_id, record["start"]) in used_times:
            continue  # it dates a statement, which stands for its sentence
        entry = _event(sources.articles[article_id], record)
        if entry is not None and (article_id, entry.start, entry.date) not in seen:
            seen.add((article_id, entry.start, entry.date))
            entries.append(entry)
    if entity:
        named = mention_spans(store, entity, article_prefix, article_ids)
        entries = [entry for entry in entries if _names(entry, entity, named)]
    return sorted(entries, key=TimelineEntry.sort_key)


def _statement(row: Any, record: dict[str, Any]) -> TimelineEntry | None:
    when = record.get("date") or row.published
    if value_start(when) is None:
        return None
    speaker = record.get("speaker") or {}
    cue = record.get("cue") or {}
    start = min(record["start"], cue.get("start", record["start"]))
    end = max(record["end"], cue.get("end", record["end"]))
    return TimelineEntry(when, "statement", False, speaker.get("name"), record["text"],
                         record.get("date_from") or "published", row.id, row.doc, row.title, start, end)


def _event(row: Any, record: dict[str, Any]) -> TimelineEntry | None:
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
    return TimelineEntry(record["value"], "event", planned, None, text, "text", row.id, row.doc, row.title,
                         sentence["start"], sentence["end"])


def _names(entry: TimelineEntry, name: str, named: dict[str, list[tuple[int, int]]]) -> bool:
    if entry.who and name.lower() in entry.who.lower():
        return True
    return any(entry.start <= start and end <= entry.end for start, end in named.get(entry.article, ()))
