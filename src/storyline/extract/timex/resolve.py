"""From a matched time expression to its TIMEX3 type and value, against the anchor (the
publication date) and the tense of its clause. One resolver per rule of patterns.py;
a resolver returns None to reject a match that is not a time expression after all."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter

from storyline.extract.timex.calendar import SEASON_MONTH, Point, nth_weekday, shift, weekday_near
from storyline.extract.timex.lexicon import (DECADES, ORDINALS, PARTS_OF_DAY, SEASONS, UNIT_PLURALS, UNITS,
                                             WORK_NOUNS, YEAR_LEADS, month_number, parse_number,
                                             weekday_number)
from storyline.extract.timex.tense import FUTURE, PAST


@dataclass(slots=True)
class Found:
    type: str
    value: str | None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What a resolver may ask about the text around a match."""

    text: str
    anchor: date | None
    direction: Callable[[int], int | None]  # tense of the clause at a character offset
    is_date_entity: Callable[[int], bool]  # spaCy tagged the token there as DATE
    quarter: Point | None = None  # the last quarter the text named (for "a year earlier")
    quarter_end: int = -1
    reference: str | None = None  # the last calendar value named (for "the following year")

    def recent_quarter(self, start: int) -> Point | None:
        """The quarter named shortly before ``start``: a financial report's reference period."""
        if self.quarter is not None and start - self.quarter_end <= _QUARTER_REACH:
            return self.quarter
        return None

    def name_quarter(self, point: Point, end: int) -> None:
        self.quarter, self.quarter_end = point, end

    def word_before(self, start: int) -> str:
        match = _LAST_WORD.search(self.text, max(0, start - 40), start)
        return match.group(1).lower() if match else ""


# How far (in characters) a named quarter stays the reference period of "a year earlier",
# "the latest period": set on TimeBank's Wall Street Journal reports.
_QUARTER_REACH = 600
# "2000 troops": a number counting a plural noun is no year.
_COUNTED = re.compile(r"\s+[a-z]+s\b")
_LAST_WORD = re.compile(r"([\w']+)\W*$")
# Words right before a day that point ahead of the time of writing, whatever the tense of
# the clause ("postponed until Tuesday", "could come as early as Tuesday").
_LOOKS_AHEAD = re.compile(r"\b(?:until|till|as (?:soon|early) as|no later than)\s+(?:[\d:.apmAPMESTDT ]+)?$",
                          re.IGNORECASE)
_PART_MOD = (("end", "END"), ("close", "END"), ("late", "END"), ("beginning", "START"), ("start", "START"),
             ("turn", "START"), ("early", "START"), ("middle", "MID"), ("mid", "MID"), ("first half", "START"),
             ("second half", "END"))


def _mod(part: str | None) -> dict[str, Any]:
    if not part:
        return {}
    lowered = " ".join(part.lower().split())
    for word, mod in _PART_MOD:
        if word in lowered:
            return {"mod": mod}
    return {}


def _unit(word: str) -> str:
    word = word.lower()
    word = UNIT_PLURALS.get(word, word)
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def _direction(rel: str | None) -> int | None:
    if not rel:
        return None
    rel = " ".join(rel.lower().split())
    if rel in ("last", "past", "previous", "the past", "the previous", "the last", "this past", "latest",
               "the latest"):
        return -1
    if rel in ("next", "coming", "the coming", "the next", "the following", "this coming"):
        return 1
    return 0


def _tense(ctx: Context, start: int) -> int:
    """The clause's direction, news' default (the past) when the parse does not say."""
    found = ctx.direction(start)
    return PAST if found is None else found


def resolve_iso(m: re.Match[str], ctx: Context) -> Found | None:
    try:
        if m["iy"]:
            day = date(int(m["iy"]), int(m["im"]), int(m["id"]))
            if m["ih"]:
                return Found("TIME", f"{day.isoformat()}T{m['ih']}:{m['imin']}")
            return Found("DATE", day.isoformat())
        return Found("DATE", date(int(m["uy"]), int(m["um"]), int(m["ud"])).isoformat())
    except ValueError:
        return None


