"""Scale benchmark: ``storyline ingest`` with 1 and 2 local processes and on Ray with 2
workers, the driver's peak memory, the same records locally and on Ray, and the cost of a
rerun into the same store (skip early).

    python bench/bench_scale.py CORPUS.jsonl [--limit 1000] [--workers 2] [--timeout S]

Every run is a subprocess over the first ``--limit`` articles (default 1,000: the whole
corpus takes three times the ~20 minutes of bench_ingest.py; ``--limit 0`` runs it all),
each into a fresh SQLite store, timed from outside with start-up and model loading included
(Ray: starting a local 2-CPU instance too). A one-article run of each engine measures its
start-up, so that throughput without it is printed as well. The driver's peak RSS is its
own VmHWM (workers and Ray's processes aside), read from /proc until it exits.

Then the 1-process store is ingested again over the same input: the rerun recognises every
stored article before parsing and must take under 15% of the first run. The records of the
1-process run and of the Ray run are compared article by article (json of each record).
Figures and PASS/FAIL are printed; the exit status is 0 unless --strict and a target missed.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import MIB, Measure, corpus_size, head, run_measured, storyline_command  # noqa: E402

RERUN_TARGET = 0.15
RAY_SPEEDUP_TARGET = 1.6
DEFAULT_LIMIT = 1000
POLL_SECONDS = 0.2


@dataclass
class Result:
    label: str
    measure: Measure
    driver_peak: int  # bytes: the driver process's own VmHWM
    startup: float  # seconds of a one-article run of the same engine
    articles: int

    @property
    def per_second(self) -> float:
        return self.articles / self.measure.seconds

    @property
    def per_second_after_startup(self) -> float:
        return self.articles / max(self.measure.seconds - self.startup, 1e-9)


def driver_peak_of(command: list[str], timeout: float) -> tuple[Measure, int]:
    """Run ``command`` measured as bench_ingest does, and poll the driver's own VmHWM."""
    peak = [0]
    stop = threading.Event()
    started = threading.Event()
    pid_box: list[int] = []

    def poll() -> None:
        started.wait()
        while not stop.wait(POLL_SECONDS):
            for pid in pid_box[:1]:
                peak[0] = max(peak[0], _vm_hwm(pid))

    # run_measured starts the process itself; find it as our newest child once it exists
    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    before = set(_children(os.getpid()))

    def find_child() -> None:
        while not stop.is_set():
            new = [pid for pid in _children(os.getpid()) if pid not in before]
            if new:
                pid_box.append(new[0])
                started.set()
                return
            time.sleep(0.05)

    finder = threading.Thread(target=find_child, daemon=True)
    finder.start()
    measure = run_measured(command, timeout)
    stop.set()
    started.set()
    poller.join()
    finder.join()
    return measure, peak[0]


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _vm_hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def ingest_command(corpus: Path, db: Path, engine: str, processes: int) -> list[str]:
    command = [*storyline_command(), "ingest", str(corpus), "--db", str(db), "-j", str(processes)]
    return command + (["--engine", "ray"] if engine == "ray" else [])


def checked(measure: Measure, what: str) -> Measure:
    # exit status 1 with a summary line: some inputs failed, each named on stderr
    if measure.returncode not in (0, 1) or "stored " not in measure.stderr:
        sys.stderr.write(measure.stderr[-4000:])
        raise SystemExit(f"{what} exited with status {measure.returncode} after {measure.seconds:.0f}s")
    return measure


