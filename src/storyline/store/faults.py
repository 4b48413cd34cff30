"""Named points on the store's write path where a test can make a writing process pause,
so that it can be killed exactly there (tests/test_crash.py, bench/faults.py).

Off unless ``STORYLINE_FAULT_PAUSE`` is set, to ``POINT`` or ``POINT:N`` (pause the N-th
time the process reaches POINT; the first by default). The process then prints
``storyline: paused at fault point POINT`` on stderr and sleeps; nothing else changes.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter

PAUSE_ENV = "STORYLINE_FAULT_PAUSE"
# The points, in the order one batch reaches them.
POINTS = (
    "write-begun",     # the batch's transaction is open and holds the write lock; nothing written
    "write-inserted",  # every row of the batch is written, the transaction not yet committed
    "write-committed", # the batch is committed, the ingest has not counted it yet
)
PAUSED_MESSAGE = "storyline: paused at fault point {point}"
# Long enough for any test to kill the process, short enough that a forgotten one ends.
_PAUSE_SECONDS = 600

_reached: Counter[str] = Counter()


def fault_point(point: str) -> None:
    """Pause here when $STORYLINE_FAULT_PAUSE names this point (and this occurrence)."""
    spec = os.environ.get(PAUSE_ENV)
    if not spec:
        return
    name, _, occurrence = spec.partition(":")
    if name != point:
        return
    _reached[point] += 1
    if _reached[point] == int(occurrence or 1):
        print(PAUSED_MESSAGE.format(point=point), file=sys.stderr, flush=True)
        time.sleep(_PAUSE_SECONDS)
