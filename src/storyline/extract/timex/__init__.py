"""A rule-based TIMEX3 tagger: time expressions found by the grammar of ``patterns``,
normalised by ``resolve`` against an anchor date and the tense of their clause."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from storyline.extract.timex.patterns import PRIORITY, RULES
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
    candidates = [(match, rule) for rule, pattern in RULES.items() for match in pattern.finditer(text)
                  if match.end() > match.start()]
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
