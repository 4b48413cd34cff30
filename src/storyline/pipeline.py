"""The Pipeline: clean -> spaCy -> extractors, for one document or a stream of them."""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from storyline.clean import clean_document
from storyline.errors import InputError
from storyline.extract import DEFAULT_EXTRACTORS, get_extractors
from storyline.model import Article, RawDocument
from storyline.nlp import DEFAULT_MODEL, MAX_ARTICLE_CHARS, load_model

Result = Article | InputError
# Documents per spaCy batch and per chunk sent to a worker process.
BATCH_SIZE = 32
# Characters per spaCy batch, at most: spaCy's working memory grows with the tokens of a
# batch (about 15 KB a token with en_core_web_sm), so a batch of 32 long articles would
# raise the peak with the corpus. Measured on news_corpus.jsonl articles 1000-1400: batches
# of 32 docs peak at 560 MB RSS, of 32,000 characters at 285 MB, at the same speed.
BATCH_CHARS = 32_000
# Chunks in flight per worker: enough to keep workers busy, few enough that memory does
# not grow with the corpus (Pool.imap alone would read the whole input ahead).
_CHUNKS_IN_FLIGHT_PER_WORKER = 4
# Articles parsed within one spaCy memory zone: the strings and lexemes that their Docs add
# to the vocabulary are freed when the zone closes, so memory does not grow with the corpus.
ZONE_SIZE = 256
# Articles a Pipeline parses outside any memory zone first: their words stay in the
# vocabulary and in the tokenizer's cache, which spaCy does not fill inside a zone, so that
# later articles find the common words there (about 2% faster). A fixed amount of memory,
# not one that grows with the corpus.
WARM_UP_ARTICLES = 256
# Docs the parsing thread of a one-process run may have ready before the extractors take
# them (a few batches' worth: enough to keep the model busy, little memory).
_PARSED_AHEAD = 64
# How often the feeder of the worker pool checks, while it waits for a free slot, whether
# the consumer has stopped.
_SLOT_WAIT_SECONDS = 0.1


