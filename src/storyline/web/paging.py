"""Pages of a listing: ``limit`` and ``offset`` in, totals and the next page's link out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any

from fastapi import Query, Request

# The most records one response holds (pages of the UI and of the API alike).
MAX_LIMIT = 500
DEFAULT_LIMIT = 50

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"records per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, description="records to skip")]


def paginate(request: Request, items: Sequence[Any], limit: int, offset: int,
             as_record: Callable[[Any], dict[str, Any]] = lambda item: item.to_record()) -> dict[str, Any]:
    total = len(items)
    window = items[offset:offset + limit]
    return {"total": total, "limit": limit, "offset": offset,
            "next": _link(request, offset + limit) if offset + limit < total else None,
            "previous": _link(request, max(0, offset - limit)) if offset > 0 else None,
            "items": [as_record(item) for item in window]}


def _link(request: Request, offset: int) -> str:
    """A link relative to this server (its path and query), to the page at ``offset``."""
    return f"{request.url.path}?{request.url.include_query_params(offset=offset).query}"
