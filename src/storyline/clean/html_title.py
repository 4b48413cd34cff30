"""The headline of an HTML page, from its <h1> headings and its metadata titles.

A page states its title in several places: ``og:title``, ``twitter:title``, ``<title>``
(usually with the site's name: "Headline | Site"), and the visible ``<h1>``. Sites also
use <h1> for their logo or for "Blog", and metadata titles are often tuned for search
engines. The headline is the <h1> that agrees with a metadata title once the site's name
is split off; failing that, a plausible <h1> in the page body; failing that, the
metadata title without the site's name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml.html import HtmlElement

# " | ", " - ", " – ", " — ", " • ", " · ", " » ", " :: ", " ~ ", " / " between title parts.
_SEPARATOR = re.compile(r"(\s+(?:[|\u2013\u2014\u2022\u00b7\u00bb~/-]|::)\s+|\s*\|\s*)")
# A last " | part" this short is a site or section label ("... | Opinion"): pipes seldom
# sit inside a headline. On the wcxb dev pages this fixed 6 titles and broke none.
_PIPE_LABEL = re.compile(r"^(?P<head>.*\S)\s*\|\s*(?P<label>[^|]+)$")
_MAX_LABEL_WORDS = 4
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_NON_WORD = re.compile(r"\W+")
# Common second-level labels that are not a site's name ("bbc.co.uk").
_GENERIC_LABELS = frozenset({"co", "com", "org", "net", "gov", "edu", "ac", "www", "blog", "news", "m"})
# Headings inside these are page furniture (site logo, menus, widgets), not the headline.
_FURNITURE = frozenset({"header", "nav", "footer", "aside", "form"})
_CONTENT = frozenset({"article", "main"})
_MIN_HEADING_WORDS = 2
_MAX_TITLE_CHARS = 300
_META_TITLES = (
    './/meta[@property="og:title"]/@content',
    './/meta[@name="twitter:title"]/@content',
    './/meta[@property="twitter:title"]/@content',
)


def collapse(text: str) -> str:
    """Whitespace collapsed; entities a page escaped twice ("&amp;#x26;") decoded."""
    return " ".join(html.unescape(text).split()) if "&" in text else " ".join(text.split())


def _key(text: str) -> str:
    """Comparison key: case-folded letters and digits only."""
    return _NON_WORD.sub("", text.casefold())


def site_names(tree: HtmlElement, url: str | None, extra: Iterable[str | None] = ()) -> list[str]:
    """Names the page gives its site (og:site_name, application-name), plus its domain's name."""
    names = [collapse(str(value)) for value in tree.xpath(
        './/meta[@property="og:site_name"]/@content|.//meta[@name="application-name"]/@content'
    )]
    names.extend(collapse(value) for value in extra if value)
    domain = _domain_name(url)
    if domain:
        names.append(domain)
    return [name for name in names if _key(name)]


def _domain_name(url: str | None) -> str | None:
    """The distinctive label of a URL's host: "www.valleycourier.co.uk" -> "valleycourier"."""
    host = urlsplit(url).hostname if url else None
    labels = [label for label in (host or "").split(".")[:-1] if label not in _GENERIC_LABELS]
    return labels[-1] if labels else None


def _is_site(segment: str, sites: list[str]) -> bool:
    key = _key(segment)
    if not key or _DOMAIN.fullmatch(segment.strip()):
        return True
    for site in sites:
        site_key = _key(site)
        shorter = min(len(key), len(site_key))
        if key == site_key or (shorter >= 5 and (site_key in key or key in site_key)):
            return True
    return False


def strip_site(title: str, sites: list[str]) -> str:
    """``title`` without leading or trailing parts that name the site ("Headline | Site")."""
    parts = _SEPARATOR.split(title)  # text, separator, text, separator, ...
    while len(parts) > 1 and _is_site(parts[-1], sites):
        parts = parts[:-2]
    while len(parts) > 1 and _is_site(parts[0], sites):
        parts = parts[2:]
    title = "".join(parts).strip()
    label = _PIPE_LABEL.match(title)
    if label and len(label["label"].split()) <= _MAX_LABEL_WORDS:
        return label["head"]
    return title


def _in_furniture(element: HtmlElement) -> bool:
    """Inside a header, nav, ... of the page (a <header> within an <article> is the article's)."""
    tags = {parent.tag for parent in element.iterancestors()}
    return not tags & _CONTENT and bool(tags & _FURNITURE)


def headings(tree: HtmlElement) -> list[tuple[str, bool]]:
    """The text of each <h1>, with whether it sits in the page body (not in a header, nav...)."""
    found = []
    for element in tree.iter("h1"):
        text = collapse(element.text_content())
        if text and len(text) <= _MAX_TITLE_CHARS:
            found.append((text, not _in_furniture(element)))
    return found


def meta_titles(tree: HtmlElement, extra: Iterable[str | None] = ()) -> list[str]:
    """og:title, twitter:title, <title> and any other metadata titles, in that order."""
    titles = [collapse(str(value)) for xpath in _META_TITLES for value in tree.xpath(xpath)]
    titles.extend(collapse(element.text_content()) for element in tree.iter("title"))
    titles.extend(collapse(value) for value in extra if value)
    return [title for title in titles if _key(title)]


def page_title(tree: HtmlElement, sites: list[str], extra_titles: Iterable[str | None] = ()) -> str | None:
    """The page's headline, or None when it states none."""
    metas = meta_titles(tree, extra_titles)
    stripped = [strip_site(title, sites) for title in metas]
    agreeing = {_key(title) for title in metas + stripped}
    candidates = [(strip_site(text, sites), text, in_body) for text, in_body in headings(tree)]
    for title, text, _ in candidates:
        if _key(text) in agreeing or _key(title) in agreeing:
            return title
    for title, text, in_body in candidates:
        if in_body and len(title.split()) >= _MIN_HEADING_WORDS and not _is_site(text, sites):
            return title
    return next((title for title in stripped if title), None)
