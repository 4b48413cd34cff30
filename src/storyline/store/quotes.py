"""Reading stored quotes back: by speaker (any word of the name) and by article, in time order."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import func, select

from storyline.store.articles import latest
from storyline.store.schema import articles, quotes, sources
from storyline.store.store import Store

_WORD = re.compile(r"[\w.’'-]+")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def speaker_matches(query: str, name: str | None, anonymous: bool = False) -> bool:
    """Whether ``query`` names this speaker: every word of it is a word of the name, any case
    ("macron" and "Emmanuel Macron" find "Emmanuel Macron"; "mac" does not). An unnamed
    source is found by the words that describe it ("source"), not by the names in its
    description: "a source close to Emmanuel Macron" is not Macron."""
    if not name:
        return False
    have = {word.lower().strip(".") for word in _WORD.findall(name)}
    wanted = [word.lower().strip(".") for word in _WORD.findall(query)]
    if anonymous:
        common = {word.strip(".") for word in _WORD.findall(name) if word.islower()}
        if not any(word in common for word in wanted):
            return False
    return bool(wanted) and all(word in have for word in wanted)


def find_quotes(store: Store, speaker: str | None = None, article: str | None = None,
                article_ids: Collection[str] | None = None) -> list[dict[str, Any]]:
    """The quotes of the latest articles, each with its article id, doc, outlet and date (the
    quote's own statement date when it has one, else the article's), oldest first; only
    those of the articles whose id starts with ``article`` and is in ``article_ids``."""
    query = (
        select(articles.c.id.label("article"), articles.c.doc, articles.c.published,
               sources.c.name.label("site"), quotes.c.speaker, quotes.c.start, quotes.c.record)
        .select_from(quotes.join(articles, quotes.c.article_id == articles.c.id)
                     .outerjoin(sources, articles.c.source_id == sources.c.id))
        .where(*latest(article, article_ids))
    )
    if speaker:
        # a coarse filter in SQL, the word rule in Python
        for word in _WORD.findall(speaker):
            query = query.where(func.lower(quotes.c.speaker).contains(word.lower()))
    with store.engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    if speaker:
        rows = [row for row in rows if speaker_matches(
            speaker, row["speaker"], bool((row["record"].get("speaker") or {}).get("anonymous")))]
    for row in rows:
        row["date"] = row["record"].get("date") or row["published"]
        row["outlet"] = row["site"] or row["doc"]
    rows.sort(key=lambda row: (row["date"] is None, sortable_date(row["date"]),
                               row["published"] or "", row["doc"], row["start"]))
    return rows


def sortable_date(value: str | None) -> str:
    """An ISO date, month, year or week as a string that sorts in time order ("2025-W09"
    becomes the date of its Monday)."""
    if not value:
        return ""
    week = _WEEK.match(value)
    if week:
        try:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
        except ValueError:
            return value
    return value
