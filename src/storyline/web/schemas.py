"""The shapes of the API's records, for its OpenAPI description (``/openapi.json``).

The API returns the corpus records' ``to_record()`` as they are (the objects the CLI prints
in jsonl); these models only describe them. Every model admits further fields: records may
gain fields, never change the meaning of these (DESIGN.md).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(Record):
    start: int = Field(description="offset of the first character in the article's text")
    end: int = Field(description="offset after the last character (half open)")
    text: str


class Speaker(Record):
    name: str | None = Field(description="canonical name (an unnamed source keeps its description)")
    entity: str | None = None
    mention: Span | None = None
    anonymous: bool = False


class Quote(Record):
    id: str
    text: str
    start: int
    end: int
    kind: str = Field(description="direct | mixed | indirect")
    cue: Span | None = None
    speaker: Speaker | None = None
    confidence: float | None = None
    date: str | None = Field(None, description="when the statement was made (TIMEX3 value)")


class Statement(Quote):
    article: str = Field(description="the article's id")
    doc: str
    outlet: str
    published: str | None


class Quantity(Record):
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    kind: str | None
    counted: str | None = None


class NumberRow(Quantity):
    article: str
    doc: str
    published: str | None
    sentence: str | None


class TimeExpression(Record):
    text: str
    start: int
    end: int
    type: str
    value: str | None


class ArticleEntity(Record):
    id: str
    name: str
    type: str
    mentions: list[Span]


class Article(Record):
    """The stored article record of DESIGN.md."""

    doc: str
    id: str = Field(description="SHA-1 of the clean text")
    url: str | None
    site: str | None
    title: str | None
    byline: str | None
    published: str | None
    published_from: str | None
    text: str
    entities: list[ArticleEntity]
    quotes: list[Quote]
    quantities: list[Quantity]
    times: list[TimeExpression]


class ArticleSummary(Record):
    id: str
    doc: str
    site: str | None
    published: str | None
    title: str | None
    revision: int
    entities: int
    quotes: int
    quantities: int
    times: int


class Entity(Record):
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    articles: list[str]


class TimelineEntry(Record):
    date: str
    kind: str = Field(description="statement | event")
    planned: bool
    who: str | None
    text: str
    dated_from: str
    article: str
    doc: str
    title: str | None
    start: int
    end: int


class Story(Record):
    """A story: articles about one developing news story (``storyline stories``)."""

    id: int
    label: str
    article_ids: list[str]
    articles: list[str] = Field(description="the articles' input names")
    outlets: list[str]
    first: str | None
    last: str | None
    actors: list[str]
    events: list[dict[str, Any]]


class Evidence(Record):
    article: str
    doc: str
    outlet: str
    date: str | None
    start: int
    end: int
    text: str
    stance: str


class Position(Record):
    """An actor's stance on a proposition, with its evidence (``storyline positions``)."""

    actor: str
    actor_id: str
    stance: str = Field(description="the latest stance: support | oppose | conditional | mixed | neutral")
    over_time: list[dict[str, Any]] = Field(description="each change of stance with its date")
    evidence: list[Evidence]


class Comparison(Record):
    """``storyline story``'s comparison: every part a list of records with their spans."""

    families: list[dict[str, Any]]
    measures: list[dict[str, Any]]
    disputes: list[dict[str, Any]]
    positions: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]


class SearchHit(Record):
    type: str = Field(description="article | statement")
    article: str
    doc: str
    title: str | None
    outlet: str
    published: str | None


class SearchResults(Record):
    query: str
    total_articles: int
    total_statements: int
    articles: list[SearchHit]
    statements: list[SearchHit]


def page_of(item: type[BaseModel]) -> type[BaseModel]:
    """The paginated envelope of a listing of ``item``."""
    name = f"PageOf{item.__name__}"
    fields: dict[str, Any] = {
        "total": (int, Field(description="records in the whole listing")),
        "limit": (int, ...), "offset": (int, ...),
        "next": (str | None, Field(description="path of the next page, null on the last")),
        "previous": (str | None, ...),
        "items": (list[item], ...),  # type: ignore[valid-type]
    }
    from pydantic import create_model

    return create_model(name, __base__=Record, **fields)


class Problem(Record):
    where: str = Field(description="the parameter at fault, e.g. query.offset")
    problem: str


class ErrorBody(Record):
    """The body of every error the API answers (404, 413, 422 ...)."""

    error: str = Field(description="what went wrong, in words")
    details: list[Problem] | None = Field(None, description="for an invalid request: each parameter at fault")
