"""Time of the comparison layer (corpus/compare) over a store of news articles.

    .venv/bin/python bench/bench_compare.py ../shared/eval/news-corpus/news_corpus.jsonl [--limit N] [--db STORE]

Without --db, the first --limit articles of the corpus are ingested into a temporary store
first (not timed here: bench_ingest.py measures ingest). Then, over all the store's articles
as one collection: reading the records, `compare` (families, measures, propositions,
conflicts) and `positions` for a proposition, each timed (the fastest of --repeat runs).
The comparison runs when asked, never in the per-article ingest path.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storyline.corpus.compare import compare, positions
from storyline.store import Store
from storyline.store.article_records import latest_records


def _timed(repeat: int, job):  # noqa: ANN001, ANN202
    """(wall seconds, CPU seconds, result) of the fastest of ``repeat`` runs; the CPU time is
    the figure to trust on a loaded machine."""
    best, cpu, result = float("inf"), float("inf"), None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = job()
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return best, cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only (default: all)")
    parser.add_argument("--db", default=None, help="an existing store to compare (skips the ingest)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--proposition", default="government troops deployed after a ceasefire")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = str(Path(folder) / "compare.db")
            subset = Path(folder) / "subset.jsonl"
            with args.corpus.open(encoding="utf-8") as source, subset.open("w", encoding="utf-8") as out:
                for index, line in enumerate(source):
                    if args.limit is not None and index >= args.limit:
                        break
                    out.write(line)
            print(f"ingesting {args.limit or 'all the'} articles of {args.corpus} ...", file=sys.stderr)
            subprocess.run([str(Path(sys.executable).with_name("storyline")), "ingest", str(subset), "--db", db],
                           check=True, stdout=subprocess.DEVNULL)
        with Store(db) as store:
            read_s, read_cpu, records = _timed(args.repeat, lambda: latest_records(store))
        compare_s, compare_cpu, result = _timed(args.repeat, lambda: compare(records))
        positions_s, positions_cpu, found = _timed(args.repeat, lambda: positions(records, args.proposition))
    statements = sum(len(r.get("quotes") or []) for r in records)
    print(f"articles {len(records)}  quotes {statements}  (wall s, CPU s)")
    print(f"read records   {read_s:8.2f} {read_cpu:8.2f}")
    print(f"compare        {compare_s:8.2f} {compare_cpu:8.2f}  ({1000 * compare_cpu / max(1, len(records)):.1f} CPU ms/article): "
          f"{len(result.families)} families, {len(result.measures)} measures ({len(result.disputes)} disputed), "
          f"{len(result.positions)} propositions, {len(result.conflicts)} conflicts")
    print(f"positions      {positions_s:8.2f} {positions_cpu:8.2f}  ({len(found)} actors on {args.proposition!r})")

if __name__ == "__main__":
    main()
