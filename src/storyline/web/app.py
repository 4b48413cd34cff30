"""The web application: server-rendered pages, their JSON twins and the REST API.

A thin skin over ``storyline.corpus``: each route asks the Corpus for records and hands them
to a template (or returns them as JSON); no SQL and no cross-article logic here.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import __version__
from storyline.web.cache import PageCache
from storyline.web.render import page
from storyline.web.security import MAX_BODY, BodyTooLarge, Guard

STATIC = Path(__file__).resolve().parent / "static"
T = TypeVar("T")


def create_app(db: str | None = None, token: str | None = None, max_body: int = MAX_BODY) -> Guard:
    """The ASGI application over the store ``db`` (a path or URL; default as ``--db``).
    With ``token``, every request must carry it."""
    import storyline  # the corpus layer; imported here so that importing the web package is cheap

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.corpus = storyline.open(db)
        app.state.pages = PageCache()
        try:
            yield
        finally:
            app.state.corpus.close()

    app = FastAPI(title="Storyline", version=__version__, lifespan=lifespan,
                  description="The sourced record of a developing news story: stories, articles, "
                              "statements, numbers, timeline, positions. Every record is the one "
                              "`storyline ... --format jsonl` prints.",
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None)
    # Only files of the package's static folder (Starlette refuses paths that leave it).
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")

    from storyline.web import api, pages  # noqa: E402 (routes need the app's helpers above)

    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(BodyTooLarge)
    async def too_large(_request: Request, _exc: BodyTooLarge) -> Response:
        return PlainTextResponse("request body too large\n", status_code=413)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", status_code=exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"where": ".".join(str(part) for part in error.get("loc", ())), "problem": error.get("msg")}
                  for error in exc.errors()]
        if _wants_json(request):
            return JSONResponse({"error": "invalid request", "details": errors}, status_code=422)
        lines = "\n".join(f"{error['where']}: {error['problem']}" for error in errors)
        return PlainTextResponse(f"invalid request\n{lines}\n", status_code=422)

    return Guard(app, token=token, max_body=max_body)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith(".json")


def corpus_of(request: Request) -> Any:
    return request.app.state.corpus


def cached(request: Request, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, or what it gave for ``key`` since the store last changed."""
    return request.app.state.pages.get(key, _generation(request), build)


# How long a look at the store's generation is trusted: asking costs a count of the articles
# (tens of ms on thousands), so under load it is asked at most this often.
GENERATION_SECONDS = 1.0


def _generation(request: Request) -> Any:
    state = request.app.state
    now = time.monotonic()
    seen = getattr(state, "generation", None)
    if seen is None or now - seen[0] > GENERATION_SECONDS:
        seen = (now, corpus_of(request).generation())
        state.generation = seen
    return seen[1]
