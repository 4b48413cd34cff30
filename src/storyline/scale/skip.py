"""Skip early: documents whose article is already stored are dropped before NLP.

Per batch of documents, one query asks the store which stored articles have one of the
batch's URLs or input names. A document with no such article is new and goes on untouched
(a first run into an empty store cleans nothing twice). A document with one is cleaned
here, and dropped when the SHA-1 of its clean text (the article id) is stored already: a
rerun over the same inputs costs reading and cleaning, not parsing. A changed text (a new
revision) goes on to the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from storyline.clean import meta_field
from storyline.errors import InputError
from storyline.model import RawDocument
from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.store.ingested import stored_versions

Item = RawDocument | InputError
# Documents per store query: large enough that the query costs little per document,
# small enough that the pipeline is never kept waiting.
SKIP_BATCH = 256


class SkipStored:
    """A filter over a stream of documents; ``skipped`` counts what it dropped."""

    def __init__(self, store: Store, pipeline: Pipeline, batch: int = SKIP_BATCH) -> None:
        self.store = store
        self.pipeline = pipeline
        self.batch = batch
        self.skipped = 0

    def __call__(self, items: Iterable[Item]) -> Iterator[Item]:
        iterator = iter(items)
        while chunk := list(islice(iterator, self.batch)):
            yield from self.filter(chunk)

    def filter(self, chunk: list[Item]) -> list[Item]:
        keys = {key for item in chunk if isinstance(item, RawDocument) for key in identity_keys(item)}
        known = stored_versions(self.store, keys) if keys else {}
        kept: list[Item] = []
        for item in chunk:
            if isinstance(item, RawDocument) and self.is_stored(item, known):
                self.skipped += 1
            else:
                kept.append(item)
        return kept

    def is_stored(self, raw: RawDocument, known: dict[str, set[str]]) -> bool:
        versions = set().union(*(known.get(key, set()) for key in identity_keys(raw)))
        if not versions:
            return False  # nothing stored under its URL or name: new, not cleaned here
        try:
            return self.pipeline.clean(raw).id in versions
        except Exception:  # the pipeline reports a document it cannot clean, in its place
            return False


def identity_keys(raw: RawDocument) -> set[str]:
    """What the store may know this document by: its URL and its input name."""
    url = meta_field(raw.meta, "url")
    return {str(url), raw.doc} if url else {raw.doc}
