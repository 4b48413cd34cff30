"""RSS and Atom feeds (feedparser): each item's link, title and date.

A fetched document is a feed when its content type says so, or, for a generic XML type or
none, when feedparser recognises a feed format in it. HTML is never taken for a feed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml", "")
_XML_HEADS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date (UTC) of the item, when the feed gives one
    guid: str | None = None

    def meta(self) -> dict[str, Any]:
        """The metadata the item gives its article (fields with a value only)."""
        return {key: value for key, value in (("title", self.title), ("published", self.published))
                if value}


def parse_feed(content: bytes, content_type: str, url: str) -> list[FeedItem] | None:
    """The items of the feed in ``content`` (relative links resolved against ``url``), or
    None when ``content`` is not a feed."""
    if content_type not in FEED_TYPES:
        if content_type not in XML_TYPES or not content[:512].lstrip().lower().startswith(_XML_HEADS):
            return None
    parsed = feedparser.parse(content, response_headers={"content-location": url})
    if not parsed.get("version"):
        return None
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        items.append(FeedItem(link=urljoin(url, link), title=(entry.get("title") or "").strip() or None,
                              published=_date(entry), guid=entry.get("id") or None))
    return items


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