def resolve_clock(m: re.Match[str], ctx: Context) -> Found | None:
    if m["named"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["named"].lower()]
        if (hour, minute) == (24, 0) and ("after" in (m["approx"] or "").lower()
                                          or ctx.word_before(m.start()) == "after"):
            hour = 0  # "after midnight on May 3": the small hours of May 3, not its end
    elif m["hhmm"]:
        hour, minute = (int(part) for part in m["hhmm"].split(":"))
    else:
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        ampm = m["ampm"].lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 24:
            return None
    day = _day_of(m["day"], m.start(), ctx) if m["day"] else ctx.anchor
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}" if day else None
    return Found("TIME", value, {"mod": "APPROX"} if m["approx"] else {})


def _day_of(words: str, start: int, ctx: Context) -> date | None:
    lowered = words.lower()
    if ctx.anchor is None:
        return None
    if lowered in ("today", "yesterday", "tomorrow"):
        return ctx.anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[lowered])
    weekday = weekday_number(words)
    if weekday:
        ahead = _LOOKS_AHEAD.search(ctx.text, max(0, start - 40), start) is not None
        return weekday_near(ctx.anchor, weekday, FUTURE if ahead else _tense(ctx, start))
    month_word, _, day_word = words.partition(" ")
    month, day = month_number(month_word), int(re.sub(r"\D", "", day_word.strip()) or 0)
    return _month_day(month, day, ctx.anchor, _tense(ctx, start)) if month else None


