"""Datelines in scraped text ("LAST UPDATE | 24 Feb", "Published: 3 March 2025 10:30 GMT").

A dateline is a line that holds nothing but an optional label, a date and an optional
time. Its year may be missing; the caller completes it from a credit line ("© AFP 2025").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_LABEL = (
    r"(?P<label>(?:first |last )?(?:published|updated|update|posted|modified|date|last modified)"
    r"(?: on| at)?)?\s*[:|\-\u2013\u2014]?\s*"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = r"(?:\s*(?:,|at|-|\u2013|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*UTC[+-]?\d*)?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_FORMS = [
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?",
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
    r"(?P<iso>(?P<iyear>(?:19|20)\d\d)-(?P<imonth>\d\d)-(?P<iday>\d\d))(?:T[\d:.]+Z?)?",
]
_DATELINE = [
    re.compile(rf"^{_LABEL}{form}{_TIME}\.?$", re.IGNORECASE) for form in _DATE_FORMS
]


@dataclass(frozen=True, slots=True)
class Dateline:
    label: str | None
    month: int
    day: int
    year: int | None

    def resolve(self, fallback_year: int | None) -> date | None:
        """The date, with ``fallback_year`` when the line gave none; None if impossible."""
        year = self.year or fallback_year
        if year is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    @property
    def is_update(self) -> bool:
        label = (self.label or "").lower()
        return "updat" in label or "modif" in label


def parse_dateline(line: str) -> Dateline | None:
    """The date a dateline gives, or None when ``line`` is not a dateline."""
    for pattern in _DATELINE:
        match = pattern.match(line.strip())
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("iso"):
            return Dateline(groups.get("label"), int(groups["imonth"]), int(groups["iday"]), int(groups["iyear"]))
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        if not 1 <= day <= 31:
            return None
        year = int(groups["year"]) if groups.get("year") else None
        return Dateline(groups.get("label"), month, day, year)
    return None
