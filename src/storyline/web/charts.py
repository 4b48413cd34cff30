"""The geometry of the server-drawn SVG charts: a date axis, rows of marks, bars.

Only numbers and labels come from here; the templates draw them (escaped like all text),
each chart next to a text alternative. Dates are TIMEX3 values placed at their first day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storyline.extract.timex.calendar import value_start

WIDTH = 880
LABEL_WIDTH = 170  # the row labels on the left of a chart
ROW_HEIGHT = 26
AXIS_HEIGHT = 28


@dataclass(frozen=True, slots=True)
class DateAxis:
    first: date
    last: date
    left: float = LABEL_WIDTH
    right: float = WIDTH - 20

    @classmethod
    def over(cls, values: Iterable[str | None], within: tuple[str | None, str | None] = (None, None),
             **kw: Any) -> DateAxis | None:
        """The axis over the dates of ``values`` (only those ``within`` two dates, each
        widened by a month, when given: a story's background years do not squeeze it)."""
        low, high = (value_start(bound) for bound in within)
        days = [day for day in (value_start(value) for value in values) if day is not None
                and (low is None or day >= low - timedelta(days=31)) and (high is None or day <= high + timedelta(days=31))]
        if not days:
            return None
        first, last = min(days), max(days)
        pad = max(1, (last - first).days // 30)
        return cls(first - timedelta(days=pad), last + timedelta(days=pad), **kw)

    def x(self, value: str | date | None) -> float | None:
        day = value if isinstance(value, date) else value_start(value)
        if day is None:
            return None
        span = max(1, (self.last - self.first).days)
        return round(self.left + (self.right - self.left) * (day - self.first).days / span, 1)

    def ticks(self) -> list[dict[str, Any]]:
        """Labelled ticks: days for a span of weeks, months for a span of months, else years."""
        span = (self.last - self.first).days
        out: list[dict[str, Any]] = []
        if span <= 21:
            day = self.first
            while day <= self.last:
                out.append({"x": self.x(day), "label": day.strftime("%d %b")})
                day += timedelta(days=max(1, span // 7))
            return out
        step = 1 if span <= 400 else 3 if span <= 1200 else 12
        month = date(self.first.year, self.first.month, 1)
        if step == 12:
            month = date(self.first.year + 1, 1, 1)
        while month <= self.last:
            if month >= self.first:
                if step == 12:
                    label = str(month.year)
                else:
                    label = month.strftime("%b %Y") if month.month <= step or not out else month.strftime("%b")
                out.append({"x": self.x(month), "label": label})
            index = month.month - 1 + step
            month = date(month.year + index // 12, index % 12 + 1, 1)
        return out


def rows_chart(groups: Sequence[tuple[str, Sequence[dict[str, Any]]]], axis: DateAxis) -> dict[str, Any]:
    """One row per group (an outlet, an actor), each mark at its ``date``; a mark keeps its
    fields and gains ``x``; marks without a calendar date are left out (and counted)."""
    rows: list[dict[str, Any]] = []
    undated = 0
    for index, (label, marks) in enumerate(groups):
        row: dict[str, Any] = {"label": label, "y": AXIS_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2, "marks": []}
        for mark in marks:
            x = axis.x(mark.get("date"))
            if x is None or not axis.left <= x <= axis.right:
                undated += 1
            else:
                row["marks"].append({**mark, "x": x})
        rows.append(row)
    return {"width": WIDTH, "height": AXIS_HEIGHT + len(rows) * ROW_HEIGHT + 6, "label_width": LABEL_WIDTH,
            "axis": axis.ticks(), "rows": rows, "undated": undated, "right": axis.right}


def coverage(days: Iterable[str | None], width: int = 220, height: int = 44) -> dict[str, Any] | None:
    """Bars of articles per day (per week over a long span) between a story's first and last."""
    counted = Counter(day for day in (value_start(value) for value in days) if day is not None)
    if not counted:
        return None
    first, last = min(counted), max(counted)
    weekly = (last - first).days > 60
    if weekly:
        weeks: Counter[date] = Counter()
        for day, n in counted.items():
            weeks[_monday(day)] += n
        counted, first = weeks, _monday(first)
    step = 7 if weekly else 1
    slots = (last - first).days // step + 1
    bar = max(1.0, (width - 2) / slots)
    top = max(counted.values())
    bars = [{"x": round(1 + (day - first).days // step * bar, 1), "width": round(max(1.0, bar - 1), 1),
             "height": round((height - 14) * n / top, 1), "y": round(height - 12 - (height - 14) * n / top, 1),
             "label": f"{n} article(s) {'in the week of' if weekly else 'on'} {day.isoformat()}"}
            for day, n in sorted(counted.items())]
    return {"width": width, "height": height, "bars": bars, "first": first.isoformat(), "last": last.isoformat(),
            "unit": "week" if weekly else "day"}


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
