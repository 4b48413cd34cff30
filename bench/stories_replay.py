"""Story clustering replayed over cached pipeline output, to iterate on its settings fast.

    bench/stories_replay.py ECB.jsonl [--cache PATH] [--rebuild] [--errors] [--diagnose] [--orders N]
                            [--set NAME=VALUE]

The first run processes the documents with the pipeline (as ``storyline eval stories``
does) and pickles their article records to ``--cache``; later runs read the cache and
cluster the records alone, in file order, through the same code as ingest
(``cluster_views`` over the story tables of an in-memory SQLite store, 100 articles a
transaction), and print story- and topic-level B-cubed and the clustering time per
article. ``--errors`` lists, for every predicted cluster mixing gold stories and every gold
story split over clusters, the documents with their titles and leading entities.
``--diagnose`` prints, for each article whose gold story already has articles, why it did
not join the story holding most of them (not a candidate, under the threshold, vetoed, or
another story scored higher) and each merge of two stories; ``--orders N`` adds the story F1 over N random orders
(seeds 1 to N) and their mean; ``--set NAME=VALUE`` overrides a setting for one run.
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

from sqlalchemy import create_engine, select

from storyline.corpus.story_features import ArticleView, article_features
from storyline.eval.stories import bcubed, gold_of, read_documents
from storyline.store import schema
from storyline.store.schema import story_articles
from storyline.store.stories import SqlClusterState, cluster_views

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
    unique = list({record["id"]: record for record in reversed(records)}.values())[::-1]  # one text, one article
    started = time.process_time()
    for first in range(0, len(unique), BATCH):
        chunk = unique[first:first + BATCH]
        with engine.begin() as connection:
            for assignment in cluster_views(connection, [ArticleView.of_record(r) for r in chunk]):
                seen[assignment.article_id] = assignment.story_id
    spent = time.process_time() - started
    with engine.connect() as connection:  # the final stories (a merge moves earlier articles)
        seen = dict(connection.execute(select(story_articles.c.article_id, story_articles.c.story_id)).all())
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


def override(setting: str) -> None:
    """Set a module constant (NAME=VALUE, VALUE a Python literal) of the clustering modules."""
    import ast

    from storyline.corpus import clustering, story_features

    name, _, value = setting.partition("=")
    for module in (clustering, story_features):
        if hasattr(module, name):
            setattr(module, name, ast.literal_eval(value))
            return
    raise SystemExit(f"no setting {name!r}")


def diagnose(records: list[dict], gold: dict[str, str]) -> Counter:
    """Wraps ``assign`` to classify each article's decision against the gold: for an article
    whose gold story already has articles, the story holding most of them (the right one)
    was joined, not a candidate, under the threshold, vetoed, or beaten by another."""
    from storyline.corpus import clustering

    doc_of = {record["id"]: record["doc"] for record in records}
    members: dict[int, list[str]] = defaultdict(list)
    outcome: Counter = Counter()
    real_assign = clustering.assign

    def traced(state, features):
        doc = doc_of[features.id]
        mates = Counter(sid for sid, docs in members.items() for d in docs if gold[d] == gold[doc])
        right = max(mates, key=lambda sid: (mates[sid], -sid)) if mates else None
        frequencies = state.document_frequencies(features.keys)
        vector = clustering.weighted_vector(features, frequencies, state.document_count())
        query = [k for k in clustering._index_keys(vector, frequencies) if frequencies.get(k, 0)]
        found = state.candidates(query, clustering.MAX_CANDIDATES)
        detail = ""
        if right is not None:
            story = state.story(right)
            score = clustering.story_score(vector, features, story)
            detail = f"right={right} score={score:.3f} veto={clustering.vetoed(features, story)} cand={right in found}"
        done = real_assign(state, features)
        members[done.story_id].append(doc)
        if right is None:
            kind = "first, new" if len(members[done.story_id]) == 1 else "first, joined another"
        elif done.story_id == right:
            kind = "joined the right story"
        elif right not in found:
            kind = "right story not a candidate"
        elif clustering.vetoed(features, state.story(right)):
            kind = "right story vetoed"
        elif len(members[done.story_id]) == 1:
            kind = "under threshold, new story"
        else:
            kind = "another story won"
        outcome[kind] += 1
        if kind not in ("joined the right story", "first, new"):
            wrong = Counter(gold[d] for d in members[done.story_id] if d != doc)
            print(f"  {doc:14} {kind:28} -> {done.story_id} (score {done.score:.3f}, holds {dict(wrong)}) {detail}")
        return done

    clustering.assign = traced
    real_merge = SqlClusterState.merge

    def merged(self, kept, gone, new_keys):  # the second pass: gone's articles are kept's now
        members[kept.id].extend(members.pop(gone.id, []))
        print(f"  {'':14} {'merged':28} {gone.id} -> {kept.id} (holds {dict(Counter(gold[d] for d in members[kept.id]))})")
        return real_merge(self, kept, gone, new_keys)

    SqlClusterState.merge = merged
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-ecb-dev-records.pkl"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--shuffle", type=int, default=None, metavar="SEED",
                        help="cluster the documents in a random order (seeded) instead of file order")
    parser.add_argument("--orders", type=int, default=0, metavar="N",
                        help="also cluster in N random orders (seeds 1..N) and print their story F1 and mean")
    parser.add_argument("--diagnose", action="store_true", help="classify each article's decision")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a setting of corpus/clustering.py or story_features.py for this run")
    args = parser.parse_args()
    if args.orders and args.diagnose:
        parser.error("--orders and --diagnose do not go together (the diagnosis traces one order)")
    for setting in args.set:
        override(setting)
    documents = read_documents(args.path)
    records = records_of(args.path, args.cache, args.rebuild)
    in_file_order = list(records)
    if args.shuffle is not None:  # another arrival order: does a setting hold beyond the file's?
        import random

        random.Random(args.shuffle).shuffle(records)
    outcome = diagnose(records, gold_of(documents, "story")) if args.diagnose else None
    predicted, spent = cluster(records)
    if outcome:
        print(dict(outcome))
    for level in ("story", "topic"):
        score = bcubed(predicted, gold_of(documents, level))
        print(f"{level:6} P {score.precision:.4f} R {score.recall:.4f} F1 {score.f1:.4f}")
    print(f"{len(set(predicted.values()))} stories; clustering {1000 * spent / len(records):.2f} ms/article (CPU)")
    if args.errors:
        errors(records, predicted, gold_of(documents, "story"))
    if args.orders:
        print_orders(in_file_order, gold_of(documents, "story"), args.orders)
    return 0


def print_orders(records: list[dict], gold: dict[str, str], count: int) -> None:
    """Story F1 over ``count`` random orders of the file (seeds 1..count, as ``--shuffle``)
    and their mean: a change that only helps the file's order moves the file figure, not
    this mean."""
    import random

    scores = []
    for seed in range(1, count + 1):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        scores.append(bcubed(cluster(shuffled)[0], gold))
    print("random orders, story F1: " + " ".join(f"{score.f1:.4f}" for score in scores))
    print(f"random orders, mean     P {sum(s.precision for s in scores) / count:.4f} "
          f"R {sum(s.recall for s in scores) / count:.4f} F1 {sum(s.f1 for s in scores) / count:.4f}")


if __name__ == "__main__":
    sys.exit(main())
