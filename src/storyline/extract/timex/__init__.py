"""A rule-based TIMEX3 tagger: time expressions found by the grammar of ``patterns``,
normalised by ``resolve`` against an anchor date and the tense of their clause."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from spacy.tokens import Doc

from storyline.extract.scan import ScannedText
from storyline.extract.sentences import SentenceIndex
from storyline.extract.timex.anaphora import note_reference, resolve_anaphoric, second_day
from storyline.extract.timex.patterns import GRAMMARS, PRIORITY, trigger_hits
from storyline.extract.timex.resolve import RESOLVERS, Context
from storyline.extract.timex.titles import in_a_title
from storyline.extract.timex.tense import FUTURE, PAST, PRESENT, TokenIndex, direction_at
from storyline.model import Extent, TimeExpression

__all__ = ["tag"]
_RESOLVERS = {**RESOLVERS, "anaphoric": resolve_anaphoric}
_TENSE_NAMES: dict[int, Literal["past", "present", "future"]] = {
    PAST: "past", PRESENT: "present", FUTURE: "future"}


def tag(text: str, doc: Doc | None, anchor: date | None) -> list[TimeExpression]:
    """The time expressions of ``text`` (the text of ``doc``), in text order, resolved
    against ``anchor``; without an anchor, relative ones keep a null value. Without a
    ``doc`` (a caption, not parsed) no clause gives a tense and no sentence is recorded."""
    index = TokenIndex(doc) if doc is not None else None

    def is_date_entity(char: int) -> bool:
        token = index.at(char) if index is not None else None
        return token is not None and token.ent_type_ in ("DATE", "TIME")

    def direction(char: int) -> int | None:
        return direction_at(index, char) if index is not None else None

    context = Context(text, anchor, direction, is_date_entity)
    parsed = index is not None and index.doc.has_annotation("DEP")
    found: list[TimeExpression] = []
    matches = _longest_matches(text)
    for position, (match, rule) in enumerate(matches):
        next_start = matches[position + 1][0].start() if position + 1 < len(matches) else len(text)
        if rule != "holiday" and in_a_title(text, *match.span()):
            continue  # "This Week" the programme; "Thanksgiving Day" is a day
        result = _RESOLVERS[rule](match, context)
        if result is None:
            continue
        note_reference(context, result.value)
        start, end = match.span()
        time = TimeExpression(text[start:end], start, end, result.type, result.value,  # type: ignore[arg-type]
                              dict(result.extra))
        if parsed and index is not None:
            token = index.at(start)
            if token is not None:
                time.sentence = Extent(*SentenceIndex.of(index.doc).extent(token.idx))
            tense = context.direction(start)
            if tense is not None:
                time.tense = _TENSE_NAMES[tense]
        if rule == "clock" and not match["day"] or rule == "weekday" and _weekday_alone(match):
            _on_the_day_named(time, found, text)
        found.append(time)
        second = second_day(time, text) if rule == "date" else None
        if second is not None and second.end <= next_start:
            found.append(second)
    return found


# Between a date and a weekday that restates it: "Nov. 14, a Thursday".
_RESTATED = re.compile(r",\s+(?:a|the)\s+")
# A calendar day: the value of a date that names one.
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _weekday_alone(match: re.Match[str]) -> bool:
    """A weekday with nothing that moves it ("a Thursday", not "last Thursday morning")."""
    return not any(match[group] for group in ("mod", "rel", "pod"))


def _on_the_day_named(time: TimeExpression, before: list[TimeExpression], text: str) -> None:
    """A clock time without a day of its own ("at 6:15 p.m.") is on the day its paragraph (its
    line) last named ("The fire began on Nov. 3. Crews arrived at 6:15 a.m."); a weekday right
    after a date that restates it ("Nov. 14, a Thursday") is that date, not another Thursday."""
    if time.value is None:
        return
    day = None
    clock = time.type == "TIME"
    for earlier in reversed(before):
        if "\n" in text[earlier.end:time.start] or not clock and earlier.sentence != time.sentence:
            break
        if earlier.type in ("DATE", "TIME") and earlier.value and _DAY_VALUE.match(earlier.value):
            day = earlier
        if earlier.type not in ("DURATION", "SET"):
            break  # a span ("after two hours") does not move the day; another date does
    if day is None or day.value is None:
        return
    if time.type == "TIME" and "T" in time.value:
        time.value = day.value[:10] + time.value[time.value.index("T"):]
    elif time.type == "DATE" and _RESTATED.fullmatch(text, day.end, time.start):
        time.value = day.value[:10]


def _longest_matches(text: str) -> list[tuple[re.Match[str], str]]:
    """Every rule's matches, overlaps settled for the longer (then the higher-priority) one."""
    scanned = ScannedText(text)
    hits = trigger_hits(scanned.lowered)
    candidates = [(match, rule) for rule, grammar in GRAMMARS.items()
                  for match in scanned.matches_from(grammar, hits[rule])]
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
