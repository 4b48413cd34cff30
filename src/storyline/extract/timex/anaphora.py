"""Anaphoric time expressions ("the following year", "that day", "the next morning"): TimeML
anchors them to the time the text last named, not to the publication date."""

from __future__ import annotations

import re
from datetime import date

from storyline.extract.timex.calendar import Point, value_start
from storyline.extract.timex.lexicon import PARTS_OF_DAY
from storyline.extract.timex.resolve import Context, Found, _mod
from storyline.model import TimeExpression

# The granularity a reference value names: a day, a month, an ISO week or only a year.
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"\d{4}-\d\d(?!\d)")
_WEEK = re.compile(r"\d{4}-W\d\d")
_YEAR = re.compile(r"\d{4}")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_NEEDS = {"day": (_DAY,), "week": (_DAY, _WEEK), "month": (_DAY, _MONTH), "quarter": (_DAY, _MONTH, _QUARTER),
          "year": (_DAY, _MONTH, _WEEK, _QUARTER, _YEAR)}


def note_reference(ctx: Context, value: str | None) -> None:
    """Remember ``value`` as the time the text last named, when it is a calendar point."""
    if value and value_start(value) is not None:
        ctx.reference = value


def resolve_anaphoric(m: re.Match[str], ctx: Context) -> Found | None:
    """The period ``m`` names next to the last-named time. Without one of a fine enough grain,
    "the following year" is the one after the publication date's; "that day" and "the next
    day" (of some event the text tells, not of the writing) are no date."""
    unit = m["ref_unit"].lower()
    pod = PARTS_OF_DAY.get(unit)
    granularity = "day" if pod else unit
    words = m["ref"].lower().split()
    step = 1 if words[-1] in ("following", "next") else -1 if words[-1] in ("previous", "preceding") else 0
    reference = ctx.reference
    start = value_start(reference) if reference and any(p.match(reference) for p in _NEEDS[granularity]) else None
    if start is None:
        if not step or granularity == "day":
            return None
        if ctx.anchor is None:
            return Found("DATE", None, _mod(m["part"]))
        start = ctx.anchor
    point = Point(start, granularity).shifted(step)  # type: ignore[arg-type]
    extra = _mod(m["part"])
    if pod:
        extra["part_of_day"] = pod
    return Found("DATE", point.value(), extra)


# "April 24 and 25": a second day after a date, joined by "and"/"or"/"&" ("3 and 4 people" is
# a count, "24 and 25, 1999" is left to the date rule).
_SECOND_DAY = re.compile(r"\s(?:and|or|&)\s(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%])(?!\s+[a-z]+s\b)"
                         r"(?!,?\s+\d)")


def second_day(time: TimeExpression, text: str) -> TimeExpression | None:
    """The day right after ``time`` that shares its month and year: "25" in "April 24 and 25"."""
    if time.value is None or not _DAY.fullmatch(time.value):
        return None
    found = _SECOND_DAY.match(text, time.end)
    if found is None or int(found["day"]) <= int(time.value[8:10]):
        return None
    try:
        value = date(int(time.value[:4]), int(time.value[5:7]), int(found["day"])).isoformat()
    except ValueError:
        return None
    start, end = found.span("day")
    return TimeExpression(text[start:end], start, end, "DATE", value, {}, sentence=time.sentence, tense=time.tense)
