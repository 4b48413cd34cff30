"""Templates: one Jinja2 environment that escapes everything it prints.

Article text is hostile input: autoescape is on for every template, and no template marks
article content ``|safe``. Links to a fact carry its offsets both as ``?span=`` (the page
marks those exact characters without JavaScript) and as the ``#c{start}-{end}`` anchor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from storyline import __version__
from storyline.web.highlight import anchor

TEMPLATES = Path(__file__).resolve().parent / "templates"


def span_url(article: str, start: int | None = None, end: int | None = None) -> str:
    """The article page, scrolled to and marking ``[start, end)`` when given."""
    base = f"/articles/{quote(article, safe='')}"
    if start is None or end is None:
        return base
    return f"{base}?span={start}-{end}#{anchor(start, end)}"


def entity_url(entity_id: str) -> str:
    return f"/entities/{quote(entity_id, safe='')}"


def story_url(story_id: str) -> str:
    return f"/stories/{quote(str(story_id), safe='')}"


def search_url(**params: Any) -> str:
    return "/search?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def short(text: str | None, limit: int = 160) -> str:
    line = one_line(text)
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "\u2026"


def number(value: Any) -> str:
    """A figure for reading: thousands separated, at most two decimals (110000.00000000001
    is 110,000)."""
    if isinstance(value, float):
        value = round(value, 2)
        if value.is_integer():
            value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,}" if isinstance(value, float) else str(value)


environment = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
    trim_blocks=True, lstrip_blocks=True,
)
environment.globals.update(span_url=span_url, entity_url=entity_url, story_url=story_url, search_url=search_url,
                           version=__version__)
environment.filters.update(one_line=one_line, short=short, number=number,
                           pretty_json=lambda value: json.dumps(value, ensure_ascii=False, indent=2))


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A rendered page; ``json_url`` (its JSON twin) is linked from every page."""
    return HTMLResponse(render_page(request, template, **context), status_code=status_code)


def render_page(request: Request, template: str, **context: Any) -> str:
    context.setdefault("json_url", _json_twin(request))
    return environment.get_template(template).render(request_path=request.url.path, **context)


def _json_twin(request: Request) -> str:
    path = request.url.path.rstrip("/") or ""
    twin = (path or "/index") + ".json"
    return twin + (f"?{request.url.query}" if request.url.query else "")


def snippet_parts(snippet: dict[str, Any]) -> list[dict[str, Any]]:
    """A search snippet as runs of text, the matches flagged, each with its article offsets."""
    parts: list[dict[str, Any]] = []
    position = snippet["start"]
    text = snippet["text"]
    for match in snippet["matches"]:
        if match["start"] > position:
            parts.append({"text": text[position - snippet["start"]:match["start"] - snippet["start"]],
                          "match": False, "start": position, "end": match["start"]})
        parts.append({"text": text[match["start"] - snippet["start"]:match["end"] - snippet["start"]],
                      "match": True, "start": match["start"], "end": match["end"]})
        position = match["end"]
    if position < snippet["end"]:
        parts.append({"text": text[position - snippet["start"]:], "match": False, "start": position,
                      "end": snippet["end"]})
    return parts


environment.globals["snippet_parts"] = snippet_parts
