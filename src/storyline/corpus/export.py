"""Exports: the corpus's records as tables (``storyline export``).

Each kind of record (``WHATS``) has a fixed list of typed columns: a nested object of the
record is flattened with ``_`` (the quote's ``speaker.mention.text`` is the column
``speaker_mention_text``), a list stays a list (Parquet ``list<string>``; a JSON array in
CSV), a list of objects is one JSON string. JSONL writes each record exactly as
``to_record()`` gives it, the CLI's jsonl.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from storyline.corpus.corpus import Corpus
from storyline.errors import StorylineError

FORMATS = ("jsonl", "csv", "parquet")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    path: tuple[str, ...]  # where the value is in the record

    def value(self, record: dict[str, Any]) -> Any:
        value: Any = record
        for key in self.path:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value


def _columns(spec: str) -> list[Column]:
    """'name:type' items, whitespace-separated; a name with '_' reads a nested field when
    the record has no such top-level key (``speaker_name`` -> speaker.name)."""
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "strs": pa.list_(pa.string())}
    columns = []
    for item in spec.split():
        name, kind = item.split(":")
        path = tuple(name.split("."))
        columns.append(Column(name.replace(".", "_"), types[kind], path))
    return columns


# The documented columns of each export (README, "Exports"); typed as in Parquet.
COLUMNS: dict[str, list[Column]] = {
    "articles": _columns(
        "id:str doc:str url:str site:str title:str byline:str published:str published_from:str "
        "credit:str revision:int entities:int quotes:int quantities:int times:int text:str"),
    "quotes": _columns(
        "article:str doc:str outlet:str published:str id:str text:str start:int end:int kind:str "
        "cue.text:str cue.start:int cue.end:int speaker.name:str speaker.entity:str speaker.type:str "
        "speaker.anonymous:bool speaker.mention.text:str speaker.mention.start:int speaker.mention.end:int "
        "confidence:float date:str date_from:str"),
    "numbers": _columns(
        "article:str doc:str published:str text:str start:int end:int value:float unit:str kind:str "
        "counted:str entity:str entity_id:str low:float high:float approximate:bool qualifier:str "
        "si_value:float si_unit:str sentence_start:int sentence_end:int sentence:str"),
    "entities": _columns(
        "id:str name:str type:str aliases:strs roles:strs mentions:int articles:strs iso3166:str country:str"),
    "timeline": _columns(
        "date:str kind:str planned:bool who:str text:str dated_from:str article:str doc:str title:str "
        "start:int end:int"),
    # events and duplicates: JSON arrays of the story record's events and duplicate groups
    "stories": _columns(
        "id:int label:str first:str last:str articles:strs article_ids:strs outlets:strs actors:strs "
        "events:str duplicates:str"),
}
WHATS = tuple(COLUMNS)


class ExportError(StorylineError):
    """An export that cannot be made (stories before they exist, a bad option)."""


def records(corpus: Corpus, what: str, story: str | None = None) -> list[dict[str, Any]]:
    """The records of ``what`` (the CLI's jsonl objects), of the story ``story`` when given."""
    if what == "quotes":
        return [row.to_record() for row in corpus.statements(story=story)]
    if what == "numbers":
        return [row.to_record() for row in corpus.quantities(story=story)]
    if what == "timeline":
        return [row.to_record() for row in corpus.timeline(story=story)]
    if what == "articles":
        return _articles(corpus, story)
    if what == "entities":
        return _entities(corpus, story)
    if what == "stories":
        return _stories(corpus, story)
    raise ExportError(f"cannot export {what!r}: choose one of {', '.join(WHATS)}")


def _story_ids(corpus: Corpus, story: str | None) -> set[str] | None:
    # the corpus's own reading of --story (a story id, or an article id prefix before stories)
    ids = corpus._story_articles(story)  # noqa: SLF001
    return None if ids is None else set(ids)


def _articles(corpus: Corpus, story: str | None) -> list[dict[str, Any]]:
    wanted = _story_ids(corpus, story)
    rows = []
    for row in corpus.articles():
        if wanted is not None and row["id"] not in wanted:
            continue
        record = corpus.article(row["id"]) or {}
        rows.append({**row, **{key: record.get(key) for key in
                               ("url", "byline", "published_from", "credit", "text")}})
    return rows


def _entities(corpus: Corpus, story: str | None) -> list[dict[str, Any]]:
    found = [entity.to_record() for entity in corpus.entities()]
    wanted = _story_ids(corpus, story)
    if wanted is None:
        return found
    docs = {row["doc"] for row in corpus.articles() if row["id"] in wanted}
    return [entity for entity in found if docs & set(entity.get("articles", ()))]


def _stories(corpus: Corpus, story: str | None) -> list[dict[str, Any]]:
    found = [item.to_record() for item in corpus.stories()]
    return [item for item in found if story is None or str(item.get("id")) == str(story)]


def table(what: str, rows: list[dict[str, Any]]) -> pa.Table:
    """``rows`` as a typed table of the documented columns of ``what``."""
    columns = COLUMNS[what]
    arrays = [pa.array([_typed(column, column.value(row)) for row in rows], type=column.type)
              for column in columns]
    return pa.Table.from_arrays(arrays, schema=pa.schema([pa.field(c.name, c.type) for c in columns]))


def _typed(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type == pa.list_(pa.string()):
        return [str(item) for item in value] if isinstance(value, (list, tuple)) else [str(value)]
    if pa.types.is_string(column.type):
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if pa.types.is_floating(column.type):
        return float(value)
    if pa.types.is_integer(column.type):
        return int(value)
    if pa.types.is_boolean(column.type):
        return bool(value)
    return value


def write(what: str, rows: list[dict[str, Any]], output_format: str, target: str) -> None:
    """Write ``rows`` to ``target`` (a path; "-" is stdout for jsonl and csv)."""
    if output_format == "parquet":
        if target == "-":
            raise ExportError("parquet needs a file: give -o PATH")
        import pyarrow.parquet as pq

        pq.write_table(table(what, rows), target)
        return
    with _opened(target) as handle:
        if output_format == "jsonl":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            _write_csv(what, rows, handle)


def _write_csv(what: str, rows: list[dict[str, Any]], handle: IO[str]) -> None:
    columns = COLUMNS[what]
    writer = csv.writer(handle)
    writer.writerow([column.name for column in columns])
    for row in rows:
        writer.writerow([_csv_cell(column, row) for column in columns])


def _csv_cell(column: Column, row: dict[str, Any]) -> str:
    value = _typed(column, column.value(row))
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@contextmanager
def _opened(target: str) -> Iterator[IO[str]]:
    if target == "-":
        yield sys.stdout
        return
    with Path(target).open("w", encoding="utf-8", newline="") as handle:
        yield handle

