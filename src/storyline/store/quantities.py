"""Reading stored quantities back: by what they count and by the entity they belong to."""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import Any

from sqlalchemy import func, select

from storyline.store.articles import latest
from storyline.store.schema import articles, quantities
from storyline.store.store import Store

# Plurals that do not end in -s, both ways: "people" and "person" count the same thing.
IRREGULAR_SINGULARS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "lives": "life", "wives": "wife", "police": "police", "staff": "staff", "mice": "mouse",
}


def noun_key(word: str) -> str:
    """A plural-insensitive key of an English noun: "countries" and "country" -> "country"."""
    lowered = word.lower().strip()
    if lowered in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[lowered]
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(lowered) > 2:
        return lowered[:-1]
    return lowered


def _forms(word: str) -> list[str]:
    """The word as given, its key and the plurals the key may take in the store."""
    key = noun_key(word)
    forms = [word.lower(), key, key + "s", key + "es"]
    forms += [plural for plural, singular in IRREGULAR_SINGULARS.items() if singular == key]
    if key.endswith("y"):
        forms.append(key[:-1] + "ies")
    return forms


def counted_matches(query: str, counted: str | None) -> bool:
    """Whether ``counted`` ("fuel sales") is what ``query`` names ("sales", "fuel sale")."""
    if not counted:
        return False
    wanted = [noun_key(word) for word in query.split()]
    have = [noun_key(word) for word in counted.split()]
    return bool(wanted) and have[-len(wanted):] == wanted


def find_quantities(store: Store, entity: str | None = None, counted: str | None = None,
                    article_ids: Collection[str] | None = None) -> list[dict[str, Any]]:
    """The stored quantities of the latest articles, each with its article's id, doc,
    published date and the sentence it is in; oldest article first."""
    record = quantities.c.record
    sentence_start = record["sentence_start"].as_integer()
    query = (
        select(articles.c.id.label("article"), articles.c.doc, articles.c.published,
               quantities.c.record,
               func.substr(articles.c.text, sentence_start + 1,
                           record["sentence_end"].as_integer() - sentence_start).label("sentence"))
        .select_from(quantities.join(articles, quantities.c.article_id == articles.c.id))
        .where(*latest(article_ids=article_ids))
        .order_by(articles.c.published.is_(None), articles.c.published, articles.c.doc,
                  quantities.c.start)
    )
    if entity:
        query = query.where(func.lower(record["entity"].as_string()).contains(entity.lower()))
    if counted:
        # A loose filter in SQL (the common prefix of the word and its key), the exact one here.
        stem = os.path.commonprefix(_forms(counted.split()[-1]))
        query = query.where(func.lower(quantities.c.counted).contains(stem, autoescape=True))
    with store.engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    if counted:
        rows = [row for row in rows if counted_matches(counted, row["record"].get("counted"))]
    return rows
