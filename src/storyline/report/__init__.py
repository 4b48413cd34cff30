"""Reports from the record: the briefing of a story (``storyline brief``), in Markdown or HTML."""

from storyline.report.brief import Briefing, Citation, build_briefing
from storyline.report.render import to_html, to_markdown

__all__ = ["Briefing", "Citation", "build_briefing", "to_html", "to_markdown"]
