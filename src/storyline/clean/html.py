"""HTML pages -> main text and page metadata, with trafilatura and htmldate.

The page is parsed once; trafilatura extracts the main text and the metadata (and calls
htmldate for the date on its own copy of the tree), and the headline is chosen from the
same tree (clean.html_title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from storyline.clean.boilerplate import classify_line
from storyline.clean.disclosure import open_disclosures
from storyline.clean.widgets import inline_buttons, unmask_text_widgets
from storyline.clean.html_title import page_title, site_names
from storyline.clean.layout import drop_heading_anchors

# htmldate's settings for the publication date. ``extensive_search`` off: its extensive
# mode guesses from any date-like string on the page (copyright years, comment dates,
# "last updated" footers) and on the wcxb dev pages it dated 77 of the 134 pages that
# have no publication date while finding the right date for only 24 more of the others
# (date accuracy 0.706 with it, 0.773 without).
DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
# trafilatura's default mode sometimes cuts an article short (a section it takes for a
# sidebar, a list it takes for navigation). Its recall mode is run too, and its text is
# kept when it holds this many times the words. Tuned on the wcxb dev pages: F1 0.9369
# with the default mode alone, 0.9443 at 1.1 (flat from 1.05 to 1.2; 37 of 793 pages
# switch); recall mode alone gives 0.9358.
_RECALL_RATIO = 1.1
# Both modes sometimes keep only a fragment of an article laid out in blocks trafilatura
# takes for page furniture (cards, tabs, tables of prices): trafilatura's baseline, which
# reads the page's JSON-LD article body, its <article> element or its paragraphs, then
# holds several times the words. Its text is used when it holds this many times the words
# of the modes' choice and the page has at most one outermost <article> (several are a
# list of teaser cards, which the baseline would read as one text). Tuned on the wcxb dev
# pages: at 2.5, 6 pages switch, all for the better (F1 +0.003); at 2.2 a seventh switches
# and loses half; at 1.5, 27 switch and 19 lose; without the <article> condition two
# listing pages lose half.
_BASELINE_RATIO = 2.5
_MAX_BASELINE_ARTICLES = 1
_EXTRACTION: dict[str, Any] = {"include_comments": False, "include_tables": True}
# libxml2 stops reading elements nested deeper than this (without its "huge" option, which
# only moves the limit): what lies below is silently lost. Real pages nest 20 to 40 deep.
PARSER_MAX_DEPTH = 255


class NestedTooDeep(ValueError):
    """The page's markup is nested beyond what the HTML parser reads."""


@dataclass(slots=True)
class HtmlPage:
    text: str
    title: str | None
    byline: str | None
    site: str | None
    url: str | None
    published: str | None
    captions: list[str]  # the page's <figcaption> texts, which trafilatura leaves out


