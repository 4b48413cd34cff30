"""HTML pages -> main text and page metadata, with trafilatura and htmldate."""

from __future__ import annotations

from dataclasses import dataclass

import htmldate
import trafilatura


@dataclass(slots=True)
class HtmlPage:
    text: str
    title: str | None
    byline: str | None
    site: str | None
    url: str | None
    published: str | None


def extract_html(html: str, url: str | None = None) -> HtmlPage | None:
    """The main text and metadata of a page; None when trafilatura finds no main text."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None or not (document.text or "").strip():
        return None
    return HtmlPage(
        text=document.text,
        title=document.title or None,
        byline=document.author or None,
        site=document.sitename or None,
        url=document.url or url,
        published=publication_date(html, url),
    )


def publication_date(html: str, url: str | None = None) -> str | None:
    """htmldate's reading of the original publication date, as YYYY-MM-DD."""
    try:
        return htmldate.find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except ValueError:  # htmldate raises on pages it cannot parse at all
        return None
