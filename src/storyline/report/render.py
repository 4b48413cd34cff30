"""A briefing as Markdown (plain text that reads well in a terminal) or as one HTML file.

Article words are hostile input in both: Markdown escapes the characters that would make
markup of them, HTML goes through a Jinja2 template that escapes everything it prints.
Citations link to the article page of ``storyline serve`` with the cited words marked.
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from storyline.report.brief import Briefing, Citation
from storyline.web.render import span_url

DEFAULT_SERVER = "http://127.0.0.1:8000"
# Intraword underscores (file names) are left alone: CommonMark makes no emphasis of them.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<>])")
_environment = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                           autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def citation_line(citation: Citation) -> str:
    """``outlet, date, "title" (doc), characters start-end``: where the cited words are."""
    doc = citation.doc if citation.doc != citation.outlet else None
    # (an untitled article with no outlet is named by its file alone, once)
    title = f"\u201c{citation.title}\u201d" + (f" ({doc})" if doc else "") if citation.title else doc
    where = [citation.outlet, citation.date or "undated", title, f"characters {citation.start}\u2013{citation.end}"]
    return ", ".join(part for part in where if part)


def to_markdown(briefing: Briefing) -> str:
    story = briefing.story
    first, last = story.get("first") or "?", story.get("last") or "?"
    lines = [f"# Briefing: {escape_markdown(str(story.get('label') or story.get('id')))}", "",
             f"*{briefing.articles} article(s) from {briefing.outlets} outlet(s), {first} to {last}. "
             "Every sentence cites the words it rests on; the sources are listed at the end.*"]
    for section in briefing.sections:
        lines += ["", f"## {section.title}", ""]
        if not section.sentences:
            lines.append("Nothing in the record.")
        for sentence in section.sentences:
            text = "".join(escape_markdown(part) for part, _ in sentence.parts)
            marks = "".join(f"[{number}]" for number in sentence.citations)
            lines.append(f"- {text} {marks}")
    lines += ["", "## Sources", ""]
    lines += [f"{c.number}. {escape_markdown(citation_line(c))}" for c in briefing.citations]
    return "\n".join(lines) + "\n"


def to_html(briefing: Briefing, server: str = DEFAULT_SERVER) -> str:
    """One self-contained HTML file; each citation links to ``server``'s article page with
    the cited words marked."""
    links = {c.number: server.rstrip("/") + span_url(c.article, c.start, c.end) for c in briefing.citations}
    return _environment.get_template("brief.html").render(briefing=briefing, links=links, citation_line=citation_line)
