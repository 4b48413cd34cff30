"""Plain text scraped from the web -> clean article text plus the metadata its lines give.

Lines are classified one by one (clean.boilerplate, clean.dates); boilerplate is dropped,
datelines, bylines, credits and photo captions are kept as metadata, the title is found, and
the body is rebuilt as paragraphs separated by one blank line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from storyline.clean.boilerplate import (
    breadcrumb_tail, byline_name, caption_credit, classify_line, credit_parts, closing_heading,
)
from storyline.clean.dates import parse_dateline
from storyline.model import Caption

PARAGRAPH_BREAK = "\n\n"
# A trailer after the closing credit line ("© AFP 2025") is page furniture when it holds
# less than this share of the words before it; tuned on the seeds and wcxb dev pages.
# The same share bounds what follows a closing heading ("About the author", "Related
# articles"); on the wcxb dev pages 0.3 changes 23 pages (F1 +0.0005, -0.0002), 0.5 changes
# 26 (+0.0009, -0.0004) but cuts article sections that follow a mid-page "Related" label.
_MAX_TRAILER_SHARE = 0.3
# After a heading that only ends an article ("Read this next", "Republish this article")
# the rest may be longer than the article (a column of teasers): on the wcxb dev pages 1.5
# times the article changes 4 more pages, all for the better (F1 +0.0013; flat up to 3).
_CLOSING_SHARES = {"section": _MAX_TRAILER_SHARE, "end": 1.5}
# A text that ends with this many headline-like lines in a row (each at most this many
# words, together at most this share of the words before them) ends with a list of links to
# other pages. Tuned on the wcxb dev pages: F1 +0.0004, WITHOUT -0.0003 at 5 lines (11 pages
# change, 2 lose a little: image sources and a promotion list the gold keeps), the same at 4,
# +0.0003 at 6 or 8; a share of 0.5 to 1.0 gives the same, 0.3 only +0.0001.
_MIN_CLOSING_LIST_LINES = 5
_MAX_CLOSING_LIST_WORDS = 14
_MAX_CLOSING_LIST_SHARE = 0.5
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200
# A line this long that does not end a sentence is a hard-wrapped piece of a paragraph.
_WRAPPED_LINE_CHARS = 60

# A paragraph of at least this many words that the text already holds word for word is a
# second copy of the same block (a page's mobile and desktop layouts, a pull quote, a
# sticky banner), not more article. Tuned on the wcxb dev pages: F1 +0.0014 at 8 words
# (+0.0013 at 10, +0.0009 at 3; shorter repeats are table cells and list labels).
_MIN_REPEAT_WORDS = 8
# A run of at least this many lines repeating an earlier run in order, this many words in
# all, is a second copy of a section. Tuned on the wcxb dev pages: F1 +0.0005 at 3 lines and
# 40 words (11 pages change, 3 lose a little: lists the gold keeps twice); +0.0003 at 20 words.
_MIN_REPEAT_RUN = 3
_MIN_REPEAT_RUN_WORDS = 40
# Teaser excerpts: paragraphs of at least this many words, cut off after a comma, a word
# that cannot end a sentence, or a letter followed by an ellipsis, at least this many in a row.
# Tuned on the wcxb dev pages: F1 +0.0002 at 15 words and 2 in a row (7 pages better; one
# worse, -0.046, whose summary links end "Full ... Review…"); 10 words lose 0.0004, 20 words
# or 3 in a row give the same less one page.
_MIN_EXCERPT_WORDS = 15
_MIN_EXCERPT_RUN = 2
_OPEN_ENDED = frozenset(
    "a an the of to in on at by for with from into about and or but nor as than that which who whose "
    "their his her its our your my this these those is are was were be been has have had will would "
    "can could should".split())
_CUT_WORD = re.compile(r"\w(?:\.\.\.|\u2026)$")
# A list item's marker ("- ", "• "), taken off before the line is classified.
_NOT_LIST_ITEM_KINDS = ("blank", "credit", "byline", "caption")
_LIST_MARKER = re.compile("^[-*\u2022\u25aa\u25cf]\\s+")

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile("[.!?:;\"'\u201d\u2019)\\]]$")


@dataclass(slots=True)
class CleanText:
    """The result of cleaning: body text, metadata found in the lines, what was removed."""

    text: str
    title: str | None = None
    byline: str | None = None
    credit: str | None = None
    published: date | None = None
    captions: list[Caption] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)


def normalize(raw: str) -> str:
    """NFC, one kind of newline and space, no invisible characters; lines stripped."""
    text = unicodedata.normalize("NFC", raw).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def clean_plain_text(raw: str, known_title: str | None = None, html_lines: bool = False) -> CleanText:
    """Clean ``raw``. With ``known_title`` (from metadata) only a line repeating it is taken
    as the title; ``html_lines`` says each line is already a whole paragraph (trafilatura's
    output), so the title is not looked for and lines are never joined."""
    lines = normalize(raw).split("\n")
    kinds = [_kind(line) for line in lines]
    _mark_repeats(lines, kinds)
    _mark_excerpts(lines, kinds)
    _mark_trailer(lines, kinds)
    _mark_closing_sections(lines, kinds)
    _mark_closing_list(lines, kinds)
    if known_title is not None or html_lines:
        title = _drop_title_repeat(lines, kinds, known_title)
    else:
        title = _find_title(lines, kinds)
    result = CleanText(text=_paragraphs(lines, kinds, join_wrapped=not html_lines), title=title)
    _collect_metadata(lines, kinds, result)
    return result


def _kind(line: str) -> str | None:
    if line and parse_dateline(line) is not None:
        return "dateline"
    kind = classify_line(line)
    item = _LIST_MARKER.sub("", line)
    if kind is None and item != line:
        # Furniture only: a list item is not the article's credit, byline or caption line.
        kind = classify_line(item)
        return kind if kind not in _NOT_LIST_ITEM_KINDS else None
    return kind


def _mark_repeats(lines: list[str], kinds: list[str | None]) -> None:
    """Mark a long paragraph that repeats an earlier one word for word (list items and
    table rows repeat in plans and schedules: they are kept)."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if kinds[i] is not None or _words(line) < _MIN_REPEAT_WORDS or _LIST_MARKER.match(line) or line[:1] == "|":
            continue
        key = line.casefold()
        if key in seen:
            kinds[i] = "repeat"
        seen.add(key)
    _mark_repeated_runs(lines, kinds)


