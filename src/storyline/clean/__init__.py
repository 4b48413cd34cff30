"""Cleaning: RawDocument -> Article (clean text and metadata, no NLP yet)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from storyline.clean.html import NestedTooDeep, extract_html
from storyline.clean.mojibake import repair_mojibake
from storyline.clean.text import add_caption, clean_plain_text, normalize
from storyline.errors import InputError
from storyline.model import Article, RawDocument

# Sidecar and JSONL field names accepted for each metadata field, in order of preference.
META_ALIASES = {
    "published": ("published", "date", "publish_date", "published_at"),
    "url": ("url", "link"),
    "site": ("site", "sitename", "source"),
    "title": ("title", "headline"),
    "byline": ("byline", "author", "authors"),
}


def meta_field(meta: dict[str, Any], name: str) -> Any:
    """A metadata field as text (a date object kept as it is), under the first of its
    names that has a usable value."""
    for alias in META_ALIASES[name]:
        value = _meta_text(meta.get(alias))
        if value not in (None, ""):
            return value
    return None


def _meta_text(value: Any) -> str | date | None:
    """Text from a JSONL or sidecar value, which may be anything JSON holds: a number
    becomes its digits, a list (several authors) its items joined with commas; an object,
    true or false is no usable value."""
    if isinstance(value, (str, date)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in map(_meta_text, value) if item not in (None, ""))
    return None


def iso_date(value: Any, origin: str) -> str:
    """A metadata date as YYYY-MM-DD; InputError names the file when it is not a date."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise InputError(origin, f"published {text!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


def text_id(text: str) -> str:
    """An article's id: the SHA-1 of its clean text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def clean_document(raw: RawDocument, default_published: str | None = None) -> Article:
    """Clean one document; InputError when nothing usable is left."""
    meta = raw.meta
    content = raw.content if isinstance(raw.content, str) else raw.content.decode("utf-8", "replace")
    content = repair_mojibake(content)
    known_title = meta_field(meta, "title")
    fields: dict[str, Any] = {"url": meta_field(meta, "url")}
    published_candidates: list[tuple[str | None, str]] = []
    if raw.kind == "html":
        try:
            page = extract_html(content, url=fields["url"])
        except NestedTooDeep as exc:
            raise InputError(raw.origin, str(exc)) from None
        if page is None:
            raise InputError(raw.origin, "no article text found in the HTML")
        cleaned = clean_plain_text(page.text, known_title=known_title or page.title, html_lines=True)
        for caption in page.captions:
            add_caption(caption, cleaned.captions)
        fields.update(title=page.title, byline=page.byline, site=page.site, url=fields["url"] or page.url)
        published_candidates.append((page.published, "html"))
    else:
        cleaned = clean_plain_text(content, known_title=known_title)
        fields.update(title=cleaned.title)
    if not cleaned.text.strip():
        raise InputError(raw.origin, "no article text left after removing boilerplate")
    fields["byline"] = fields.get("byline") or cleaned.byline
    fields["site"] = fields.get("site")
    for name in ("title", "site", "byline"):
        given = meta_field(meta, name)
        if given is not None:
            fields[name] = normalize(str(given))
    meta_published = meta_field(meta, "published") or default_published
    published_candidates.insert(0, (iso_date(meta_published, raw.origin) if meta_published else None, "meta"))
    published_candidates.append((cleaned.published.isoformat() if cleaned.published else None, "text"))
    # A reader's last resort (a WARC record's crawl date): used only when nothing above dates it.
    fallback = meta.get("fallback_published")
    published_candidates.append((iso_date(fallback, raw.origin) if fallback else None, "meta"))
    published, published_from = next(
        ((value, source) for value, source in published_candidates if value), (None, None)
    )
    return Article(
        doc=raw.doc,
        id=text_id(cleaned.text),
        text=cleaned.text,
        url=fields["url"],
        site=fields["site"],
        title=fields["title"],
        byline=fields["byline"],
        published=published,
        published_from=published_from,
        credit=cleaned.credit,
        captions=cleaned.captions,
    )
