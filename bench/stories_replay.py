"""Story clustering replayed over cached pipeline output, to iterate on its settings fast.

    bench/stories_replay.py ECB.jsonl [--cache PATH] [--rebuild] [--errors]

The first run processes the documents with the pipeline (as ``storyline eval stories``
does) and pickles their article records to ``--cache``; later runs read the cache and
cluster the records alone, in file order, through the same code as ingest
(``cluster_views`` over the story tables of an in-memory SQLite store, 100 articles a
transaction), and print story- and topic-level B-cubed and the clustering time per
article. ``--errors`` lists, for every predicted cluster mixing gold stories and every gold
story split over clusters, the documents with their titles and leading entities.
The figures match ``storyline eval stories`` on the same file (the records are the
articles' own records, and features are a pure function of them).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import create_engine

from storyline.corpus.story_features import ArticleView, article_features
from storyline.eval.stories import bcubed, gold_of, read_documents
from storyline.store import schema
from storyline.store.stories import cluster_views

BATCH = 100


def records_of(path: Path, cache: Path, rebuild: bool) -> list[dict]:
    if cache.exists() and not rebuild:
        return pickle.loads(cache.read_bytes())
    from storyline.model import RawDocument
    from storyline.pipeline import Pipeline

    documents = read_documents(path)
    raws = [RawDocument(doc=d.doc_id, content=d.text, kind="text", origin=str(path)) for d in documents]
    records = [article.to_record() for article in Pipeline().pipe(raws)]
    cache.write_bytes(pickle.dumps(records))
    return records


def cluster(records: list[dict]) -> tuple[dict[str, int], float]:
    """doc -> story id, and the CPU seconds spent clustering."""
    engine = create_engine("sqlite://")
    schema.metadata.create_all(engine)
    story_of: dict[str, int] = {}
    seen: dict[str, int] = {}
    started = time.process_time()
    for first in range(0, len(records), BATCH):
        chunk = records[first:first + BATCH]
        with engine.begin() as connection:
            for assignment in cluster_views(connection, [ArticleView.of_record(r) for r in chunk]):
                seen[assignment.article_id] = assignment.story_id
    spent = time.process_time() - started
    engine.dispose()
    for record in records:
        story_of[record["doc"]] = seen[record["id"]]
    return story_of, spent


def describe(record: dict) -> str:
    features = article_features(ArticleView.of_record(record))
    people = sorted(features.people.items(), key=lambda item: -item[1])[:3]
    places = sorted(features.places.items(), key=lambda item: -item[1])[:3]
    numbers = [key for key in features.keys if key.startswith("n:")][:4]
    return (f"{record['doc']:16} {(record.get('title') or '')[:60]!r:64} people={people} places={places} "
            f"numbers={numbers} date={features.event_date}")


def errors(records: list[dict], predicted: dict[str, int], gold: dict[str, str]) -> None:
    by_doc = {record["doc"]: record for record in records}
    clusters: dict[int, list[str]] = defaultdict(list)
    for doc in gold:
        clusters[predicted[doc]].append(doc)
    print("== merged (a predicted story mixing gold stories)")
    for story_id, docs in sorted(clusters.items()):
        mix = Counter(gold[doc] for doc in docs)
        if len(mix) > 1:
            print(f"story {story_id}: {dict(mix)}")
            for doc in docs:
                print(f"   [{gold[doc]:12}] {describe(by_doc[doc])}")
    print("== split (a gold story over several predicted stories)")
    spread: dict[str, Counter] = defaultdict(Counter)
    for doc in gold:
        spread[gold[doc]][predicted[doc]] += 1
    for story, counts in sorted(spread.items()):
        if len(counts) > 1:
            print(f"{story}: {dict(counts)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-ecb-dev-records.pkl"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    documents = read_documents(args.path)
    records = records_of(args.path, args.cache, args.rebuild)
    predicted, spent = cluster(records)
    for level in ("story", "topic"):
        score = bcubed(predicted, gold_of(documents, level))
        print(f"{level:6} P {score.precision:.4f} R {score.recall:.4f} F1 {score.f1:.4f}")
    print(f"{len(set(predicted.values()))} stories; clustering {1000 * spent / len(records):.2f} ms/article (CPU)")
    if args.errors:
        errors(records, predicted, gold_of(documents, "story"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
