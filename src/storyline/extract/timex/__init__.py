"""A rule-based TIMEX3 tagger: time expressions found by the grammar of ``patterns``,
normalised by ``resolve`` against an anchor date and the tense of their clause."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc

from storyline.extract.timex.patterns import PRIORITY, REACH, RULES, TRIGGERS
from storyline.extract.timex.resolve import RESOLVERS, Context
from storyline.extract.timex.tense import FUTURE, PAST, PRESENT, TokenIndex, direction_at
from storyline.model import TimeExpression

__all__ = ["tag"]
_TENSE_NAMES = {PAST: "past", PRESENT: "present", FUTURE: "future"}


def tag(text: str, doc: Doc, anchor: date | None) -> list[TimeExpression]:
    """The time expressions of ``text`` (the text of ``doc``), in text order, resolved
    against ``anchor``; without an anchor, relative ones keep a null value."""
    index = TokenIndex(doc)

    def is_date_entity(char: int) -> bool:
        token = index.at(char)
        return token is not None and token.ent_type_ in ("DATE", "TIME")

    context = Context(text, anchor, lambda char: direction_at(index, char), is_date_entity)
    parsed = doc.has_annotation("DEP")
    found: list[TimeExpression] = []
    for match, rule in _longest_matches(text):
        result = RESOLVERS[rule](match, context)
        if result is None:
            continue
        start, end = match.span()
        extra = dict(result.extra)
        if parsed:
            token = index.at(start)
            if token is not None:
                extra["sentence"] = {"start": token.sent.start_char, "end": token.sent.end_char}
            tense = context.direction(start)
            if tense is not None:
                extra["tense"] = _TENSE_NAMES[tense]
        found.append(TimeExpression(text[start:end], start, end, result.type, result.value,  # type: ignore[arg-type]
                                    extra))
    return found


def _longest_matches(text: str) -> list[tuple[re.Match[str], str]]:
    """Every rule's matches, overlaps settled for the longer (then the higher-priority) one."""
    candidates = list(_rule_matches(text))
    candidates.sort(key=lambda item: (item[0].start() - item[0].end(), PRIORITY[item[1]], item[0].start()))
    taken = bytearray(len(text))
    chosen: list[tuple[re.Match[str], str]] = []
    for match, rule in candidates:
        start, end = match.span()
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((match, rule))
    chosen.sort(key=lambda item: item[0].start())
    return chosen


def _rule_matches(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """What ``pattern.finditer`` over each line gives for each rule (an expression never
    runs over a line break), with the pattern only tried at the word starts from
    ``REACH`` characters before each occurrence of the rule's trigger up to it."""
    lines = _line_bounds(text)
    lowered = _lower_same_length(text)
    for rule, pattern in RULES.items():
        resume = 0  # as finditer: the next match starts where the last one ended
        for first, last, line_end in _windows(TRIGGERS[rule], lowered, REACH[rule], lines):
            for word in _WORD_START.finditer(text, first, last + 1):
                if word.start() < resume:
                    continue
                match = pattern.match(text, word.start(), line_end)
                if match is not None and match.end() > match.start():
                    yield match, rule
                    resume = match.end()


# Where a match can start: every rule's pattern opens with a word start (patterns._B).
_WORD_START = re.compile(r"(?<![\w\-])\S")


def _windows(trigger: re.Pattern[str], lowered: str, reach: int, lines: list[int]) -> Iterator[tuple[int, int, int]]:
    """(first start, last start, line end) of the stretches where a match may start: from
    ``reach`` characters before each trigger to the trigger, within its line; merged."""
    current: list[int] | None = None
    for hit in trigger.finditer(lowered):
        line = bisect_right(lines, hit.start()) - 1
        line_start = lines[line]
        line_end = lines[line + 1] - 1 if line + 1 < len(lines) else len(lowered)
        start = max(line_start, hit.start() - reach)
        if current is not None and current[2] == line_end and start <= current[1]:
            current[1] = hit.start()
            continue
        if current is not None:
            yield current[0], current[1], current[2]
        current = [start, hit.start(), line_end]
    if current is not None:
        yield current[0], current[1], current[2]


def _lower_same_length(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay the same (a few
    characters, such as "İ", lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _line_bounds(text: str) -> list[int]:
    """The offset where each line of ``text`` starts."""
    return [0] + [found.end() for found in re.finditer("\n", text)]
