"""Running a slow regular expression only where it can match.

The extractors' grammars (time expressions, amounts) are large patterns that Python's
``re`` would try at every character of an article. Each comes with a cheap *trigger*,
something every match holds within ``reach`` characters of its start ("million", a
digit, a month name), so the pattern is only tried at the word starts from ``reach``
characters before each trigger up to the trigger. The result is exactly what
``pattern.finditer`` over each line of the text gives (a match never runs over a line
break); the tests compare the two.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Grammar:
    """A pattern with its trigger (matched against the lower-cased text), its reach, and
    where a match can start (the same look-behind the pattern opens with)."""

    pattern: re.Pattern[str]
    trigger: re.Pattern[str]
    reach: int
    starts: re.Pattern[str]


class ScannedText:
    """A text prepared once for any number of grammars: its line starts and its
    lower-cased copy (offsets unchanged)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = _lower_same_length(text)
        self.line_starts = [0] + [found.end() for found in re.finditer("\n", text)]

    def matches(self, grammar: Grammar) -> Iterator[re.Match[str]]:
        """What ``grammar.pattern.finditer`` gives over each line, in text order."""
        return self.matches_from(grammar, [hit.start() for hit in grammar.trigger.finditer(self.lowered)])

    def matches_from(self, grammar: Grammar, hits: list[int]) -> Iterator[re.Match[str]]:
        """As ``matches``, given where ``grammar.trigger.finditer`` over the lower-cased text
        finds the trigger (the starts of its hits, in order), found by the caller."""
        resume = 0  # as finditer: the next match starts where the last one ended
        for first, last, line_end in self._windows(hits, grammar.reach):
            for start in grammar.starts.finditer(self.text, max(first, resume), last + 1):
                if start.start() < resume:
                    continue  # inside the match just found
                match = grammar.pattern.match(self.text, start.start(), line_end)
                if match is not None and match.end() > match.start():
                    yield match
                    resume = match.end()

    def _windows(self, hits: list[int], reach: int) -> Iterator[tuple[int, int, int]]:
        """(first start, last start, line end) of the stretches where a match may start:
        from ``reach`` characters before each trigger hit to the hit, within its line."""
        current: list[int] | None = None
        for hit in hits:
            line = bisect_right(self.line_starts, hit) - 1
            line_end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
            first = max(self.line_starts[line], hit - reach)
            if current is not None and current[2] == line_end and first <= current[1]:
                current[1] = hit
                continue
            if current is not None:
                yield current[0], current[1], current[2]
            current = [first, hit, line_end]
        if current is not None:
            yield current[0], current[1], current[2]


def _lower_same_length(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay the same (a few
    characters, such as "İ", lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
