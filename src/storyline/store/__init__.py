"""Storage of articles and their annotations (SQLite by default, PostgreSQL by URL)."""

from storyline.store.store import DEFAULT_DB, Store, resolve_url
from storyline.store import search_index  # noqa: F401,E402 (makes the full-text index with the tables)

__all__ = ["DEFAULT_DB", "Store", "resolve_url"]
