"""Statements (stored quotes) across articles: who said what, where and when."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from storyline.corpus.entities import CorpusEntity
from storyline.store import Store
from storyline.store.quotes import find_quotes


@dataclass(frozen=True, slots=True)
class Statement:
    """One stored quote with its article: ``record`` is the quote's record of DESIGN.md,
    ``date`` its statement date (else the article's), ``outlet`` the site, else the input name."""

    article: str
    doc: str
    outlet: str
    published: str | None
    date: str | None
    record: dict[str, Any]

    @property
    def text(self) -> str:
        return self.record["text"]

    @property
    def kind(self) -> str:
        return self.record["kind"]

    @property
    def start(self) -> int:
        return self.record["start"]

    @property
    def end(self) -> int:
        return self.record["end"]

    @property
    def speaker(self) -> str | None:
        """The speaker's canonical name (an unnamed source's description), if any."""
        return (self.record.get("speaker") or {}).get("name")

    @property
    def speaker_entity(self) -> str | None:
        """The id of the speaker's entity within its article."""
        return (self.record.get("speaker") or {}).get("entity")

    def to_record(self) -> dict[str, Any]:
        return {"article": self.article, "doc": self.doc, "outlet": self.outlet,
                "published": self.published, **self.record, "date": self.date}


def find_statements(store: Store, speaker: str | None = None, article: str | None = None,
                    article_ids: Collection[str] | None = None) -> list[Statement]:
    """The statements of the latest articles, in time order: by ``speaker`` (any word(s) of
    the name), of the articles whose id starts with ``article`` / is in ``article_ids``."""
    return [_statement(row) for row in find_quotes(store, speaker=speaker, article=article,
                                                   article_ids=article_ids)]


def statements_of(store: Store, entity: CorpusEntity) -> list[Statement]:
    """The statements whose speaker is one of the entity's article entities (or bears its
    name without an entity), by article publication, then place in the article."""
    members = set(entity.members)
    found = [statement for statement in find_statements(store)
             if (statement.article, statement.speaker_entity) in members
             or (statement.speaker_entity is None and statement.speaker == entity.name)]
    found.sort(key=lambda s: (s.published is None, s.published or "", s.doc, s.start))
    return found


def _statement(row: dict[str, Any]) -> Statement:
    return Statement(row["article"], row["doc"], row["outlet"], row["published"], row["date"], row["record"])