def extract_html(html: str | bytes, url: str | None = None) -> HtmlPage | None:
    """The main text and metadata of a page; None when trafilatura finds no main text."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    if any(len(element) == 0 and sum(1 for _ in element.iterancestors()) >= PARSER_MAX_DEPTH
           for element in tree.iter()):
        raise NestedTooDeep(f"HTML nested deeper than {PARSER_MAX_DEPTH} levels: the parser cannot read its text")
    captions = figure_captions(tree)  # before extraction, which may prune the tree
    open_disclosures(tree)  # an accordion's labels and closed panels are text (clean.disclosure)
    inline_buttons(tree)  # a button inside a sentence is part of it (clean.widgets)
    unmask_text_widgets(tree)  # so are tables and sections in widgets named as furniture (clean.widgets)
    drop_heading_anchors(tree)  # and sections whose anchor id, made from their heading, says so (clean.layout)
    baseline_text = trafilatura.baseline(tree)[1]  # on its own copy of the tree
    articles = len(tree.xpath(".//article[not(ancestor::article)]"))
    document = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, date_extraction_params=dict(DATE_PARAMS), **_EXTRACTION
    )
    wider = trafilatura.bare_extraction(tree, url=url, favor_recall=True, **_EXTRACTION)
    text = choose_text(document.text if document is not None else None,
                       wider.text if wider is not None else None, baseline_text, articles)
    if not (text or "").strip():
        return None
    if document is None:  # only the recall mode found text: read the metadata on its own
        document = trafilatura.extract_metadata(tree, default_url=url, date_config=dict(DATE_PARAMS))
    page_url = url or document.url or None
    sites = site_names(tree, page_url, [document.sitename])
    return HtmlPage(
        text=text,
        title=page_title(tree, sites, [document.title]),
        byline=document.author or None,
        site=document.sitename or None,
        url=page_url,
        published=document.date or None,
        captions=captions,
    )


def choose_text(default: str | None, recall: str | None, baseline: str | None, articles: int) -> str | None:
    """The main text among trafilatura's default mode, its recall mode and its baseline
    (``articles``: the page's outermost <article> elements); see _RECALL_RATIO and
    _BASELINE_RATIO. A page neither mode finds text in has none."""
    text = recall if _words(recall) > _RECALL_RATIO * _words(default) else default
    if text and _words(baseline) > _BASELINE_RATIO * _words(text) and articles <= _MAX_BASELINE_ARTICLES:
        return baseline
    return text


def figure_captions(tree: Any) -> list[str]:
    """The text of each ``<figcaption>`` of the page, whitespace folded, in page order: not
    those of a gallery, carousel or slideshow (a strip of other stories' photos, or fifty
    pictures the article does not show), nor those of a teaser card (a picture and headline
    that link to another page) or of a quote card, nor a label that is page furniture
    ("Share", "Show all 50")."""
    found: list[str] = []
    captions = list(tree.iter("figcaption"))
    strips = photo_strips(captions)
    for element in captions:
        text = " ".join(element.text_content().split())
        if (text and not _in_gallery(element, strips) and not _in_card(element, text)
                and classify_line(text) in (None, "caption", "credit")):
            found.append(text)
    return found


def _in_card(caption: Any, text: str) -> bool:
    """A caption that links away (inside a link, or mostly link text: another page's
    headline under its picture), or the source line of a quote shown as a figure."""
    if any(ancestor.tag == "a" for ancestor in caption.iterancestors()):
        return True
    linked = sum(len(" ".join(link.text_content().split())) for link in caption.iter("a"))
    if linked >= _MIN_CARD_LINK_SHARE * len(text):
        return True
    figure = next((ancestor for ancestor in caption.iterancestors() if ancestor.tag == "figure"), None)
    return figure is not None and next(figure.iter("blockquote"), None) is not None


# Class or id words of the containers that hold photo strips rather than an article's figures.
# A caption at least this share of whose characters are link text is a link to elsewhere.
_MIN_CARD_LINK_SHARE = 0.5
_GALLERY_CONTAINER = re.compile(r"gallery|carousel|slideshow|slider|swiper|lightbox|filmstrip", re.IGNORECASE)


def _in_gallery(element: Any, strips: set[Any]) -> bool:
    """In a container named for a photo strip, or in a strip of pictures by its shape."""
    return any(ancestor in strips or _GALLERY_CONTAINER.search(f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}")
               for ancestor in element.iterancestors())


# A photo strip by its shape: the smallest container that holds this many captions and
# whose words are mostly those captions (an article's photos have its paragraphs around
# them). On the wcxb dev pages it takes no caption away: those pages' strips are named.
_MIN_STRIP_FIGURES = 6
_MAX_STRIP_OTHER_WORDS = 0.5


def photo_strips(captions: list[Any]) -> set[Any]:
    """The containers of ``captions`` that are photo strips by their shape."""
    under: dict[Any, list[Any]] = {}
    for caption in captions:
        for ancestor in caption.iterancestors():
            under.setdefault(ancestor, []).append(caption)
    strips: set[Any] = set()
    for caption in captions:
        container = next((ancestor for ancestor in caption.iterancestors()
                          if len(under[ancestor]) >= _MIN_STRIP_FIGURES), None)
        if container is None or container in strips:
            continue
        words = sum(len(held.text_content().split()) for held in under[container])
        if len(container.text_content().split()) - words < _MAX_STRIP_OTHER_WORDS * words:
            strips.add(container)
    return strips


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0
