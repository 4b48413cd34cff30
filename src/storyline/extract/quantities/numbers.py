"""Numbers as written in news text: digits, number words, scales, ordinals, vague counts.

Pure functions over strings; the quantity extractor builds its patterns from the word
lists here and calls ``number_value`` on what they match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.extract.lexicon import NUMBER_TENS, NUMBER_UNITS

UNITS = NUMBER_UNITS
TENS = NUMBER_TENS
# Scale words after a number ("1.1bn", "954m", "20k", "3 trillion"), lower-cased.
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}
# Scale words that may stand after a number word ("two million"), unlike "bn" or "k".
WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion")

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

# Vague counts: (low, high) bounds. Chosen from usage: "several" is more than a couple
# and fewer than ten, "a few" two to five, "dozens" two dozen up to a hundred. "Many"
# is left out: it is rarely a number ("many thousands" is read as "thousands").
VAGUE_QUANTIFIERS: dict[str, tuple[float, float]] = {
    "a couple of": (2, 3), "a few": (2, 5), "several": (3, 9),
}
# "dozens of", "hundreds of thousands of": a plural scale word as the count itself.
VAGUE_PLURALS: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2e3, 9999),
    "tens of thousands": (2e4, 99_999), "hundreds of thousands": (2e5, 999_999),
    "millions": (2e6, 9_999_999), "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999), "billions": (2e9, 9_999_999_999),
}

_DIGIT_GROUPS = re.compile(r"[,\u202f\u00a0 ]")
_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


def digits_value(text: str) -> float:
    """The value of "1,234.5" (thousands separated by commas or thin spaces)."""
    return float(_DIGIT_GROUPS.sub("", text))


def words_value(text: str) -> float | None:
    """The value of a number in words: "Twenty-six", "one hundred and five", "a dozen",
    "two million"; None when the words are not a number."""
    total = 0.0
    current = 0.0
    seen = False
    for word in _WORD_SPLIT.split(text.lower().strip()):
        if word in ("and", ""):
            continue
        if word == "a" and not seen:
            current, seen = 1.0, True
            continue
        if word in UNITS or word in TENS:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in WORD_SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def number_value(text: str) -> float | None:
    """The value of a number in digits or in words, or None."""
    stripped = text.strip()
    if stripped[:1].isdigit() or stripped[:1] == ".":
        try:
            return digits_value(stripped)
        except ValueError:
            return None
    return words_value(stripped)


def ordinal_value(text: str) -> int | None:
    """The value of "3rd", "21st" or "third", "twenty-first"; None otherwise."""
    lowered = text.lower().strip()
    digits = lowered.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    words = _WORD_SPLIT.split(lowered)
    if not words or words[-1] not in ORDINAL_WORDS:
        return None
    head = words_value(" ".join(words[:-1])) if len(words) > 1 else 0
    return None if head is None else int(head) + ORDINAL_WORDS[words[-1]]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of words (longest first, spaces matching any whitespace)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