def records(db: Path) -> dict[str, str]:
    """doc -> the stored record as canonical JSON (latest revisions)."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT doc, record FROM articles WHERE is_latest").fetchall()
    return {doc: json.dumps(json.loads(record), sort_keys=True) for doc, record in rows}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help=f"first N lines (default {DEFAULT_LIMIT:,}; 0: the whole corpus)")
    parser.add_argument("--workers", type=int, default=2, help="local processes and Ray CPUs (default 2)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a run is killed")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    try:
        import ray  # noqa: F401
        has_ray = True
    except ImportError:
        has_ray = False
    with tempfile.TemporaryDirectory(prefix="storyline-scale-") as tmp:
        work = Path(tmp)
        corpus = head(args.corpus, args.limit, work / "corpus.jsonl") if args.limit else args.corpus
        one = head(args.corpus, 1, work / "one.jsonl")
        articles, words = corpus_size(corpus)
        print(f"corpus: {args.corpus}: {'first ' + format(args.limit, ',') + ' lines, ' if args.limit else ''}"
              f"{articles:,} articles, {words:,} words (the Ray and rerun figures on these too)")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start "
              "(shared: figures vary with the load)")
        print("times include start-up and model loading (Ray: starting a local instance); 'no start-up': "
              "minus a one-article run of the same engine; driver RSS: the ingest process's own peak\n")
        header = f"{'run':<28} {'articles':>8} {'seconds':>8} {'art/s':>7} {'no start-up':>11} {'driver RSS':>10}"
        print(header)
        print("-" * len(header), flush=True)
        runs = [("local, 1 process", "local", 1), (f"local, {args.workers} processes", "local", args.workers)]
        if has_ray:
            runs.append((f"ray, {args.workers} workers", "ray", args.workers))
        results: dict[str, Result] = {}
        stores: dict[str, Path] = {}
        for label, engine, processes in runs:
            startup, _ = driver_peak_of(ingest_command(one, work / f"startup-{engine}-{processes}.db", engine,
                                                       processes), args.timeout)
            db = work / f"{engine}-{processes}.db"
            measure, peak = driver_peak_of(ingest_command(corpus, db, engine, processes), args.timeout)
            checked(measure, label)
            results[label] = Result(label, measure, peak, checked(startup, label + " start-up").seconds, articles)
            stores[label] = db
            r = results[label]
            print(f"{label:<28} {articles:>8,} {measure.seconds:>8.1f} {r.per_second:>7.1f} "
                  f"{r.per_second_after_startup:>11.1f} {peak / MIB:>9.0f}M", flush=True)
        first = results["local, 1 process"]
        rerun, rerun_peak = driver_peak_of(ingest_command(corpus, stores["local, 1 process"], "local", 1),
                                           args.timeout)
        checked(rerun, "rerun")
        print(f"{'rerun into the same store':<28} {articles:>8,} {rerun.seconds:>8.1f} "
              f"{articles / rerun.seconds:>7.1f} {'':>11} {rerun_peak / MIB:>9.0f}M")
        same = None
        if has_ray:
            local_records, ray_records = records(stores["local, 1 process"]), records(stores[runs[-1][0]])
            same = sum(1 for doc, record in local_records.items() if ray_records.get(doc) == record)
            total = len(local_records)
    print()
    ok = True
    ratio = rerun.seconds / first.measure.seconds
    passed = ratio < RERUN_TARGET
    ok &= passed
    print(f"rerun / first run: {rerun.seconds:.1f}s / {first.measure.seconds:.1f}s = {ratio:.3f} "
          f"(target < {RERUN_TARGET}) {'PASS' if passed else 'FAIL'}")
    if has_ray:
        ray_result = results[runs[-1][0]]
        speedup = ray_result.per_second / first.per_second
        passed = speedup >= RAY_SPEEDUP_TARGET
        ok &= passed
        print(f"ray {args.workers} workers / local 1 process: x{speedup:.2f} "
              f"(x{ray_result.per_second_after_startup / first.per_second_after_startup:.2f} without start-up) "
              f"(target >= x{RAY_SPEEDUP_TARGET}) {'PASS' if passed else 'FAIL'}")
        passed = same == total == len(ray_records)  # repeated texts are stored once by both
        ok &= passed
        print(f"same records on Ray as locally: {same:,} of {total:,} articles {'PASS' if passed else 'FAIL'}")
    else:
        print("ray: not installed (pip install 'storyline[ray]'): its row is left out")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
