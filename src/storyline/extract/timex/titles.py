"""Titles that hold a time word: "60 Minutes", "High Noon", "This Week", "USA Today". A
common time word written with a capital where no sentence starts is part of a name."""

from __future__ import annotations

import re

# ("Century" is left out: "the 19th Century" is how many newsrooms write the century itself.)
_COMMON = frozenset("""
second seconds minute minutes hour hours day days week weeks weekend month months year years decade decades
noon midnight midday today tonight tomorrow yesterday morning afternoon evening night now future past
""".split())
# What may stand before the first word of a sentence: its end, a line break, a colon, an
# opening quotation mark or bracket.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|``|--)[\s\"'\u201c\u2018(\[`]*$")
_WORD = re.compile(r"[A-Za-z]+")


def in_a_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a capitalised common time word ("Week", not "WEEK") that
    does not open a sentence."""
    for word in _WORD.finditer(text, start, end):
        letters = word.group()
        if letters[0].isupper() and not letters.isupper() and letters.lower() in _COMMON:
            if not _SENTENCE_START.search(text, max(0, word.start() - 12), word.start()):
                return True
    return False
