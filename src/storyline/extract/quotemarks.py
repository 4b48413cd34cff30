"""Quotation marks: every quoted stretch of a text, in any mark style.

One linear scan over the marks of the text (straight, curly, guillemets, low-high,
doubled apostrophes ``''``, single quotes). A mark's role (opening or closing) comes from
its neighbours first and its glyph second, so that a misused mark (``”Fear.`` opening a
paragraph) still pairs. Marks that do not pair never raise: the stretch is recovered up
to the next opening mark or the end of the paragraph, with a lower confidence. An opening
mark left open at the end of a paragraph whose next paragraph opens with a mark continues
there (the newspaper convention for quotes over several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Doubled apostrophes come first so that ``''`` is read as one double mark.
_MARK = re.compile(r"''|``|[\"“”„‟«»‘’‚‛‹›']")
_DOUBLE_OPENERS = frozenset("“„‟«")
_DOUBLE_CLOSERS = frozenset("”»")
_SINGLE_OPENERS = frozenset("‘‚‛‹")
_SINGLE_CLOSERS = frozenset("’›")
_OPEN_BEFORE = frozenset("([{—–-/")
# Confidence of a quote whose marks did not pair and was closed by a rule.
UNBALANCED_CONFIDENCE = 0.6
_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    balanced: bool
    double: bool

    @property
    def confidence(self) -> float:
        return 1.0 if self.balanced else UNBALANCED_CONFIDENCE


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text`` (outermost quotes only), in text order."""
    paragraphs = _paragraphs(text)
    found: list[Quoted] = []
    carry: int | None = None  # an opening mark continued from the previous paragraph
    for index, (start, end) in enumerate(paragraphs):
        quotes, still_open = _scan_paragraph(text, start, end, carry)
        found.extend(quotes)
        carry = None
        if still_open is not None:
            next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            if next_start is not None and _opens_with_mark(text, next_start):
                carry = still_open
            else:
                recovered = _recover(text, still_open, end)
                if recovered is not None:
                    found.append(recovered)
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, leading and trailing spaces excluded."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text + "\n"):
        start, end = position, match.start()
        position = match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _opens_with_mark(text: str, start: int) -> bool:
    match = _MARK.match(text, start)
    return match is not None and _role(text, match.start(), match.end()) != "close"


def _neighbour_role(text: str, start: int, end: int) -> str:
    """"open", "close" or "either" for the mark text[start:end], from its neighbours only."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in _OPEN_BEFORE
    space_after = after.isspace() or (not after.isalnum() and after not in "$€£¥#@(")
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _role(text: str, start: int, end: int) -> str:
    """"open", "close" or "either": the neighbours decide, else the glyph."""
    role = _neighbour_role(text, start, end)
    if role != "either":
        return role
    mark = text[start:end]
    if mark in _DOUBLE_OPENERS or mark in _SINGLE_OPENERS or mark == "``":
        return "open"
    if mark in _DOUBLE_CLOSERS or mark in _SINGLE_CLOSERS:
        return "close"
    return "either"


def _is_double(mark: str) -> bool:
    return mark in _DOUBLE_OPENERS or mark in _DOUBLE_CLOSERS or mark in ('"', "''", "``")


def _scan_paragraph(text: str, start: int, end: int,
                    carried: int | None) -> tuple[list[Quoted], int | None]:
    """The quotes of one paragraph, and the position of a double mark left open."""
    found: list[Quoted] = []
    open_double = carried
    open_single: int | None = None
    open_single_len = 1
    open_len = 1 if carried is None else _mark_length(text, carried)
    for match in _MARK.finditer(text, start, end):
        mark, mark_start, mark_end = match.group(), match.start(), match.end()
        if carried is not None and mark_start == start:
            continue  # the mark that reopens a quote continued from the last paragraph
        role = _role(text, mark_start, mark_end)
        if _is_double(mark):
            if open_double is None:
                if role == "close":  # a closing mark with nothing open: recover from the start
                    recovered = _recover_before(text, start, found, mark_start, mark_end)
                    if recovered is not None:
                        found.append(recovered)
                    continue
                open_double, open_len, open_single = mark_start, mark_end - mark_start, None
                continue
            if role == "open" and mark_start > open_double + open_len:
                # An opening mark while one is open: the first never closed.
                recovered = _recover(text, open_double, mark_start)
                if recovered is not None:
                    found.append(recovered)
                open_double, open_len = mark_start, mark_end - mark_start
                continue
            if mark_start >= open_double + open_len:
                found.append(_quoted(open_double, open_len, mark_start, mark_end, True, True))
                open_double = None
            continue
        if open_double is not None:
            continue  # a single mark inside a double quote is nested or an apostrophe
        strict_role = _neighbour_role(text, mark_start, mark_end)
        if open_single is None:
            if strict_role == "open" and mark in ("'", "‘", "‚", "‛", "‹"):
                open_single, open_single_len = mark_start, mark_end - mark_start
            continue
        if strict_role == "close":
            found.append(_quoted(open_single, open_single_len, mark_start, mark_end, True, False))
            open_single = None
    return found, open_double


def _mark_length(text: str, position: int) -> int:
    match = _MARK.match(text, position)
    return match.end() - match.start() if match else 1


def _quoted(open_start: int, open_len: int, close_start: int, close_end: int,
            balanced: bool, double: bool) -> Quoted:
    return Quoted(open_start, close_end, open_start + open_len, close_start, balanced, double)


def _recover(text: str, open_start: int, limit: int) -> Quoted | None:
    """An unclosed quote from its opening mark up to ``limit`` (spaces trimmed)."""
    inner_start = open_start + _mark_length(text, open_start)
    end = limit
    while end > inner_start and text[end - 1].isspace():
        end -= 1
    if end - inner_start < 2:
        return None
    return Quoted(open_start, end, inner_start, end, False, True)


def _recover_before(text: str, paragraph_start: int, found: list[Quoted], close_start: int,
                    close_end: int) -> Quoted | None:
    """An unopened quote: from the paragraph start (or the last quote's end) to its mark."""
    start = max([paragraph_start] + [quote.end for quote in found])
    while start < close_start and text[start].isspace():
        start += 1
    if close_start - start < 2:
        return None
    return Quoted(start, close_end, start, close_start, False, True)