def _month_day(month: int, day: int, anchor: date, direction: int | None) -> date | None:
    """The date of "March 5" nearest the anchor, leaning the clause's way."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return nearest(options, anchor, direction)


# How far the other way from the anchor a date may lie and still be read in a clause's
# tense: a past-tense "was planned for early March" written on 10 February is next month's.
# Tuned on TimeBank+AQUAINT (values against DCTs): 61 days beat 0, 31 and 92.
_TOLERANCE = timedelta(days=61)


def nearest(options: list[date], anchor: date, direction: int | None) -> date | None:
    """Of ``options``, the latest no later than the anchor (plus the tolerance) in a past
    clause, the earliest no earlier than it in a future one, else the nearest."""
    if not options:
        return None
    if direction == PAST:
        return max([d for d in options if d <= anchor + _TOLERANCE] or options)
    if direction == FUTURE:
        return min([d for d in options if d >= anchor - _TOLERANCE] or options)
    return min(options, key=lambda d: abs((d - anchor).days))


_OF_THE = re.compile(r"\s+of\s+the\b", re.IGNORECASE)


def resolve_date(m: re.Match[str], ctx: Context) -> Found | None:
    extra = _mod(m["part"])
    month_word = m["m1"] or m["m2"] or m["m3"]
    month = month_number(month_word)
    if month is None:
        return None
    year_word = m["y1"] or m["y2"] or m["y3"]
    day_word = m["d1"] or m["d2"]
    if day_word is None and not year_word and not m["ry"] and not m["rel"] and not m["part"]:
        # "May" and "March" are words too: alone, they need a lead such as "in" or "since".
        if month in (3, 5) and ctx.word_before(m.start()) not in YEAR_LEADS:
            return None
        if _OF_THE.match(ctx.text, m.end()):
            return None  # "the March of the Mothers": a name; a month would be "March of 1998"
    year: int | None = int(year_word) if year_word else None
    if year is None and m["ry"] and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["ry"].lower()]
    if day_word is not None:
        day = int(re.sub(r"\D", "", day_word))
        if year is not None:
            try:
                return Found("DATE", date(year, month, day).isoformat(), extra)
            except ValueError:
                return None
        if ctx.anchor is None:
            return Found("DATE", None, extra)
        rel = _direction(m["rel"])
        found = _month_day(month, day, ctx.anchor, rel if rel else ctx.direction(m.start()))
        return Found("DATE", found.isoformat() if found else None, extra)
    if year is None:
        if ctx.anchor is None:
            return Found("DATE", None, extra)
        this_month = ctx.anchor.replace(day=1)
        options = [date(ctx.anchor.year + step, month, 1) for step in (-1, 0, 1)]
        rel = _direction(m["rel"])
        if rel:  # "last March" is strictly before this month, "next March" strictly after
            options = [d for d in options if (d - this_month).days * rel > 0]
            year = (max(options) if rel < 0 else min(options)).year
        elif rel == 0:
            year = ctx.anchor.year
        else:
            found = nearest(options, this_month, _tense(ctx, m.start()))
            year = found.year if found else ctx.anchor.year
    return Found("DATE", f"{year:04d}-{month:02d}", extra)


def resolve_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    weekday = weekday_number(m["wd"])
    if weekday is None:
        return None
    rel = (m["rel"] or "").lower()
    pod = (m["pod"] or "").lower()
    extra: dict[str, Any] = {"part_of_day": PARTS_OF_DAY[pod]} if pod else {}
    plural = m["wd"].lower().endswith("s") and not m["wd"].endswith(".") or pod and m[0].lower().endswith(pod + "s")
    if rel in ("each", "every") or plural:  # "on Tuesdays", "Tuesday nights": every one of them
        suffix = f"T{PARTS_OF_DAY[pod]}" if pod else ""
        return Found("SET", f"XXXX-WXX-{weekday}{suffix}", extra)
    if ctx.anchor is None:
        return Found("DATE", None, extra)
    direction = _direction(rel) if rel else None
    if direction is None and _LOOKS_AHEAD.search(ctx.text, max(0, m.start() - 40), m.start()):
        direction = FUTURE  # "until Tuesday", "as soon as Tuesday": a time still to come
    if direction is None or direction == 0:
        # a weekday in the present tense is a schedule ("talks resume on Tuesday"), unless it
        # names an event by a possessive ("follows Tuesday's vote"): news reports that as done
        possessive = _POSSESSIVE.match(ctx.text, m.end("wd"))
        direction = _tense(ctx, m.start()) or (PAST if possessive else FUTURE)
    day = weekday_near(ctx.anchor, weekday, direction)
    if rel and direction and day == ctx.anchor:
        day += timedelta(days=7 * direction)  # "next Tuesday" is never today
    return Found("DATE", day.isoformat(), extra)


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def resolve_relday(m: re.Match[str], ctx: Context) -> Found | None:
    word = " ".join((m["word"] or m["tonight"] or m["this"] or m["word3"] or "").lower().split())
    pod = (m["pod"] or m["pod2"] or m["pod3"] or "").lower()  # pod3: "mid-afternoon (yesterday)"
    if word == "today" and ctx.word_before(m.start()) == "of":
        return Found("DATE", "PRESENT_REF")  # "the Europe of today"
    if word == "today" and _POSSESSIVE.match(ctx.text, m.end()):
        return None  # "today's youth" is any time now; "yesterday's vote" was on that day
    if ctx.anchor is None:
        return Found("TIME" if pod else "DATE", None)
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "tomorrow": 1,
              "last": -1 if pod == "night" else 0}.get(word, 0)
    day = ctx.anchor + timedelta(days=offset)
    if pod:
        return Found("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[pod]}")
    return Found("DATE", day.isoformat())


def resolve_relunit(m: re.Match[str], ctx: Context) -> Found | None:
    if m["end"]:
        return Found("DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else None, {"mod": "END"})
    if m["weekend"]:
        if ctx.anchor is None:
            return Found("DATE", None)
        # said on a weekday of a past weekend, it is the one before this week's
        past = ctx.anchor.isoweekday() < 6 and _tense(ctx, m.start()) == PAST
        return Found("DATE", f"{Point(ctx.anchor, 'week').shifted(-1 if past else 0).value()}-WE")
    unit = (m["unit"] or m["unit2"]).lower()
    extra = _mod(m["part"] or m["part2"])
    rel = m["rel"] or ""
    step = _direction(rel) if rel else 0
    if ctx.anchor is None:
        return Found("DATE", None, extra)
    if unit == "quarter" and rel.lower() in ("the latest", "latest") and ctx.recent_quarter(m.start()):
        return Found("DATE", ctx.recent_quarter(m.start()).value(), extra)  # type: ignore[union-attr]
    if unit in SEASONS:
        return Found("DATE", _season(unit, step or 0, ctx.anchor), extra)
    if unit == "weekend":
        week = Point(ctx.anchor, "week").shifted(step or 0)
        return Found("DATE", f"{week.value()}-WE", extra)
    point = Point(ctx.anchor, unit if unit != "decade" else "decade")  # type: ignore[arg-type]
    return Found("DATE", point.shifted(step or 0).value(), extra)


# After "the year": it names a reporting period by its last day ("the year ended Sept. 30",
# "the year to March 2005").
_PERIOD_END = re.compile(r"\s+(?:end(?:ed|ing)\b|to\s+(?=\d|(?-i:[A-Z])[a-z]{2}))", re.IGNORECASE)


def resolve_the_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the year" is the current year (TimeML's reading of a definite period without another
    anchor); followed by "ended"/"ending"/"to <date>" it is the year-long period, a duration."""
    if _PERIOD_END.match(ctx.text, m.end()) and not m["part"]:
        return Found("DURATION", "P1Y")
    extra = _mod(m["part"])
    return Found("DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else None, extra)


def _season(name: str, step: int, anchor: date) -> str:
    code = SEASONS[name]
    starts = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}[code]
    year = anchor.year
    if step < 0 and anchor.month < starts + 3:
        year -= 1
    elif step > 0 and anchor.month >= starts:
        year += 1
    return f"{year:04d}-{code}"


