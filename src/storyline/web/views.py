"""What each page and API route shows, asked of the Corpus: records in, plain data out.

A page's template and its JSON twin get the same data from here; the API returns the
records. A missing id is a 404, a bad filter a 422; nothing here reads the store itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import HTTPException

from storyline.errors import StorylineError
from storyline.web import highlight

T = TypeVar("T")


def guarded(ask: Callable[[], T]) -> T:
    """The corpus's answer; an unknown id or a bad value becomes a 404 or 422 with its message."""
    try:
        return ask()
    except ValueError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    except StorylineError as error:
        status = 404 if type(error).__name__ == "UnknownIdError" else 422
        raise HTTPException(status_code=status, detail=str(error)) from None


def article_record(corpus: Any, article_id: str) -> dict[str, Any]:
    record = corpus.article(article_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no article with an id starting {article_id!r}")
    return record


def article_page(corpus: Any, article_id: str, span: str | None) -> dict[str, Any]:
    """The article with its facts as a tree of marks; ``span`` ("120-180") marks more characters."""
    record = article_record(corpus, article_id)
    facts = highlight.facts_of(record)
    target = highlight.parse_anchor(span, len(record["text"]))
    if target is not None:
        facts.append(highlight.Fact(target[0], target[1], "target", "the cited words"))
    return {"article": record, "target": target, "nodes": highlight.build(record["text"], facts),
            "speakers": highlight.speaker_legend(record),
            "counts": {kind: len(record.get(kind, [])) for kind in ("quotes", "entities", "quantities", "times")}}


def search(corpus: Any, q: str, **filters: Any) -> Any:
    return guarded(lambda: corpus.search(q, **filters))


def stories(corpus: Any) -> list[Any]:
    """The stories, or none while the store has no story layer."""
    return list(corpus.stories()) if hasattr(corpus, "stories") else []


def story_record(corpus: Any, story_id: str) -> dict[str, Any]:
    found = corpus.story(story_id) if hasattr(corpus, "story") else None
    if found is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
    return found.to_record()


def entity_record(corpus: Any, entity_id: str) -> dict[str, Any]:
    return _entity(corpus, entity_id).to_record()


def _entity(corpus: Any, entity_id: str) -> Any:
    found = corpus.entity(entity_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no entity {entity_id!r}")
    return found


def positions(corpus: Any, proposition: str | None, story: str | None) -> list[Any]:
    """The actors' positions on ``proposition``, else on every proposition found in the story."""
    if proposition:
        return guarded(lambda: corpus.positions(proposition, story=story))
    return [actor for position in guarded(lambda: corpus.compare(story)).positions for actor in position.actors]
