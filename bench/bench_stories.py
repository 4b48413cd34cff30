"""What story clustering costs next to ingest (``make bench``).

    bench/bench_stories.py CORPUS.jsonl [--db STORE --ingest-seconds S] [--sample N] [--probe 100]

1. Ingest time: ``storyline ingest CORPUS`` into a fresh SQLite store, timed (clustering
   included, as it runs when articles are stored). To stay affordable, ``--db`` reuses a
   store of the corpus made earlier (``--ingest-seconds`` then gives its ingest time, else
   the first ``--sample`` articles are ingested and timed and the time scaled to the corpus).
2. Clustering time: the stored records are read back (not timed), the story tables emptied,
   and every article clustered again in the order of the store, 100 per transaction as
   ingest does, timing only the clustering (features, candidates, scores, writes).
3. Time per added article with about 1,000 stored (articles 1,001 to 1,000 + probe, timed
   in step 2) and with the whole corpus stored (the same articles added again under other
   ids in one transaction that is rolled back, so the store is left as it was).

Times are CPU seconds (user + system; for ingest, of its process and workers), not wall
seconds: on a shared machine the wall clock measures the neighbours as much as the code.

Targets (PASS/FAIL; exit 0 unless ``--strict``): clustering at most 5% of ingest time;
per-added-article time with the corpus stored at most 1.5 x that with 1,000 stored.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, select

from storyline.corpus.story_features import ArticleView
from storyline.store import Store, resolve_url
from storyline.store.schema import articles
from storyline.store.stories import cluster_views, forget_stories

BATCH = 100  # articles per transaction, as `storyline ingest` stores them
SHARE_TARGET = 0.05
GROWTH_TARGET = 1.5
STORYLINE = str(Path(sys.executable).with_name("storyline"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", help="a store of the corpus made earlier (reused, its stories re-made)")
    parser.add_argument("--ingest-seconds", type=float, help="the CPU seconds the ingest of --db took")
    parser.add_argument("--sample", type=int, default=500, help="articles ingested to estimate the ingest time")
    parser.add_argument("--probe", type=int, default=100, help="articles timed for the per-article figures")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    lines = sum(1 for line in args.corpus.open(encoding="utf-8") if line.strip())
    print(f"corpus {args.corpus}: {lines} articles; load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory(prefix="storyline-bench-stories-") as folder:
        db, ingest_seconds, how = _store(args, Path(folder), lines)
        figures = _cluster(db, args.probe)
    cluster_seconds, at_1000, at_all, count = figures
    share = cluster_seconds / ingest_seconds
    growth = at_all / at_1000 if at_1000 else float("inf")
    print(f"ingest ({how}): {ingest_seconds:.1f} CPU s for {lines} articles")
    print(f"clustering {count} articles: {cluster_seconds:.1f} CPU s = {share:.1%} of ingest "
          f"[{'PASS' if share <= SHARE_TARGET else 'FAIL'} <= {SHARE_TARGET:.0%}]")
    print(f"per added article: {at_1000 * 1000:.2f} ms with 1,000 stored, {at_all * 1000:.2f} ms with {count:,} "
          f"stored = {growth:.2f} x [{'PASS' if growth <= GROWTH_TARGET else 'FAIL'} <= {GROWTH_TARGET}]")
    return 1 if args.strict and (share > SHARE_TARGET or growth > GROWTH_TARGET) else 0


def _store(args: argparse.Namespace, folder: Path, lines: int) -> tuple[str, float, str]:
    """The store of the corpus and its ingest time (and how that time was had)."""
    if args.db:
        if args.ingest_seconds:
            return args.db, args.ingest_seconds, "given"
        sample = folder / "sample.jsonl"
        with args.corpus.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
            for number, line in enumerate(source):
                if number >= args.sample:
                    break
                out.write(line)
        seconds = _ingest(sample, folder / "sample.db")
        return args.db, seconds * lines / min(args.sample, lines), f"first {args.sample} timed, scaled"
    db = str(folder / "corpus.db")
    return db, _ingest(args.corpus, db), "measured"


def _ingest(corpus: Path, db: Path | str) -> float:
    """The CPU seconds (user + system) of ``storyline ingest`` over ``corpus``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([STORYLINE, "ingest", str(corpus), "--db", str(db)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # a failed input exits 1
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _cluster(db: str, probe: int) -> tuple[float, float, float, int]:
    """Cluster every stored article again; the clustering seconds, the seconds per added
    article with 1,000 and with all stored, and the number of articles."""
    Store(db).close()  # a store made before the story tables gets them
    # Without the store's foreign-key pragma: the probe's copies have no article rows.
    engine = create_engine(resolve_url(db))
    try:
        with engine.begin() as connection:
            rows = connection.execute(select(articles.c.id, articles.c.record).where(articles.c.is_latest)
                                      .order_by(articles.c.ingested_at, articles.c.doc)).all()
            views = [ArticleView.of_record(record) for _, record in rows]
            forget_stories(connection)
        total, at_1000 = 0.0, 0.0
        for first in range(0, len(views), BATCH):
            batch = views[first:first + BATCH]
            with engine.begin() as connection:
                start = time.process_time()
                cluster_views(connection, batch)
                seconds = time.process_time() - start
            total += seconds
            if first == 1000:
                at_1000 = seconds / len(batch)
        copies = [dataclasses.replace(view, id=view.id[:30] + "-probe") for view in views[1000:1000 + probe]]
        with engine.connect() as connection:
            transaction = connection.begin()
            start = time.process_time()
            cluster_views(connection, copies)
            at_all = (time.process_time() - start) / max(1, len(copies))
            transaction.rollback()
    finally:
        engine.dispose()
    return total, at_1000, at_all, len(views)


if __name__ == "__main__":
    sys.exit(main())
