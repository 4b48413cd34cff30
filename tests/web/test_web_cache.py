"""The page cache: one build per key while the store's generation stays the same."""

from __future__ import annotations

from storyline.web.cache import PageCache


def test_kept_while_the_generation_stays() -> None:
    cache = PageCache(size=2)
    built: list[str] = []

    def build(name: str):
        return lambda: built.append(name) or name.upper()

    assert cache.get("a", 1, build("a")) == "A"
    assert cache.get("a", 1, build("a")) == "A" and built == ["a"]
    assert cache.get("a", 2, build("a")) == "A" and built == ["a", "a"]  # an article was stored
    cache.get("b", 2, build("b"))
    cache.get("c", 2, build("c"))  # "a" is the least recently used: it goes
    cache.get("a", 2, build("a"))
    assert built == ["a", "a", "b", "c", "a"]
