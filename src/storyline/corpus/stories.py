"""Stories and events as records: what ``storyline stories`` / ``story`` print and the
API returns. The clustering itself runs as articles are stored (corpus/clustering.py via
store/stories.py); this module reads its result.

A story's label is its most central headline (the title whose words weigh most in the
story's vector), else its key actors and terms; its key actors are its most mentioned
people; its events are in date order. ``story_record`` builds the one JSON object of
``storyline story ID --format json``: later layers add their parts to it there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from storyline.corpus.clustering import StoryState
from storyline.corpus.dedup import DuplicateGroup, duplicate_groups, group_records
from storyline.corpus.story_features import terms
from storyline.store import Store
from storyline.store import stories as sql
from storyline.store.stories import StoryArticleRow

# Key actors shown per story, and words in a label made of actors and terms.
KEY_ACTORS = 5
LABEL_NAMES = 3
LABEL_TERMS = 2


@dataclass(slots=True)
class Event:
    """One occurrence within a story, at one date."""

    id: int
    date: str | None
    label: str
    article_ids: list[str]
    articles: list[str]  # doc names

    def to_record(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "label": self.label, "articles": self.articles,
                "article_ids": self.article_ids}


@dataclass(slots=True)
class Story:
    """A developing subject: its articles, outlets, dates, key actors and events."""

    id: int
    label: str
    article_ids: list[str]
    articles: list[str]  # doc names, in the order they were clustered
    outlets: list[str]
    first: str | None
    last: str | None
    actors: list[str]
    events: list[Event] = field(default_factory=list)
    duplicates: list[DuplicateGroup] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "articles": self.articles, "article_ids": self.article_ids,
            "outlets": self.outlets, "first": self.first, "last": self.last, "actors": self.actors,
            "events": [event.to_record() for event in self.events],
            "duplicates": [group.to_record() for group in self.duplicates],
        }


def list_stories(store: Store) -> list[Story]:
    """Every story, largest first, then the most recent."""
    with store.engine.connect() as connection:
        rows = sql.story_article_rows(connection)
        states = sql.story_states(connection)
        signatures = sql.signatures(connection)
    members: dict[int, list[StoryArticleRow]] = {}
    for row in rows:
        members.setdefault(row.story_id, []).append(row)
    found = [_story(states[story_id], group, signatures) for story_id, group in members.items() if story_id in states]
    found.sort(key=lambda story: (-len(story.articles), _descending(story.last), story.id))
    return found


def get_story(store: Store, story_id: int | str) -> Story | None:
    """The story ``story_id`` (None when there is none)."""
    try:
        wanted = int(str(story_id).strip())
    except ValueError:
        return None
    with store.engine.connect() as connection:
        rows = sql.story_article_rows(connection, wanted)
        states = sql.story_states(connection, [wanted])
        signatures = sql.signatures(connection, [row.article_id for row in rows])
    if not rows or wanted not in states:
        return None
    return _story(states[wanted], rows, signatures)


def story_record(corpus: Any, story: Story) -> dict[str, Any]:
    """The JSON object of ``storyline story ID --format json``: the story's record (the
    fields of a ``stories`` line) and its timeline. Later layers extend it here."""
    record = story.to_record()
    record["timeline"] = [entry.to_record() for entry in corpus.timeline(story=str(story.id))]
    # statement families, measures and disputes, positions, conflicts (corpus/compare)
    record.update(corpus.compare(str(story.id)).to_record())
    return record


def recluster(store: Store) -> int:
    """Cluster every latest article again (after a change of settings); the number clustered."""
    with store.engine.begin() as connection:
        return sql.recluster(connection)


def duplicates(store: Store) -> list[DuplicateGroup]:
    """Every group of near-duplicate articles (a report, its copies, the outlets that ran it)."""
    with store.engine.connect() as connection:
        rows = sql.story_article_rows(connection)
        signatures = sql.signatures(connection)
    return _duplicates(rows, signatures)


def _duplicates(rows: list[StoryArticleRow], signatures: dict[str, list[int]]) -> list[DuplicateGroup]:
    info = {row.article_id: {"doc": row.doc, "site": row.site, "published": row.published} for row in rows}
    ordered = {row.article_id: signatures[row.article_id] for row in rows if row.article_id in signatures}
    return group_records(duplicate_groups(ordered), info)


def _story(state: StoryState, rows: list[StoryArticleRow], signatures: dict[str, list[int]]) -> Story:
    dates = sorted(row.event_date or row.published for row in rows if row.event_date or row.published)
    events: dict[int, list[StoryArticleRow]] = {}
    for row in rows:
        events.setdefault(row.event_id, []).append(row)
    event_records = [
        Event(event_id, members[0].event_date, _event_label(event_id, members, state), [m.article_id for m in members],
              [m.doc for m in members])
        for event_id, members in events.items()
    ]
    event_records.sort(key=lambda event: (event.date is None, event.date or "", event.id))
    return Story(
        id=state.id, label=_label(rows, state), article_ids=[row.article_id for row in rows],
        articles=[row.doc for row in rows], outlets=sorted({row.site for row in rows if row.site}),
        first=dates[0] if dates else None, last=dates[-1] if dates else None, actors=_actors(state),
        events=event_records, duplicates=_duplicates(rows, signatures),
    )


def _label(rows: list[StoryArticleRow], state: StoryState) -> str:
    """The most central headline: the title whose words weigh most in the story's vector."""
    best: tuple[float, int, str] | None = None
    for index, row in enumerate(rows):
        if not row.title:
            continue
        words = terms(row.title)
        if not words:
            continue
        weight = sum(state.vector.get("t:" + word, 0.0) for word in words) / math.sqrt(len(words))
        if best is None or weight > best[0]:
            best = (weight, -index, row.title)
    return best[2] if best else _actors_and_terms(state.vector, state)


def _event_label(event_id: int, members: list[StoryArticleRow], state: StoryState) -> str:
    """The first headline of the event, else the heaviest names and terms of its vector."""
    titled = [row.title for row in members if row.title]
    if titled:
        return titled[0]
    vectors = [event.vector for event in state.events if event.id == event_id]
    return _actors_and_terms(vectors[0] if vectors else state.vector, state)


def _actors_and_terms(vector: dict[str, float], state: StoryState) -> str:
    heaviest = sorted(vector.items(), key=lambda item: (-item[1], item[0]))
    names = [state.names[key[2:]] for key, _ in heaviest if key.startswith("e:") and key[2:] in state.names]
    named = {word for name in names[:LABEL_NAMES] for word in name.lower().split()}
    words = [key[2:] for key, _ in heaviest if key.startswith("t:") and key[2:] not in named]
    return ", ".join(names[:LABEL_NAMES] + words[:LABEL_TERMS]) or f"story {state.id}"


def _actors(state: StoryState) -> list[str]:
    people = sorted(state.people.items(), key=lambda item: (-item[1], item[0]))
    return [state.names.get(key, key) for key, _ in people[:KEY_ACTORS]]


def _descending(day: str | None) -> tuple[int, str]:
    """Sorts the most recent date first and undated stories last."""
    if day is None:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(ch)) for ch in day))
