"""Watch mode: poll feeds and pages, store what is new, round after round.

Each round fetches every source; a feed's items are fetched in turn. A page whose bytes
are those fetched last time (or that answers 304 to a conditional request) is not looked
at again; the others go through skip early (an article already stored is not parsed) and
the pipeline, and are stored through the Store, which files each new article under its
story. A source or item that fails is reported and simply tried again next round.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.errors import InputError
from storyline.ingest.feeds import parse_feed
from storyline.ingest.urls import Fetched, Fetcher, page_document
from storyline.model import Article, RawDocument
from storyline.pipeline import Pipeline
from storyline.scale.skip import SkipStored
from storyline.store import Store


@dataclass
class Round:
    """What one round did."""

    number: int
    counts: Counter[str] = field(default_factory=Counter)  # added, revision, duplicate, unchanged
    failed: list[InputError] = field(default_factory=list)


@dataclass
class _Seen:
    digest: str
    etag: str | None
    modified: str | None


class Watcher:
    """Polls ``sources`` (feed or article URLs) into ``store``; call ``poll()`` per round."""

    def __init__(self, sources: list[str], store: Store, pipeline: Pipeline, fetcher: Fetcher,
                 on_error: Callable[[InputError], None] = lambda error: None) -> None:
        self.sources = sources
        self.store = store
        self.pipeline = pipeline
        self.fetcher = fetcher
        self.on_error = on_error
        self.seen: dict[str, _Seen] = {}
        self.rounds: list[Round] = []

    def poll(self) -> Round:
        current = Round(len(self.rounds) + 1)
        self.rounds.append(current)
        documents: list[RawDocument | InputError] = []
        for source in self.sources:
            documents += self._documents_of(source, current)
        skip = SkipStored(self.store, self.pipeline)
        articles: list[Article] = []
        for result in self.pipeline.pipe(skip(documents)):
            if isinstance(result, InputError):
                self._fail(current, result)
            else:
                articles.append(result)
        current.counts["duplicate"] += skip.skipped
        if articles:
            current.counts.update(self.store.add_many(articles))
        return current

    def _documents_of(self, source: str, current: Round) -> list[RawDocument | InputError]:
        fetched = self._fetch(source, current)
        if fetched is None:
            return []
        if fetched.status == 304:
            current.counts["unchanged"] += 1
            return []
        items = parse_feed(fetched.content, fetched.content_type, fetched.url)
        if items is None:  # an article page
            return self._page(fetched, {}, current)
        documents: list[RawDocument | InputError] = []
        for item in items:
            page = self._fetch(item.link, current)
            if page is not None:
                documents += self._page(page, item.meta(), current)
        return documents

    def _fetch(self, url: str, current: Round) -> Fetched | None:
        known = self.seen.get(url)
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.modified:
            headers["If-Modified-Since"] = known.modified
        try:
            fetched = self.fetcher.get(url, headers)
        except InputError as error:
            self._fail(current, error)
            return None
        return fetched

    def _page(self, fetched: Fetched, meta: dict, current: Round) -> list[RawDocument | InputError]:
        if fetched.status == 304:
            current.counts["unchanged"] += 1
            return []
        digest = hashlib.sha1(fetched.content).hexdigest()
        known = self.seen.get(fetched.url)
        headers = {key.lower(): value for key, value in fetched.headers.items()}
        self.seen[fetched.url] = _Seen(digest, headers.get("etag"), headers.get("last-modified"))
        if known and known.digest == digest:
            current.counts["unchanged"] += 1
            return []
        return [page_document(fetched, meta)]

    def _fail(self, current: Round, error: InputError) -> None:
        current.failed.append(error)
        self.on_error(error)

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for done in self.rounds:
            total.update(done.counts)
            total["failed"] += len(done.failed)
        return total
