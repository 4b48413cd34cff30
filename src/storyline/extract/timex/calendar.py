"""Calendar arithmetic on TIMEX3 values: a point of some granularity, shifted and
formatted as ISO 8601 with reduced precision, and read back for sorting."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Granularity = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]
# Season codes -> the month they start in (northern hemisphere), for ordering only.
SEASON_MONTH = {"WI": 1, "SP": 3, "SU": 6, "FA": 9}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period: the one of ``granularity`` that contains ``day``."""

    day: date
    granularity: Granularity
    season: str | None = None

    def value(self) -> str:
        day = self.day
        match self.granularity:
            case "day":
                return day.isoformat()
            case "week":
                year, week, _ = day.isocalendar()
                return f"{year}-W{week:02d}"
            case "month":
                return f"{day.year:04d}-{day.month:02d}"
            case "quarter":
                return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
            case "half":
                return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
            case "season":
                return f"{day.year:04d}-{self.season}"
            case "year":
                return f"{day.year:04d}"
            case "decade":
                return f"{day.year // 10:03d}"
            case "century":
                return f"{day.year // 100:02d}"
        raise ValueError(self.granularity)

    def shifted(self, count: int) -> Point:
        """The period ``count`` steps of its own granularity later (earlier if negative)."""
        return Point(shift(self.day, self.granularity, count), self.granularity, self.season)


def shift(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` units (day, week, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120,
              "century": 1200}[unit] * count
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("date out of range")
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (1 = Monday) nearest ``anchor`` in ``direction`` (-1 past, +1 future);
    the anchor's own weekday is the anchor itself (news name today's weekday for today)."""
    delta = weekday - anchor.isoweekday()
    if direction < 0 and delta > 0:
        delta -= 7
    elif direction > 0 and delta < 0:
        delta += 7
    return anchor + timedelta(days=delta)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (1 = Monday) of a month (Thanksgiving: the 4th Thursday of November)."""
    first = date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + timedelta(days=offset + 7 * (nth - 1))


_VALUE = re.compile(
    r"^(?P<year>\d{2,4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d?)|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
)


def value_start(value: str | None) -> date | None:
    """The first day a calendar value covers ("2025-W11" -> 2025-03-10); None for
    durations, sets, *_REF and values with unknown parts."""
    if not value:
        return None
    match = _VALUE.match(value)
    if not match or "X" in value[: match.end() + 1]:
        return None
    digits = match["year"]
    year = int(digits) * 10 ** (4 - len(digits))
    try:
        if match["week"]:
            return date.fromisocalendar(year, int(match["week"]), 1)
        if match["quarter"]:
            return date(year, 3 * int(match["quarter"]) - 2, 1)
        if match["half"]:
            return date(year, 1 if match["half"] == "1" else 7, 1)
        if match["season"]:
            return date(year, SEASON_MONTH[match["season"]], 1)
        return date(year, int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None


def value_end(value: str | None) -> date | None:
    """The last day a calendar value covers (None as for ``value_start``)."""
    start = value_start(value)
    if start is None or value is None:
        return None
    match = _VALUE.match(value)
    assert match is not None
    if match["day"]:
        return start
    if match["week"]:
        return start + timedelta(days=6)
    if match["month"]:
        return shift(start, "month", 1) - timedelta(days=1)
    if match["quarter"] or match["season"]:
        return shift(start, "quarter", 1) - timedelta(days=1)
    if match["half"]:
        return shift(start, "half", 1) - timedelta(days=1)
    span = {4: "year", 3: "decade", 2: "century"}[len(match["year"])]
    return shift(start, span, 1) - timedelta(days=1)