def resolve_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    if m["y4"]:  # "the 1988 period": the reported quarter of that year
        reference = ctx.recent_quarter(m.start())
        if reference is None:
            return None
        number = (reference.day.month - 1) // 3 + 1
        return Found("DATE", f"{m['y4']}-Q{number}")
    if m["unit3"]:
        det = " ".join(m["det2"].lower().split())
        reference = ctx.recent_quarter(m.start())
        if m["unit3"].lower() == "period" and reference is None:
            return None  # "the period" is a quarter only in a report about one
        if ctx.anchor is None:
            return Found("DATE", None)
        current = Point(ctx.anchor, "quarter")
        if det == "the current":
            point = current
        elif det in ("the year-ago", "the year-earlier", "last year's") or m["year_back"]:
            # "last year's quarter", "the same period last year", "the quarter a year ago"
            return Found("DATE", (reference or current.shifted(-1)).shifted(-4).value())
        else:  # "the quarter", "the latest quarter": the one being reported on
            point = reference or current.shifted(-1)
        ctx.name_quarter(point, m.end())
        return Found("DATE", point.value())
    if m["qn"]:
        number, unit, year_word = int(m["qn"]), "quarter", m["y3"]
    else:
        ordinal = m["ord"].lower()
        unit = m["unit"].lower()
        year_word = m["y0"] or m["y1"] or m["y2"]
        if ordinal in ("last", "final"):
            if not year_word:
                return None  # "last quarter" is the previous one: relunit's business
            number = 4 if unit == "quarter" else 2
        else:
            number = ORDINALS[ordinal]
        if number > (4 if unit == "quarter" else 2):
            return None
        if unit == "half" and not (m["det"] or year_word):
            return None
    det = " ".join((m["det"] or "").lower().split()) if not m["qn"] else ""
    letter = "Q" if unit == "quarter" else "H"
    if m["plural"]:
        return Found("SET", f"XXXX-{letter}{number}")
    year: int | None = int(year_word) if year_word else None
    relative = m["ry"] if not m["qn"] else None
    if year is None and ctx.anchor is not None:
        shift_years = {"this year's": 0, "last year's": -1, "next year's": 1, "the year-earlier": -1,
                       "the year-ago": -1}.get(det, 0)
        if relative:
            shift_years = {"this": 0, "last": -1, "next": 1}[relative.lower()]
        year = ctx.anchor.year + shift_years
        if not shift_years and not relative:
            # a quarter still to come this year was, in a past-tense clause, last year's
            month = 3 * number - 2 if letter == "Q" else 6 * number - 5
            if month > ctx.anchor.month and _tense(ctx, m.start()) == PAST and letter == "Q" \
                    and ctx.recent_quarter(m.start()) is None:
                year -= 1
    if year is None:
        return Found("DATE", None)
    value = f"{year:04d}-{letter}{number}"
    if letter == "Q":
        ctx.name_quarter(Point(date(year, 3 * number - 2, 1), "quarter"), m.end())
    return Found("DATE", value)


