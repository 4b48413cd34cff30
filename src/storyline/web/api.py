"""The REST API under ``/api/v1``: the corpus records as JSON, paginated.

Every item is the record the CLI prints with ``--format jsonl`` (the corpus records'
``to_record()``); listings come as ``{total, limit, offset, next, previous, items}``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from storyline.web import schemas, views
from storyline.web.app import cached, corpus_of
from storyline.web.paging import DEFAULT_LIMIT, Limit, Offset, paginate

router = APIRouter(prefix="/api/v1", tags=["api"])
Text = Annotated[str | None, Query(max_length=200)]


def _doc(model: type[Any], listing: bool = True) -> dict[int | str, dict[str, Any]]:
    shape = schemas.page_of(model) if listing else model
    return {200: {"model": shape}, 404: {"model": schemas.ErrorBody, "description": "no such record"},
            422: {"model": schemas.ErrorBody, "description": "a parameter is invalid (each one at fault in details)"}}


def _json(value: Any) -> JSONResponse:
    return JSONResponse(value)


@router.get("/stories", responses=_doc(schemas.Story), summary="The stories")
def stories(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    return _json(paginate(request, views.stories(corpus_of(request)), limit, offset))


@router.get("/stories/{story_id}", responses=_doc(schemas.Story, listing=False), summary="One story")
def story(request: Request, story_id: str) -> JSONResponse:
    return _json(cached(request, ("api-story", story_id), lambda: views.story_record(corpus_of(request), story_id)))


@router.get("/stories/{story_id}/comparison", responses=_doc(schemas.Comparison, listing=False),
            summary="A story's comparison across articles: families, measures, disputes, positions, conflicts")
def comparison(request: Request, story_id: str) -> JSONResponse:
    views.story_record(corpus_of(request), story_id)  # an unknown story is a 404
    return _json(cached(request, ("api-comparison", story_id),
                        lambda: views.guarded(lambda: corpus_of(request).compare(story_id)).to_record()))


@router.get("/articles", responses=_doc(schemas.ArticleSummary), summary="The stored articles")
def articles(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    return _json(paginate(request, corpus_of(request).articles(), limit, offset, as_record=dict))


@router.get("/articles/{article_id}", responses=_doc(schemas.Article, listing=False),
            summary="One article's record (by id or a unique prefix)")
def article(request: Request, article_id: str) -> JSONResponse:
    return _json(views.article_record(corpus_of(request), article_id))


@router.get("/entities", responses=_doc(schemas.Entity), summary="Entities merged across articles")
def entities(request: Request, type: Text = None,  # noqa: A002 (the CLI's option)
             limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    return _json(paginate(request, corpus_of(request).entities(type=type), limit, offset))


@router.get("/entities/{entity_id}", responses=_doc(schemas.Entity, listing=False),
            summary="One entity (by id, name or alias)")
def entity(request: Request, entity_id: str) -> JSONResponse:
    return _json(views.entity_record(corpus_of(request), entity_id))


@router.get("/quotes", responses=_doc(schemas.Statement), summary="Statements in time order")
def quotes(request: Request, speaker: Text = None, article: Text = None, story: Text = None,
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    found = views.guarded(lambda: corpus_of(request).statements(speaker=speaker, article=article, story=story))
    return _json(paginate(request, found, limit, offset))


@router.get("/numbers", responses=_doc(schemas.NumberRow), summary="Quantities")
def numbers(request: Request, entity: Text = None, counted: Text = None, story: Text = None,
            limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    found = views.guarded(lambda: corpus_of(request).quantities(entity=entity, counted=counted, story=story))
    return _json(paginate(request, found, limit, offset))


@router.get("/timeline", responses=_doc(schemas.TimelineEntry), summary="Statements and events in time order")
def timeline(request: Request, story: Text = None, entity: Text = None,
             limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    found = views.guarded(lambda: corpus_of(request).timeline(story=story, entity=entity))
    return _json(paginate(request, found, limit, offset))


@router.get("/positions", responses=_doc(schemas.Position), summary="Actors' positions on a proposition")
def positions(request: Request, proposition: Text = None, story: Text = None,
              limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    found = views.positions(corpus_of(request), proposition=proposition, story=story)
    return _json(paginate(request, found, limit, offset))


@router.get("/search", responses=_doc(schemas.SearchResults, listing=False),
            summary="Full text over articles and statements")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)], speaker: Text = None,
           outlet: Text = None, since: Text = None, until: Text = None,
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
    results = views.search(corpus_of(request), q, speaker=speaker, outlet=outlet, since=since, until=until,
                           limit=limit, offset=offset)
    return _json(results.to_record())
