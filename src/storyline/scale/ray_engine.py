"""``storyline ingest --engine ray``: parse and extract on a Ray cluster, store from the driver.

The driver reads the inputs into shards (scale/shards.py), drops the shards a store records
as finished and the documents skip early recognises, and sends each remaining shard to one
of a set of Ray actors, each holding a loaded Pipeline (the model loads once per actor, one
actor per CPU). Finished shards come back as Articles; the driver alone writes them to the
store, in input order (so that of two copies of one text the first is kept, as in a local
run), one transaction per shard, and then records the shard as finished, so a
run stopped at any point and started again redoes at most the shards in flight, and the
store, which keeps one copy of each text, holds each article once.

Without an address a local Ray instance is started with ``num_cpus`` CPUs and shut down at
the end; with one (``auto``, ``HOST:PORT`` or ``ray://HOST:PORT``) the run joins that
cluster, where every node needs Storyline and its spaCy model installed.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from storyline.errors import InputError, StorylineError
from storyline.model import Article, RawDocument
from storyline.pipeline import Pipeline
from storyline.scale.shards import SHARD_SIZE, Shard, shards_of
from storyline.scale.skip import SkipStored
from storyline.store import Store
from storyline.store.ingested import finished_shards, mark_finished

# Shards waiting at each actor beyond the one it works on: keeps actors busy without
# reading far ahead of them (the driver's memory stays bounded by the shards in flight).
_QUEUED_PER_ACTOR = 1
# Shards read ahead and looked up in the table of finished shards with one query.
_SHARDS_PER_QUERY = 16
# A local instance's shared-object store: results are a few MB per shard; Ray's default
# (30% of RAM) is far more than an ingest needs on a shared machine.
_LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024


@dataclass
class RayRun:
    """What a Ray ingest did."""

    counts: Counter[str] = field(default_factory=Counter)  # added, revision, duplicate
    shards_done_before: int = 0
    shards_processed: int = 0
    skipped_early: int = 0
    failed: list[InputError] = field(default_factory=list)


class ShardWorker:
    """A Ray actor: one Pipeline, loaded once, processing shard after shard."""

    def __init__(self, model: str, extractors: tuple[str, ...], default_published: str | None) -> None:
        self.pipeline = Pipeline(model, extractors, default_published)
        self.pipeline.nlp  # load now, so a missing model fails at start-up

    def process(self, documents: list[RawDocument | InputError]) -> list[Article | InputError]:
        return list(self.pipeline.pipe(documents))


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise StorylineError("--engine ray needs Ray: pip install 'storyline[ray]'") from None
    return ray


def run_on_ray(paths: Iterable[str], pipeline: Pipeline, store: Store, *, meta: str | None = None,
               address: str | None = None, num_cpus: int | None = None, shard_size: int = SHARD_SIZE,
               on_error: Callable[[InputError], None] = lambda error: None,
               on_shard: Callable[[Shard, RayRun], None] = lambda shard, run: None) -> RayRun:
    """Ingest ``paths`` into ``store`` on Ray. An instance already started in this process
    (``ray.init``) is used as it is; else one is joined (``address``) or started locally."""
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        _start(ray, address, num_cpus)
    try:
        actors = _actors(ray, pipeline)
        return _ingest(ray, actors, paths, pipeline, store, meta, shard_size, on_error, on_shard)
    finally:
        if started_here:
            ray.shutdown()


def _start(ray: Any, address: str | None, num_cpus: int | None) -> None:
    quiet = {"log_to_driver": False, "logging_level": "ERROR"}
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=num_cpus or os.cpu_count() or 1, include_dashboard=False,
                 object_store_memory=_LOCAL_OBJECT_STORE_BYTES, **quiet)


def _actors(ray: Any, pipeline: Pipeline) -> list[Any]:
    count = max(1, int(ray.available_resources().get("CPU", 1)))
    worker = ray.remote(num_cpus=1)(ShardWorker)
    settings = (pipeline.model_name, pipeline.extractor_names, pipeline.default_published)
    return [worker.remote(*settings) for _ in range(count)]


def _ingest(ray: Any, actors: list[Any], paths: Iterable[str], pipeline: Pipeline, store: Store,
            meta: str | None, shard_size: int, on_error: Callable[[InputError], None],
            on_shard: Callable[[Shard, RayRun], None]) -> RayRun:
    run = RayRun()
    skip = SkipStored(store, pipeline)
    pending: dict[Any, Shard] = {}
    free = list(actors) * (1 + _QUEUED_PER_ACTOR)  # a slot per shard an actor may hold
    owner: dict[Any, Any] = {}

    def collect(ready: Any) -> None:
        shard = pending.pop(ready)
        free.append(owner.pop(ready))
        articles: list[Article] = []
        try:
            results = ray.get(ready)
        except ray.exceptions.RayError as error:  # an actor died, or failed to load the model
            raise StorylineError(f"a Ray worker failed on shard {shard.index} of {shard.input}: "
                                 f"{_first_line(error)}") from None
        for result in results:
            if isinstance(result, InputError):
                run.failed.append(result)
                on_error(result)
            else:
                articles.append(result)
        if articles:
            run.counts.update(store.add_many(articles))
        mark_finished(store, shard.key, len(articles))
        run.shards_processed += 1
        on_shard(shard, run)

    for batch in _batches(shards_of(paths, meta, shard_size), _SHARDS_PER_QUERY):
        done = finished_shards(store, [shard.key for shard in batch])
        for shard in batch:
            if shard.key in done:
                run.shards_done_before += 1
                continue
            documents = skip.filter(shard.documents)
            if not documents:  # every article of the shard is stored already
                mark_finished(store, shard.key, 0)
                run.shards_processed += 1
                on_shard(shard, run)
                continue
            while not free:
                collect(next(iter(pending)))
            actor = free.pop(0)
            reference = actor.process.remote(documents)
            pending[reference] = shard
            owner[reference] = actor
    while pending:
        collect(next(iter(pending)))
    run.skipped_early = skip.skipped
    run.counts["duplicate"] += skip.skipped
    return run


def _batches(shards: Iterable[Shard], size: int) -> Iterable[list[Shard]]:
    batch: list[Shard] = []
    for shard in shards:
        batch.append(shard)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _first_line(error: Exception) -> str:
    lines = [line for line in str(error).splitlines() if line.strip()]
    return lines[-1].strip() if lines else type(error).__name__