def _mark_repeated_runs(lines: list[str], kinds: list[str | None]) -> None:
    """Mark a run of paragraphs that repeats an earlier run line for line (a section the page
    lays out twice), short lines and list items included; the long paragraphs of a run,
    already marked one by one, still count in it."""
    body = [i for i, kind in enumerate(kinds) if kind in (None, "repeat") and lines[i]]
    keys = [lines[i].casefold() for i in body]
    first: dict[str, int] = {}
    at = 0
    while at < len(body):
        earlier = first.get(keys[at])
        if earlier is None:
            first[keys[at]] = at
            at += 1
            continue
        length = 0
        while at + length < len(body) and earlier + length < at and keys[at + length] == keys[earlier + length]:
            length += 1
        run = body[at:at + length]
        if length >= _MIN_REPEAT_RUN and sum(_words(lines[i]) for i in run) >= _MIN_REPEAT_RUN_WORDS:
            for i in run:
                kinds[i] = "repeat"
        at += length


def _mark_excerpts(lines: list[str], kinds: list[str | None]) -> None:
    """Mark a run of paragraphs that each stop mid-sentence: teaser cards, each the opening
    of another page cut at a length ("... our lawyers have helped thousands of",
    "... the top 10 companies are Uber, Ly..."). One such paragraph alone may be a
    hard-wrapped line or an odd ending; several in a row are a list of excerpts."""
    run: list[int] = []
    for i, (line, kind) in enumerate([*zip(lines, kinds), ("", None)]):
        if kind is not None and line:
            continue
        if line and _cut_off(line):
            run.append(i)
            continue
        if len(run) >= _MIN_EXCERPT_RUN:
            for j in run:
                kinds[j] = "teaser"
        run = []


def _cut_off(line: str) -> bool:
    """A long paragraph that ends in the middle of a sentence."""
    words = line.split()
    if len(words) < _MIN_EXCERPT_WORDS or _LIST_MARKER.match(line) or line[:1] == "|":
        return False
    last = words[-1]
    return last.endswith(",") or last.casefold() in _OPEN_ENDED or _CUT_WORD.search(last) is not None


def _words(line: str) -> int:
    return len(line.split())


def _mark_trailer(lines: list[str], kinds: list[str | None]) -> None:
    """Drop what follows the last credit line when it is short next to the article."""
    credits = [i for i, kind in enumerate(kinds) if kind == "credit"]
    if not credits:
        return
    last = credits[-1]
    before = sum(_words(lines[i]) for i in range(last) if kinds[i] is None)
    after = sum(_words(lines[i]) for i in range(last + 1, len(lines)) if kinds[i] is None)
    if before and after <= _MAX_TRAILER_SHARE * before:
        for i in range(last + 1, len(lines)):
            if kinds[i] not in ("blank", None):
                continue
            if kinds[i] is None:
                kinds[i] = "trailer"


