"""Pages that cost a comparison across articles, kept while the store does not change.

Keyed by the page and its arguments, each entry valid for one ``corpus.generation()`` (which
changes whenever an article is stored); the least recently used go first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
# Pages kept: a story page of a large story holds a few MB of records.
DEFAULT_SIZE = 32


class PageCache:
    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, generation: Any, build: Callable[[], T]) -> T:
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] == generation:
                self._items.move_to_end(key)
                return found[1]
        value = build()
        with self._lock:
            self._items[key] = (generation, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