class Pipeline:
    """Turns RawDocuments into annotated Articles.

    ``process`` raises InputError for a bad document; ``pipe`` yields the InputError in
    its place and goes on, so that one bad article never loses the others.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        extractors: Iterable[str] = DEFAULT_EXTRACTORS,
        default_published: str | None = None,
    ) -> None:
        self.model_name = model
        self.extractor_names = tuple(extractors)
        self.extractors = get_extractors(self.extractor_names)
        self.default_published = default_published
        self._parsed_outside_zones = 0

    @property
    def nlp(self) -> Language:
        needs = frozenset().union(*(extractor.requires for extractor in self.extractors))
        return load_model(self.model_name, needs)

    def clean(self, raw: RawDocument) -> Article:
        article = clean_document(raw, default_published=self.default_published)
        if len(article.text) > MAX_ARTICLE_CHARS:
            raise InputError(raw.origin, f"article text is over {MAX_ARTICLE_CHARS:,} characters")
        return article

    def annotate(self, doc: Doc, article: Article) -> Article:
        for extractor in self.extractors:
            extractor.run(doc, article)
        return article

    def process(self, raw: RawDocument) -> Article:
        article = self.clean(raw)
        return self.annotate(self.nlp(article.text), article)

    def process_text(self, text: str, doc: str = "<text>", **meta: Any) -> Article:
        """Process one plain-text article given as a string (``meta``: published, url, ...)."""
        return self.process(RawDocument(doc=doc, content=text, kind="text", origin=doc, meta=meta))

    def pipe(self, items: Iterable[RawDocument | InputError], n_process: int = 1,
             batch_size: int = BATCH_SIZE) -> Iterator[Result]:
        """Process a stream, in order; InputErrors in the input pass through in their place.

        The input is read as it is consumed (ZONE_SIZE documents at a time here, a few chunks
        per worker with ``n_process`` > 1), so memory does not grow with the stream.
        """
        if n_process <= 1:
            return self._pipe_here(items, batch_size, parse_ahead=True)
        return self._pipe_in_workers(items, n_process, batch_size)

    def _pipe_here(self, items: Iterable[RawDocument | InputError], batch_size: int,
                   parse_ahead: bool = False) -> Iterator[Result]:
        iterator = iter(items)
        while chunk := list(islice(iterator, ZONE_SIZE)):
            yield from self._pipe_chunk(chunk, batch_size, parse_ahead)

    def _pipe_chunk(self, chunk: list[RawDocument | InputError], batch_size: int,
                    parse_ahead: bool = False) -> list[Result]:
        """Clean, parse and annotate a chunk inside one spaCy memory zone; each result keeps
        the place of its input. Articles hold plain strings, so they outlive the zone.

        With ``parse_ahead`` the model parses in a thread of its own while this one runs the
        extractors: the model's matrix products release the GIL, so the extractors' Python
        work runs beside them on a second core (one-process runs only: worker processes
        already keep the cores busy). Measured on 200 news-corpus articles, two cores: 5-8%
        less wall time, the same CPU time."""
        results: list[Result] = [item if isinstance(item, InputError) else self._clean_or_error(item)
                                 for item in chunk]
        texts = [(result.text, index) for index, result in enumerate(results) if isinstance(result, Article)]
        if not texts:
            return results
        nlp = self.nlp
        warming_up = self._parsed_outside_zones < WARM_UP_ARTICLES
        if warming_up:
            self._parsed_outside_zones += len(texts)
        parse = _parse_ahead if parse_ahead else _parse
        with contextlib.nullcontext() if warming_up else nlp.memory_zone():
            for doc, index in parse(nlp, texts, batch_size):
                article = results[index]
                assert isinstance(article, Article)
                try:
                    results[index] = self.annotate(doc, article)
                except Exception as exc:  # one broken document must not stop the batch
                    results[index] = _unexpected(article, exc)
        return results

    def _clean_or_error(self, raw: RawDocument) -> Article | InputError:
        try:
            return self.clean(raw)
        except InputError as error:
            return error
        except Exception as exc:  # one broken document must not stop the batch
            return _unexpected(raw, exc)

    def _pipe_in_workers(self, items: Iterable[RawDocument | InputError], n_process: int,
                         batch_size: int) -> Iterator[Result]:
        slots = threading.BoundedSemaphore(n_process * _CHUNKS_IN_FLIGHT_PER_WORKER)
        stopping = threading.Event()

        def chunks() -> Iterator[list[RawDocument | InputError]]:
            iterator = iter(items)
            while chunk := list(islice(iterator, batch_size)):
                # Wait for a free slot, but stop when the consumer has gone away: the pool's
                # task thread runs this generator and must end for the pool to shut down.
                while not slots.acquire(timeout=_SLOT_WAIT_SECONDS):
                    if stopping.is_set():
                        return
                yield chunk

        settings = (self.model_name, self.extractor_names, self.default_published)
        context = multiprocessing.get_context("spawn")
        with context.Pool(n_process, initializer=_start_worker, initargs=settings) as pool:
            try:
                for results in pool.imap(_run_chunk, chunks()):
                    slots.release()
                    yield from results
            finally:
                stopping.set()


def _parse(nlp: Language, texts: list[tuple[str, int]], batch_size: int) -> Iterator[tuple[Doc, int]]:
    for batch in _batches(texts, batch_size, BATCH_CHARS):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


class _ParseFailed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


_PARSED_ALL = object()


def _parse_ahead(nlp: Language, texts: list[tuple[str, int]], batch_size: int) -> Iterator[tuple[Doc, int]]:
    """``_parse`` run in a thread, its docs handed over in order; an error of the model is
    raised here. The thread has ended when this generator ends, however it ends (the
    caller's memory zone must not close under it)."""
    handoff: queue.Queue[Any] = queue.Queue(maxsize=_PARSED_AHEAD)
    stopping = threading.Event()

    def parse() -> None:
        try:
            for item in _parse(nlp, texts, batch_size):
                if stopping.is_set():
                    return
                handoff.put(item)
        except BaseException as error:  # handed to the consumer
            handoff.put(_ParseFailed(error))
        else:
            handoff.put(_PARSED_ALL)

    thread = threading.Thread(target=parse, name="storyline-parse", daemon=True)
    thread.start()
    try:
        while (item := handoff.get()) is not _PARSED_ALL:
            if isinstance(item, _ParseFailed):
                raise item.error
            yield item
    finally:
        stopping.set()
        while thread.is_alive():  # unblock a put the consumer will never take
            with contextlib.suppress(queue.Empty):
                handoff.get(timeout=_SLOT_WAIT_SECONDS)
        thread.join()


def _batches(texts: list[tuple[str, int]], size: int, chars: int) -> Iterator[list[tuple[str, int]]]:
    """Consecutive spaCy batches of at most ``size`` texts and ``chars`` characters (a text
    longer than that makes a batch of its own)."""
    batch: list[tuple[str, int]] = []
    total = 0
    for item in texts:
        if batch and (len(batch) == size or total + len(item[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += len(item[0])
    if batch:
        yield batch


def _unexpected(item: RawDocument | Article, exc: Exception) -> InputError:
    origin = getattr(item, "origin", None) or item.doc
    return InputError(origin, f"could not be processed ({type(exc).__name__}: {exc})")


_worker_pipeline: Pipeline | None = None
_worker_error: Exception | None = None


def _start_worker(model: str, extractors: tuple[str, ...], default_published: str | None) -> None:
    global _worker_pipeline, _worker_error
    try:
        _worker_pipeline = Pipeline(model, extractors, default_published)
        _worker_pipeline.nlp  # load the model once, before the first chunk arrives
    except Exception as exc:
        # Raised from the first chunk instead, in the caller: a failing initializer would
        # make the pool start new workers forever.
        _worker_error = exc


def _run_chunk(chunk: list[RawDocument | InputError]) -> list[Result]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return list(_worker_pipeline._pipe_here(chunk, len(chunk)))
