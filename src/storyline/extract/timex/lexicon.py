"""Words of time: months, weekdays, numbers, units, seasons and parts of the day,
with the regular-expression alternations built from them (longest first)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.extract.lexicon import MONTHS, NUMBER_TENS, NUMBER_UNITS, WEEKDAYS

# Abbreviations are only trusted with their full stop ("Tue."); a bare "We" or "Sat" is a word.
WEEKDAY_ABBREVIATIONS = {
    "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thur.": 4, "thurs.": 4, "fri.": 5,
    "sat.": 6, "sun.": 7,
}
SMALL_NUMBERS = {
    **NUMBER_UNITS,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "a dozen": 12, "a hundred": 100,
    "hundred": 100, "a thousand": 1000,
}
TENS = NUMBER_TENS
# Counts that say "some number of": the value gets an X ("PXY").
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous")
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12,
    "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
    "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17, "eighteenth": 18,
    "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20, "twenty-first": 21,
    "21st": 21,
}
# unit word -> (ISO letter, multiplier, is a time-of-day unit)
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
}
UNIT_PLURALS = {"centuries": "century"}
# Decades in words: "the nineties" (of the 20th century, as news uses them).
DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
           "nineties": 9}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# spaCy-free hints that a bare four-digit number is a year.
# Nouns for a work whose title may be a bare year ("the film 1917", "the album 1989").
WORK_NOUNS = frozenset("""
film films movie movies album albums book books novel novels song songs single show series play
musical documentary opera record game title
""".split())
YEAR_LEADS = frozenset({
    "in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "before", "after",
    "early", "late", "mid", "fiscal", "year", "spring", "summer", "fall", "autumn", "winter", "and",
    "or", "between", "for", "around", "circa", "the", "end", "beginning", "start", "middle",
})


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, a space matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split(" ")) for word in ordered)


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    lowered = word.lower()
    if lowered.endswith("s") and lowered[:-1] in WEEKDAYS:
        lowered = lowered[:-1]
    return WEEKDAYS.get(lowered) or WEEKDAY_ABBREVIATIONS.get(lowered)


def parse_number(text: str) -> int | float | None:
    """A count written in digits or words ("14", "twenty-four", "5 1/2", "a"); None if vague."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words in SMALL_NUMBERS:
        return SMALL_NUMBERS[words]
    if any(words == vague for vague in VAGUE_NUMBERS):
        return None
    half = 0.5 if words.endswith("1/2") or words.endswith("and a half") else 0.0
    words = words.removesuffix("1/2").removesuffix("and a half").strip()
    digits = words.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        value = float(digits) + half
        return int(value) if value.is_integer() else value
    parts = words.split()
    if parts and parts[0] in TENS:
        total = TENS[parts[0]] + sum(SMALL_NUMBERS.get(part, 0) for part in parts[1:2])
        return total + half if half else total
    if words in SMALL_NUMBERS:
        return SMALL_NUMBERS[words] + half
    return None