def resolve_year(m: re.Match[str], ctx: Context) -> Found | None:
    extra = _mod(m["part"] or m["dmod"] or m["wmod"])
    if m["year"]:
        lead = ctx.word_before(m.start())
        if lead in WORK_NOUNS:
            return None  # a title: "the film 1917"
        if m["prepost"]:  # "post-1959 politics"
            extra["mod"] = "AFTER" if m["prepost"].lower() == "post" else "BEFORE"
        trusted = m["part"] or m["prepost"] or m["fiscal"] or lead in YEAR_LEADS or (
            ctx.is_date_entity(m.start("year")) and not _COUNTED.match(ctx.text, m.end()))
        if not trusted:
            return None
        return Found("DATE", m["year"], extra)
    if m["decade"]:
        digits = m["decade"].lstrip("'\u2019")[:-1]
        if len(digits) == 2:
            digits = "19" + digits  # "the '80s"
        return Found("DATE", digits[:3], extra)
    if m["decword"]:
        return Found("DATE", f"19{DECADES[m['decword'].lower()]}", extra)
    if m["cent"]:
        number = ORDINALS[m["cent"].lower()]
        return Found("DATE", f"{number - 1:02d}")
    if m["spelled"]:
        return _spelled_year(m["spelled"])
    return Found("DATE", f"{m['syear']}-{SEASONS[m['season'].lower()]}")


def _spelled_year(words: str) -> Found | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(parts[3:])) if len(parts) > 3 else 0
        return Found("DATE", f"{2000 + int(rest or 0):04d}")
    century = parse_number(parts[0])
    rest = parse_number(" ".join(parts[1:]))
    if century is None or rest is None:
        return None
    return Found("DATE", f"{int(century) * 100 + int(rest):04d}")


