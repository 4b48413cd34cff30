"""The HTML pages and their JSON twins (the same data: ``/stories/ID`` and ``/stories/ID.json``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from storyline.web import views
from storyline.web.app import cached, corpus_of
from storyline.web.paging import DEFAULT_LIMIT, Limit, Offset, paginate
from storyline.web.render import page, render_page

router = APIRouter(include_in_schema=False)
Text = Annotated[str | None, Query(max_length=200)]


def _twin(data: dict[str, Any]) -> JSONResponse:
    return JSONResponse(data)


@router.get("/articles.json")
def articles_json(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
    return _twin(paginate(request, corpus_of(request).articles(), limit, offset, as_record=dict))


@router.get("/articles")
def articles(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
    listing = paginate(request, corpus_of(request).articles(), limit, offset, as_record=dict)
    return page(request, "articles.html", page=listing)


@router.get("/articles/{article_id}.json")
def article_json(request: Request, article_id: str) -> Response:
    return _twin({"article": views.article_record(corpus_of(request), article_id)})


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str, span: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    return page(request, "article.html", **views.article_page(corpus_of(request), article_id, span))


def _search(request: Request, q: str | None, speaker: str | None, outlet: str | None, since: str | None,
            until: str | None, limit: int, offset: int) -> dict[str, Any]:
    form = {"q": q or "", "speaker": speaker or "", "outlet": outlet or "", "since": since or "",
            "until": until or ""}
    data: dict[str, Any] = {"form": form, "results": None, "error": None, "more": None}
    if not q or not q.strip():
        return data
    try:
        results = views.search(corpus_of(request), q, speaker=speaker, outlet=outlet, since=since or None,
                               until=until or None, limit=limit, offset=offset)
    except views.HTTPException as error:
        data["error"] = error.detail
        return data
    data["results"] = results.to_record()
    if offset + limit < max(results.total_articles, results.total_statements):
        data["more"] = f"{request.url.path}?{request.url.include_query_params(offset=offset + limit).query}"
    return data


@router.get("/search.json")
def search_json(request: Request, q: Text = None, speaker: Text = None, outlet: Text = None, since: Text = None,
                until: Text = None, limit: Limit = 20, offset: Offset = 0) -> Response:
    return _twin(_search(request, q, speaker, outlet, since, until, limit, offset))


@router.get("/search")
def search(request: Request, q: Text = None, speaker: Text = None, outlet: Text = None, since: Text = None,
           until: Text = None, limit: Limit = 20, offset: Offset = 0) -> Response:
    return page(request, "search.html", **_search(request, q, speaker, outlet, since, until, limit, offset))


@router.get("/stories/{story_id}.json")
def story_json(request: Request, story_id: str) -> Response:
    data = cached(request, ("story", story_id), lambda: views.story_page(corpus_of(request), story_id))
    return _twin({key: value for key, value in data.items() if not key.endswith("_chart") and key != "positions_charts"})


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str) -> Response:
    # the rendered page is kept too: a large story's page takes longer to render than to read
    return HTMLResponse(cached(request, ("story.html", story_id), lambda: render_page(
        request, "story.html", **cached(request, ("story", story_id),
                                        lambda: views.story_page(corpus_of(request), story_id)))))


def _home(request: Request, limit: int, offset: int) -> dict[str, Any]:
    return cached(request, ("home", limit, offset), lambda: views.home_page(
        corpus_of(request), lambda items: paginate(request, items, limit, offset, as_record=lambda story: story)))


@router.get("/index.json")
def home_json(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
    data = _home(request, limit, offset)
    return _twin({**data["page"], "items": [row["story"] for row in data["page"]["items"]],
                  "article_count": data["article_count"]})


@router.get("/")
def home(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Response:
    return page(request, "index.html", **_home(request, limit, offset))


@router.get("/entities.json")
def entities_json(request: Request, type: Text = None, limit: Limit = DEFAULT_LIMIT,  # noqa: A002
                  offset: Offset = 0) -> Response:
    return _twin(paginate(request, corpus_of(request).entities(type=type), limit, offset))


@router.get("/entities")
def entities(request: Request, type: Text = None, limit: Limit = DEFAULT_LIMIT,  # noqa: A002
             offset: Offset = 0) -> Response:
    listing = paginate(request, corpus_of(request).entities(type=type), limit, offset)
    return page(request, "entities.html", page=listing, type=type or "")


@router.get("/entities/{entity_id}.json")
def entity_json(request: Request, entity_id: str) -> Response:
    data = cached(request, ("entity", entity_id), lambda: views.entity_page(corpus_of(request), entity_id))
    return _twin({key: value for key, value in data.items() if not key.endswith("_chart")})


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: str) -> Response:
    return HTMLResponse(cached(request, ("entity.html", entity_id), lambda: render_page(
        request, "entity.html", **cached(request, ("entity", entity_id),
                                         lambda: views.entity_page(corpus_of(request), entity_id)))))
