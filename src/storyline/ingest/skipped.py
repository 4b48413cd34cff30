"""Counts of input records a reader skipped on purpose (not errors: a WARC's request
records, a feed item that is not an article page), reported at the end of a run.

One process-wide tally, safe across threads: with worker processes the reading still
happens in the driver's process (the pool's feeder thread), so every reader reaches it.
A run reads ``snapshot()`` before and after and reports the difference.
"""

from __future__ import annotations

import threading
from collections import Counter


class SkipTally:
    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, reason: str, count: int = 1) -> None:
        with self._lock:
            self._counts[reason] += count

    def snapshot(self) -> Counter[str]:
        with self._lock:
            return Counter(self._counts)

    def since(self, before: Counter[str]) -> Counter[str]:
        """What was skipped after ``before`` (a snapshot) was taken."""
        now = self.snapshot()
        now.subtract(before)
        return +now


skipped = SkipTally()


def describe(counts: Counter[str]) -> str:
    """'3 WARC request record(s), 1 non-HTML WARC response(s)' in a stable order."""
    return ", ".join(f"{count} {reason}" for reason, count in sorted(counts.items()))
