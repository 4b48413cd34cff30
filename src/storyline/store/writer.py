"""Writing articles to the store on a thread of its own, batch by batch, so that parsing
goes on while a batch is written: the SQL statements (SQLite and the database drivers let
other threads run meanwhile) overlap with the next articles' processing."""

from __future__ import annotations

import os
import queue
import threading
from collections import Counter
from types import TracebackType

from storyline.errors import StoreError
from storyline.model import Article
from storyline.store.store import Store

# Batches waiting for the writer, at most: a slow database holds the pipeline back rather
# than let finished articles pile up in memory.
_QUEUED_BATCHES = 2
# Articles per transaction, when set: overrides the caller's batch size (the crash tests set
# it small so that one short run commits several batches).
WRITE_BATCH_ENV = "STORYLINE_WRITE_BATCH"


def write_batch_size(default: int) -> int:
    """$STORYLINE_WRITE_BATCH when set, else ``default``."""
    value = os.environ.get(WRITE_BATCH_ENV, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise StoreError(f"${WRITE_BATCH_ENV} must be a positive number of articles, not {value!r}")
    return int(value)


class BackgroundWriter:
    """``add`` articles; every ``batch_size`` of them are stored in one transaction by a
    writer thread. ``close`` (or leaving the ``with`` block) writes the rest and waits; an
    error of the writer is raised there, or by the next ``add``."""

    def __init__(self, store: Store, batch_size: int) -> None:
        self.counts: Counter[str] = Counter()  # "added", "duplicate", "revision"
        self._store = store
        self._batch_size = write_batch_size(batch_size)
        self._pending: list[Article] = []
        self._batches: queue.Queue[list[Article] | None] = queue.Queue(maxsize=_QUEUED_BATCHES)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="storyline-store-writer", daemon=True)
        self._thread.start()

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:  # the run failed: what was queued is written, the unfinished batch is not
            self._pending = []
            self._stop()

    def add(self, article: Article) -> None:
        self._raise_error()
        self._pending.append(article)
        if len(self._pending) >= self._batch_size:
            self._batches.put(self._pending)
            self._pending = []

    def close(self) -> Counter[str]:
        """Store what is left, wait for the writer; the counts of what was stored."""
        if self._pending:
            self._batches.put(self._pending)
            self._pending = []
        self._stop()
        self._raise_error()
        return self.counts

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._batches.put(None)
            self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _write(self) -> None:
        while (batch := self._batches.get()) is not None:
            if self._error is not None:
                continue  # after a failure, only drain the queue so that add() never blocks
            try:
                for status in self._store.add_many(batch):
                    self.counts[status] += 1
            except BaseException as error:  # handed to the main thread
                self._error = error
