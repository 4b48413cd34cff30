"""Storage of articles and their annotations (SQLite by default, PostgreSQL by URL)."""

from storyline.store.store import DEFAULT_DB, Store, resolve_url

__all__ = ["DEFAULT_DB", "Store", "resolve_url"]
