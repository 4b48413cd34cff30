"""Where an ingest spends its time: each stage of Storyline next to spaCy's own share.

    python bench/bench_stages.py CORPUS.jsonl [--limit 500] [--model NAME]

Runs in one process over the first ``--limit`` articles: reading, cleaning, spaCy over
the clean texts (the tokenizer and each enabled component, as ``nlp.pipe`` runs them),
each registered extractor, and the store (records and SQL, into a temporary SQLite
file), each timed on its own. Everything but the model's own components is Storyline's
overhead (components Storyline adds to the pipeline included); ``bench_ingest.py`` needs
it under about 10% of spaCy's time for the 0.9 throughput target. A diagnostic, not a
target: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TypeVar

import spacy

from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import InputError
from storyline.ingest import read_sources
from storyline.model import Article
from storyline.nlp import DEFAULT_MODEL
from storyline.pipeline import BATCH_SIZE, Pipeline
from storyline.store import Store

# Articles cleaned, parsed, annotated and stored together, as the ingest command's batches.
CHUNK = 100
T = TypeVar("T")


class Stopwatch:
    """Seconds spent per stage name."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()

    def timed(self, stage: str, items: Iterator[T]) -> Iterator[T]:
        """``items``, with the time spent producing each one counted for ``stage``."""
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self.seconds[stage] += time.perf_counter() - started
                return
            self.seconds[stage] += time.perf_counter() - started
            yield item


def parse(nlp: Language, texts: list[str], watch: Stopwatch) -> list[Doc]:
    """What ``nlp.pipe`` does, one component at a time, each timed as "spaCy: NAME"."""
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    watch.seconds["spaCy: tokenizer"] += time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
        else:
            docs = [component(doc) for doc in docs]
        watch.seconds[f"spaCy: {name}"] += time.perf_counter() - started
    return docs


def measure(corpus: Path, limit: int, model: str) -> tuple[Stopwatch, int, list[str]]:
    pipeline = Pipeline(model=model)
    nlp = pipeline.nlp
    watch = Stopwatch()
    count = 0
    raws = watch.timed("read", islice(read_sources([corpus]), limit))
    with tempfile.TemporaryDirectory(prefix="storyline-stages-") as tmp, Store(str(Path(tmp) / "s.db")) as store:
        while chunk := list(islice(raws, CHUNK)):
            started = time.perf_counter()
            articles: list[Article] = []
            for raw in chunk:
                if isinstance(raw, InputError):
                    continue
                try:
                    articles.append(pipeline.clean(raw))
                except InputError:
                    continue
            watch.seconds["clean"] += time.perf_counter() - started
            docs = parse(nlp, [article.text for article in articles], watch)
            for doc, article in zip(docs, articles):
                for extractor in pipeline.extractors:
                    started = time.perf_counter()
                    extractor.run(doc, article)
                    watch.seconds[f"extract: {extractor.name}"] += time.perf_counter() - started
            started = time.perf_counter()
            store.add_many(articles)
            watch.seconds["store (records + SQL)"] += time.perf_counter() - started
            count += len(articles)
    return watch, count, list(nlp.pipe_names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=500, help="articles to process (default 500)")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    watch, count, components = measure(args.corpus, args.limit, args.model)
    stock = set(spacy.load(args.model).pipe_names) | {"tokenizer"}
    spacy_seconds = sum(seconds for stage, seconds in watch.seconds.items()
                        if stage.startswith("spaCy: ") and stage[len("spaCy: "):] in stock)
    print(f"{count:,} articles; spaCy components: {', '.join(components)}; batch size {BATCH_SIZE}")
    print(f"{'stage':<36} {'seconds':>8} {'% of spaCy':>10}")
    for stage, seconds in watch.seconds.items():
        print(f"{stage:<36} {seconds:>8.2f} {100 * seconds / spacy_seconds:>9.1f}%")
    print(f"{'spaCy (the model components)':<36} {spacy_seconds:>8.2f} {100.0:>9.1f}%")
    overhead = sum(watch.seconds.values()) - spacy_seconds
    print(f"Storyline beyond spaCy: {100 * overhead / spacy_seconds:.1f}% of spaCy's time, so at best "
          f"{spacy_seconds / (spacy_seconds + overhead):.3f} of its throughput in one process")


if __name__ == "__main__":
    main()
