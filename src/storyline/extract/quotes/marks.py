"""Quotation marks: every quoted stretch of a text, in any mark style.

One linear scan over the marks of the text (straight, curly, guillemets, low-high,
doubled apostrophes ``''``, single quotes). A mark's role (opening or closing) comes from
its neighbours first and its glyph second, so that a misused mark (``”Fear.`` opening a
paragraph) still pairs. Marks that do not pair never raise: the stretch is recovered up
to the next opening mark or the end of the paragraph, with a lower confidence. An opening
mark left open at the end of a paragraph whose next paragraph opens with a mark continues
there (the newspaper convention for quotes over several paragraphs), when both marks are
of one style, unless the open quote holds its own attribution (", said X": the source's
closing mark is missing before it) or is a phrase opened in mid-sentence. Where straight and curly marks meet, a mark of the other style opens a
quote inside an open one whose style comes again later in the paragraph, and a straight
mark that only frames a paragraph quoted from another text (whose own quotes are curly)
is no quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Doubled apostrophes come first so that ``''`` is read as one double mark.
_MARK = re.compile(r"''|``|[\"“”„‟«»‘’‚‛‹›']")
_STRAIGHT_DOUBLES = frozenset({'"', "''", "``"})
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
    paragraphs = paragraph_spans(text)
    found: list[Quoted] = []
    carry: int | None = None  # an opening mark continued from the previous paragraph
    for index, (start, end) in enumerate(paragraphs):
        quotes, still_open = _scan_paragraph(text, start, end, carry)
        found.extend(quotes)
        carry = None
        if still_open is not None:
            next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            attribution = _INNER_ATTRIBUTION.search(text, still_open, end)
            if attribution is not None:
                # the source left out the closing mark before its own attribution
                recovered = _recover(text, still_open, attribution.start())
                if recovered is not None:
                    found.append(recovered)
            elif next_start is not None and _opens_with_mark(text, next_start) and \
                    _straight(text, next_start) == _straight(text, still_open) and \
                    not _phrase_opened(text, still_open):
                carry = still_open
            else:
                recovered = _recover(text, still_open, end)
                if recovered is not None:
                    found.append(recovered)
    return found


# An inverted attribution (", said Ann Roe", ", added the minister") inside a quote left open
# at the end of its paragraph: the writer's words, so the source's closing mark is missing
# before it (a quote continued over paragraphs never holds its own attribution).
_INNER_ATTRIBUTION = re.compile(r",\s+(?:said|says|added|adds|told|stated|insisted|explained)\s+(?:the\s+)?[A-Z]")


def _phrase_opened(text: str, open_start: int) -> bool:
    """A quoted phrase opened in mid-sentence (``leads to a "bubbling bliss``): a lowercase word
    after the mark and a word right before it. Such a phrase ends with its paragraph; a quote
    continued over paragraphs opens a sentence."""
    inner = open_start + _mark_length(text, open_start)
    before = text[:open_start].rstrip()
    return inner < len(text) and text[inner].islower() and before[-1:].isalpha()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
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
    return mark in _DOUBLE_OPENERS or mark in _DOUBLE_CLOSERS or mark in _STRAIGHT_DOUBLES


def _straight(text: str, position: int) -> bool:
    """Whether the mark at ``position`` is a typewriter mark rather than a typographic one."""
    return text[position:position + 2] in _STRAIGHT_DOUBLES or text[position] == '"'


def _block_quote_markers(text: str, start: int, end: int, marks: list[re.Match]) -> set[int]:
    """The positions of straight marks that only frame a paragraph quoted from another
    text, whose own quotes use curly marks: one opening the paragraph right before a
    curly mark (``"“A,” she said.``), or one left unpaired at either edge of it
    (``"He walked on, chanting “We win!”``, ``“A,” she said."``)."""
    glyphs = [m.group() for m in marks]
    opened = sum(glyph in _DOUBLE_OPENERS for glyph in glyphs)
    if not opened or opened != sum(glyph in _DOUBLE_CLOSERS for glyph in glyphs):
        return set()  # the curly marks do not pair among themselves
    straight = [m for m in marks if m.group() in _STRAIGHT_DOUBLES]
    markers: set[int] = set()
    if straight and straight[0].start() == start and \
            text[straight[0].end():straight[0].end() + 1] in _DOUBLE_OPENERS:
        markers.add(straight.pop(0).start())
    if len(straight) % 2 == 1:
        if straight[0].start() == start:
            markers.add(straight[0].start())
        elif straight[-1].end() == end:
            markers.add(straight[-1].start())
    return markers


def _scan_paragraph(text: str, start: int, end: int,
                    carried: int | None) -> tuple[list[Quoted], int | None]:
    """The quotes of one paragraph, and the position of a double mark left open."""
    found: list[Quoted] = []
    open_double = carried
    open_single: int | None = None
    open_single_len = 1
    open_len = 1 if carried is None else _mark_length(text, carried)
    marks = list(_MARK.finditer(text, start, end))
    markers = _block_quote_markers(text, start, end, marks)
    inner_open = False  # a quote of the other mark style inside the open one
    for index, match in enumerate(marks):
        mark, mark_start, mark_end = match.group(), match.start(), match.end()
        if carried is not None and mark_start == start:
            continue  # the mark that reopens a quote continued from the last paragraph
        if mark_start in markers:
            continue
        role = _role(text, mark_start, mark_end)
        if _is_double(mark):
            if inner_open:
                inner_open = role != "close"  # the inner quote's closing mark, or more inside
                continue
            if open_double is not None and _opens_inner(text, open_double, mark, role,
                                                        marks[index + 1:]):
                inner_open = True
                continue
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


def _opens_inner(text: str, open_start: int, mark: str, role: str,
                 later: list[re.Match]) -> bool:
    """Whether an opening mark of the other style (curly in straight, straight in curly)
    starts a quote inside the open one: the open quote's style comes again later in the
    paragraph to close it. (A closing mark of the other style is a writer mixing styles.)"""
    outer_straight = _straight(text, open_start)
    if (mark in _STRAIGHT_DOUBLES) == outer_straight or role != "open":
        return False
    return any(m.group() in _STRAIGHT_DOUBLES if outer_straight else
               (_is_double(m.group()) and m.group() not in _STRAIGHT_DOUBLES) for m in later)


def _mark_length(text: str, position: int) -> int:
    match = _MARK.match(text, position)
    return match.end() - match.start() if match else 1


def _quoted(open_start: int, open_len: int, close_start: int, close_end: int,
            balanced: bool, double: bool) -> Quoted:
    return Quoted(open_start, close_end, open_start + open_len, close_start, balanced, double)


# A sentence of the writer's inside a quote whose closing mark the source left out: a named
# person reporting in the past tense ("... regrets. Ann Roe also revealed that ..."). Speech
# quoted at length names people as "he" or "I", so an unclosed quote ends before it.
# Also a sentence about a person the writer names with an honorific ("... so far. Mr Roe was
# careful not to ...") and a subject of up to three words, the first capitalised, that reports
# a clause ("All companies said they were investing ..."): a speaker quoted at length says "I"
# and "we", not "Mr Roe", and reports others by "they" or a name.
_NARRATED_REPORT = re.compile(
    r"[.!?](?=\s+(?:(?!(?:I|We|You|He|She|They|It|This|That|These|Those|There|Then|But|And|So|My|Our)\b)"
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:also\s+)?"
    r"(?:said|revealed|added|explained|insisted|stated|noted|told|warned|admitted|confirmed)\s+that\b"
    r"|[A-Z][a-z]+(?:\s+[a-z]+){1,2}\s+(?:also\s+)?"
    r"(?:said|revealed|added|explained|insisted|stated|noted|warned|admitted|confirmed)\s+(?:that|they|it)\b)"
    r"|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:was|is|has|had|also|said|told|added)\b))")


def _recover(text: str, open_start: int, limit: int) -> Quoted | None:
    """An unclosed quote from its opening mark up to ``limit`` (spaces trimmed), or up to a
    sentence of the writer's reporting a named person (the missing closing mark was before it)."""
    inner_start = open_start + _mark_length(text, open_start)
    narration = _NARRATED_REPORT.search(text, inner_start, limit)
    end = narration.start() + 1 if narration is not None else limit
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