def resolve_ago(m: re.Match[str], ctx: Context) -> Found | None:
    if m["yago"]:
        if ctx.anchor is None:
            return Found("DATE", None)
        reference = ctx.recent_quarter(m.start())
        if reference is not None:
            return Found("DATE", reference.shifted(-4).value())
        return Found("DATE", f"{ctx.anchor.year - 1:04d}")
    unit = _unit(m["unit"])
    if unit not in UNITS:
        return None
    count = parse_number(m["num"])
    sign = 1 if (m["dir"] or "").lower().split()[:1] in (["from"], ["hence"]) or \
        (m["rdir"] or "").lower() == "later" else -1
    extra = {"mod": "APPROX"} if m["approx"] else {}
    if count is None:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", extra)
    if m["half"]:
        count += 0.5  # "a year and a half ago"
    if m["rdir"] and unit in ("second", "minute", "hour", "day", "night", "week"):
        # "three days later": TimeML marks the span, "later" is a signal
        return Found("DURATION", duration_value(count, unit), extra)
    if ctx.anchor is None:
        return Found("DATE", None, extra)
    letter, multiple, _ = UNITS[unit]
    if unit == "year" and not float(count).is_integer():  # "two and a half years ago": a month
        moved = shift(ctx.anchor, "month", round(count * 12) * sign)
        return Found("DATE", Point(moved, "month").value(), extra)
    steps = int(count) * multiple * sign
    reference = ctx.recent_quarter(m.start())
    if unit == "year" and reference is not None and abs(steps) == 1:
        return Found("DATE", reference.shifted(4 * steps).value(), extra)
    if unit in ("second", "minute", "hour"):
        return Found("DATE", ctx.anchor.isoformat(), extra)
    base = {"night": "day", "fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit)
    try:
        moved = shift(ctx.anchor, base, steps if unit not in ("fortnight",) else steps)
    except (OverflowError, ValueError):
        return Found("DATE", None, extra)
    granularity = {"decade": "year", "century": "year", "night": "day"}.get(unit, base)
    return Found("DATE", Point(moved, granularity).value(), extra)  # type: ignore[arg-type]


def duration_value(count: float | None, unit: str) -> str:
    """P3D, PT5H, P2Y6M, PXW: the ISO 8601 duration of ``count`` ``unit``s."""
    letter, multiple, is_time = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"
    total = count * multiple
    if float(total).is_integer():
        return f"{prefix}{int(total)}{letter}"
    whole = int(total)
    half = {"Y": "6M", "D": "12H", "H": "30M", "M": "15D" if not is_time else "30S", "W": "3D12H"}.get(letter, "")
    if letter == "D":
        return f"P{whole}DT12H"
    return f"{prefix}{whole}{letter}{half}"


# After "a quarter", "three-quarters": "of" and what is shared, not a span of time;
# "several quarters of losses" is a span; "of" with a determiner or a pronoun is a fraction.
_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|your|all|this|that|these|those|them|it|a|an)\b"
                       r"(?!\s+(?:century|hour)\b)", re.IGNORECASE)


def resolve_duration(m: re.Match[str], ctx: Context) -> Found | None:
    unit = _unit(m["unit"])
    if unit not in UNITS:
        return None
    number_words = " ".join(m["num"].lower().split())
    if unit == "second" and number_words in ("a", "an"):
        return None  # "a second time"
    if unit == "quarter" and _SHARE_OF.match(ctx.text, m.end()):
        return None  # "three-quarters of its food", "a quarter of the market": a fraction
    count = parse_number(m["num"])
    if count is not None and m["half"]:
        count += 0.5  # "a year and a half"
    if count is not None and 1500 <= count <= 2099 and not m["unit"].lower().endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1988 quarters
    extra = {"mod": "APPROX"} if m["approx"] else {}
    if number_words in ("a", "an") and not m["approx"] and not m["which"]:
        before = ctx.word_before(m.start())
        if before in ("times", "once", "twice") or re.search(r"[\d%]\s*$", ctx.text[max(0, m.start() - 3):m.start()]):
            return Found("SET", duration_value(1, unit))  # "twice a year", "$5 a month"
    return Found("DURATION", duration_value(count, unit), extra)


_UNIT_LEADS = frozenset({"for", "within", "over", "in", "after", "took", "takes", "take", "lasted"})