def _mark_closing_sections(lines: list[str], kinds: list[str | None]) -> None:
    """Drop a closing heading ("About the author", "Related articles") and what follows it
    when that is short next to the article before it: a bio, a list of other stories."""
    total = sum(_words(line) for line, kind in zip(lines, kinds) if kind is None)
    before = 0
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is None:
            before += _words(line)
        heading = closing_heading(line) if kind in (None, "related") else None
        if heading and 0 < total - before <= _CLOSING_SHARES[heading] * before:
            kinds[i] = kind or "closing"
            for j in range(i + 1, len(lines)):
                if kinds[j] is None:
                    kinds[j] = "trailer"
            return


def _mark_closing_list(lines: list[str], kinds: list[str | None]) -> None:
    """Drop the run of short headline-like lines that ends a text: other pages' titles (more
    posts, more services, more cities), each once a link, with no sentence among them. Not
    a list whose items are marked as such, nor a column longer than half the text before
    it (a list the article ends with, under a heading such as "See also")."""
    body = [i for i, kind in enumerate(kinds) if kind is None and lines[i]]
    start = len(body)
    while start > 0 and _headline_like(lines[body[start - 1]]):
        start -= 1
    listed = sum(_words(lines[i]) for i in body[start:])
    if len(body) - start >= _MIN_CLOSING_LIST_LINES and 0 < listed <= _MAX_CLOSING_LIST_SHARE * sum(
            _words(lines[i]) for i in body[:start]):
        for i in body[start:]:
            kinds[i] = "trailer"


def _headline_like(line: str) -> bool:
    return (_words(line) <= _MAX_CLOSING_LIST_WORDS and not _LIST_MARKER.match(line) and line[:1] != "|"
            and not line.rstrip().endswith((".", ",", ";", ":")))


def is_title_like(line: str) -> bool:
    words = _words(line)
    return (
        2 <= words <= _MAX_TITLE_WORDS
        and len(line) <= _MAX_TITLE_CHARS
        and not line.endswith((".", ",", ";", ":"))
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c\u2018")
    )


def _find_title(lines: list[str], kinds: list[str | None]) -> str | None:
    """Mark the title line (and a repeat of it) and return it; None if the text has none."""
    body = [i for i, kind in enumerate(kinds) if kind is None]
    if not body:
        return None
    crumbs = [breadcrumb_tail(lines[i]) for i, kind in enumerate(kinds) if kind == "breadcrumb"]
    crumb = next((tail for tail in crumbs if tail and is_title_like(tail)), None)
    first = body[0]
    if crumb and lines[first].casefold() != crumb.casefold() and not is_title_like(lines[first]):
        return crumb
    if not is_title_like(lines[first]) or len(body) == 1:
        return None
    title = lines[first]
    kinds[first] = "title"
    second = body[1]
    if lines[second].casefold() == title.casefold():
        kinds[second] = "title"
    return title


def _drop_title_repeat(lines: list[str], kinds: list[str | None], title: str | None) -> str | None:
    """Mark the first body line as the title when it repeats the known one, unless it is the
    only one: a wire flash's text is its headline, as _find_title keeps a text's one line."""
    body = [i for i, kind in enumerate(kinds) if kind is None]
    if title and len(body) > 1 and normalize(title).casefold() == lines[body[0]].casefold():
        kinds[body[0]] = "title"
    return title


def _paragraphs(lines: list[str], kinds: list[str | None], join_wrapped: bool) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    for line, kind in zip(lines, kinds):
        if kind is not None:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and not (join_wrapped and _continues(current[-1], line)):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return PARAGRAPH_BREAK.join(paragraphs)


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on the paragraph that ``previous`` (a hard-wrapped line) began."""
    if _SENTENCE_END.search(previous):
        return False
    return line[:1].islower() or len(previous) >= _WRAPPED_LINE_CHARS


def _collect_metadata(lines: list[str], kinds: list[str | None], result: CleanText) -> None:
    datelines = []
    credit_year: int | None = None
    for line, kind in zip(lines, kinds):
        if kind in (None, "blank"):
            continue
        if kind not in ("title",):
            result.removed.append((kind, line))
        if kind == "dateline":
            datelines.append(parse_dateline(line))
        elif kind == "byline" and result.byline is None:
            result.byline = byline_name(line)
        elif kind == "credit":
            parts = credit_parts(line) or {}
            result.credit = line
            if parts.get("year"):
                credit_year = int(parts["year"])
            if result.byline is None and parts.get("holder"):
                result.byline = parts["holder"]
        elif kind == "caption":
            add_caption(line, result.captions)
    # A publication dateline beats an update line; the credit's year completes a bare day.
    datelines.sort(key=lambda found: found.is_update)
    for dateline in datelines:
        resolved = dateline.resolve(credit_year)
        if resolved is not None:
            result.published = resolved
            break


def add_caption(line: str, captions: list[Caption]) -> None:
    """Keep a caption line (out of the text, but it says who was where, when); a photo
    shown twice on the page gives its caption once."""
    text = line.strip()
    if all(caption.text != text for caption in captions):
        captions.append(Caption(text=text, credit=caption_credit(text)))