def resolve_units(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.word_before(m.start()) not in _UNIT_LEADS:
        return None
    return Found("DURATION", duration_value(None, _unit(m["unit"])))


def resolve_ref(m: re.Match[str], ctx: Context) -> Found | None:
    if m["present"]:
        return Found("DATE", "PRESENT_REF")
    if m["past"]:
        return Found("DATE", "PAST_REF")
    if m["future"]:
        return Found("DATE", "FUTURE_REF")
    if m["vague"]:  # "recent weeks", "the coming days": TimeML's PXW, PXD
        unit = _unit(next(word for word in m["vague"].lower().split() if _unit(word) in UNITS))
        return Found("DURATION", duration_value(None, unit))
    adjective = m["adj"].lower()
    return Found("DATE", {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[adjective])


def resolve_set(m: re.Match[str], ctx: Context) -> Found | None:
    if m["adverb"]:
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "hourly": "hour", "quarterly": "quarter", "nightly": "day", "biweekly": "week"}[m["adverb"].lower()]
        count = 2 if m["adverb"].lower() == "biweekly" else 1
        return Found("SET", duration_value(count, unit))
    what = m["what"]
    weekday = weekday_number(what)
    if weekday:
        return Found("SET", f"XXXX-WXX-{weekday}")
    month = month_number(what)
    if month:
        return Found("SET", f"XXXX-{month:02d}")
    unit = _unit(what)
    if unit not in UNITS:
        return None
    count = parse_number(m["num"]) if m["num"] else 1
    return Found("SET", duration_value(count, unit))


def resolve_the_season(m: re.Match[str], ctx: Context) -> Found | None:
    if m["sword"][0].isupper():
        return None  # "the Winter Olympics", "the Arab Spring": a name
    code = SEASONS[m["sword"].lower()]
    extra = _mod(m["smod"])
    if ctx.anchor is None:
        return Found("DATE", None, extra)
    options = [date(year, SEASON_MONTH[code], 1) for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    found = nearest(options, ctx.anchor, _tense(ctx, m.start()))
    return Found("DATE", f"{found.year:04d}-{code}" if found else None, extra)


def resolve_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = " ".join(m["name"].lower().replace("\u2019", "'").split())
    if m["y"]:
        return Found("DATE", _holiday(name, int(m["y"])).isoformat())
    if ctx.anchor is None:
        return Found("DATE", None)
    rel = _direction(m["rel"])
    if rel is not None:
        return Found("DATE", _holiday(name, ctx.anchor.year + rel).isoformat())
    # "Thanksgiving Day" alone: the one the clause points to, else the nearest one
    options = [_holiday(name, year) for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    day = nearest(options, ctx.anchor, _tense(ctx, m.start()))
    return Found("DATE", day.isoformat() if day else None)


def _holiday(name: str, year: int) -> date:
    if name.startswith("christmas"):
        return date(year, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return date(year, 12, 31) if name.endswith("eve") else date(year, 1, 1)
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 4, 4)
    if name.startswith("easter"):
        return easter(year)
    if name.startswith("independence"):
        return date(year, 7, 4)
    if name.startswith("election"):  # the US one: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    return date(year, 10, 31)


Resolver = Callable[[re.Match[str], Context], Found | None]


def _around(resolver: Resolver) -> Resolver:
    """The resolver of a day that may be named by its neighbour: "the day before last Tuesday",
    "the day after March 5", "the week of March 6" (the ISO week that holds that day)."""
    def resolve(m: re.Match[str], ctx: Context) -> Found | None:
        found = resolver(m, ctx)
        if found is None or not m["around"]:
            return found
        if found.value is None or not _DAY_VALUE.fullmatch(found.value):
            return None
        day = date.fromisoformat(found.value)
        around = " ".join(m["around"].lower().split())
        if around.startswith("the week"):
            return Found("DATE", Point(day, "week").value(), found.extra)
        return Found("DATE", (day + timedelta(days=1 if "after" in around else -1)).isoformat(), found.extra)
    return resolve


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
RESOLVERS: dict[str, Resolver] = {
    "iso": resolve_iso, "clock": resolve_clock, "date": _around(resolve_date), "weekday": _around(resolve_weekday),
    "relday": resolve_relday, "relunit": resolve_relunit, "quarter": resolve_quarter, "year": resolve_year,
    "ago": resolve_ago, "duration": resolve_duration, "units": resolve_units, "ref": resolve_ref, "set": resolve_set,
    "the_year": resolve_the_year, "the_season": resolve_the_season, "holiday": resolve_holiday,
}
