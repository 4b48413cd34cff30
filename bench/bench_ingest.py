"""Ingest benchmark: ``storyline ingest`` next to bare spaCy ``nlp.pipe`` on a JSONL corpus.

    python bench/bench_ingest.py CORPUS.jsonl [--limit N] [--processes 1,2] [--repeat R] [--strict]

For each process count, bare spaCy (the same model, the same components Storyline enables,
the same batch size, over the same ``text``/``html`` fields) and ``storyline ingest`` into a
fresh SQLite file run back to back, each as a subprocess, so that its wall time (start-up
and model loading included, for both) and the peak memory of its whole process tree
(workers included) are measured from outside. Then ``storyline ingest`` of the first 1,000
articles only gives the memory baseline: memory must not grow with the corpus.

Targets (see bench/README.md): Storyline's throughput >= 0.9 x bare spaCy's for each
process count; its peak RSS on the whole corpus <= 1.1 x that on the first 1,000 articles.
Figures and PASS/FAIL are printed; the exit status is 0 unless --strict and a target missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

THROUGHPUT_TARGET = 0.9
MEMORY_GROWTH_TARGET = 1.10
SMALL_RUN = 1000
# How often the process tree's memory is sampled; a cheap walk of /proc.
POLL_SECONDS = 0.5
PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024
CONTENT_FIELDS = ("text", "html")


@dataclass
class Measure:
    """One subprocess run: wall time and the peak memory of its process tree."""

    seconds: float
    peak_rss: int  # bytes: the largest sum of RSS over the tree seen while polling
    peak_pss: int  # bytes: the same with PSS (shared pages split between processes)
    max_process_rss: int  # bytes: the largest single process (wait4's ru_maxrss)
    returncode: int
    stderr: str


@dataclass
class Row:
    label: str
    processes: int
    articles: int
    words: int
    measure: Measure

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.measure.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.measure.seconds


# --- process tree memory -------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _tree(root: int) -> list[int]:
    pids, stack = [], [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack.extend(_children(pid))
    return pids


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes; (0, 0) once it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            rss = int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0, 0
    pss = rss
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError):
        pass
    return rss, pss


def run_measured(command: list[str], timeout: float) -> Measure:
    """Run ``command``; time it and poll the memory of its process tree until it exits.
    Past ``timeout`` seconds the whole tree is killed (a hung run must not hang the bench)."""
    peak = [0, 0]
    with tempfile.TemporaryFile("w+") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
        done = threading.Event()

        def poll() -> None:
            while not done.wait(POLL_SECONDS):
                totals = [_memory(pid) for pid in _tree(process.pid)]
                peak[0] = max(peak[0], sum(rss for rss, _ in totals))
                peak[1] = max(peak[1], sum(pss for _, pss in totals))
                if time.perf_counter() - started > timeout:
                    try:
                        os.killpg(process.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    return

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        # wait4 rather than wait(): it also gives the child's resource usage.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        poller.join()
        stderr.seek(0)
        errors = stderr.read()
    return Measure(seconds, peak[0], peak[1], usage.ru_maxrss * 1024, process.returncode, errors)


# --- the corpus ----------------------------------------------------------------------------

def read_contents(path: Path, limit: int | None = None) -> Iterator[str]:
    """The article content of each JSONL line (the field Storyline's reader uses), streamed."""
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in islice(lines, limit):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            content = next((record[name] for name in CONTENT_FIELDS if isinstance(record.get(name), str)), None)
            if content and content.strip():
                yield content


def corpus_size(path: Path) -> tuple[int, int]:
    articles = words = 0
    for content in read_contents(path):
        articles += 1
        words += len(content.split())
    return articles, words


def head(path: Path, lines: int, into: Path) -> Path:
    with path.open(encoding="utf-8") as source, into.open("w", encoding="utf-8") as target:
        target.writelines(islice(source, lines))
    return into


# --- the two contenders --------------------------------------------------------------------

def spacy_child(argv: list[str]) -> None:
    """Bare spaCy: load the model, disable what Storyline disables, consume nlp.pipe."""
    parser = argparse.ArgumentParser(prog="bench_ingest.py _spacy")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", required=True)
    parser.add_argument("--components", required=True)
    parser.add_argument("--processes", type=int, required=True)
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--cached", action="store_true", help="the model's ruler and lemmatizer through Storyline's caches")
    args = parser.parse_args(argv)
    import spacy

    nlp = spacy.load(args.model)
    if args.cached:
        from storyline import cached_components

        cached_components.install(nlp)
    keep = set(args.components.split(","))
    for name in nlp.pipe_names:
        if name not in keep:
            nlp.disable_pipe(name)
    nlp.max_length = 1_000_000
    count = 0
    for _doc in nlp.pipe(read_contents(args.corpus), n_process=args.processes, batch_size=args.batch_size):
        count += 1
    print(count)


def storyline_settings(model: str) -> tuple[list[str], list[str], list[str], int, int]:
    """The model's own components that Storyline's default Pipeline enables, the components
    Storyline adds to it, those of the model's it runs through its caches
    (storyline.cached_components), its batch size in documents and its cap on a batch's
    characters."""
    import spacy

    from storyline import cached_components
    from storyline.pipeline import BATCH_CHARS, BATCH_SIZE, Pipeline

    stock = set(spacy.load(model).pipe_names)
    nlp = Pipeline(model=model).nlp
    enabled = nlp.pipe_names
    cached = [name for name, component in nlp.pipeline if cached_components.is_cached(component)]
    return ([name for name in enabled if name in stock], [name for name in enabled if name not in stock],
            cached, BATCH_SIZE, BATCH_CHARS)


def storyline_command() -> list[str]:
    script = Path(sys.executable).with_name("storyline")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from storyline.cli import main; main()"]


@dataclass(frozen=True)
class Settings:
    model: str
    components: list[str]
    batch_size: int
    timeout: float
    workdir: Path


def bench_spacy(corpus: Path, processes: int, settings: Settings, cached: bool = False) -> Measure:
    command = [sys.executable, __file__, "_spacy", str(corpus), "--model", settings.model,
               "--components", ",".join(settings.components), "--processes", str(processes),
               "--batch-size", str(settings.batch_size), *(["--cached"] if cached else [])]
    return checked(run_measured(command, settings.timeout), "bare spaCy")


def bench_storyline(corpus: Path, processes: int, settings: Settings) -> Measure:
    database = settings.workdir / f"ingest-{time.monotonic_ns()}.db"
    command = [*storyline_command(), "ingest", str(corpus), "--db", str(database), "--model",
               settings.model, "-j", str(processes)]
    try:
        # Exit status 1 means some inputs failed (each named on stderr): still a valid run.
        return checked(run_measured(command, settings.timeout), "storyline ingest", allowed=(0, 1))
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)


def checked(measure: Measure, what: str, allowed: tuple[int, ...] = (0,)) -> Measure:
    if measure.returncode not in allowed:
        sys.stderr.write(measure.stderr[-4000:])
        raise SystemExit(f"{what} exited with status {measure.returncode} after {measure.seconds:.0f}s "
                         "(-9: killed at --timeout)")
    return measure


def best(runs: list[Measure]) -> Measure:
    """The fastest of repeated runs (the least disturbed by other work on the machine)."""
    return min(runs, key=lambda measure: measure.seconds)


_FAILED = re.compile(r"(\d+) input\(s\) failed")


def failed_inputs(measure: Measure) -> int:
    found = _FAILED.findall(measure.stderr)
    return int(found[-1]) if found else 0


def error_lines(measure: Measure, most: int = 3) -> list[str]:
    """The first few inputs ``storyline ingest`` reported as failed, as it wrote them."""
    return [line for line in measure.stderr.splitlines() if line.startswith("error:")][:most]


# --- report --------------------------------------------------------------------------------

def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


HEADER = (f"{'run':<34} {'procs':>5} {'articles':>8} {'seconds':>8} {'art/s':>7} {'words/s':>8} "
          f"{'peak RSS':>9} {'peak PSS':>9} {'max proc':>9}")


def print_row(row: Row) -> None:
    m = row.measure
    print(f"{row.label:<34} {row.processes:>5} {row.articles:>8,} {m.seconds:>8.1f} "
          f"{row.articles_per_s:>7.1f} {row.words_per_s:>8,.0f} {m.peak_rss / MIB:>8.0f}M "
          f"{m.peak_pss / MIB:>8.0f}M {m.max_process_rss / MIB:>8.0f}M", flush=True)


def peak_memory(measure: Measure) -> int:
    """The peak RSS of a run: the polled tree sum, or the exact largest process if higher."""
    return max(measure.peak_rss, measure.max_process_rss)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSONL corpus (one article a line, with text or html)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N lines (quick runs)")
    parser.add_argument("--processes", default="1,2", help="process counts to compare (default 1,2)")
    parser.add_argument("--small", type=int, default=SMALL_RUN,
                        help=f"articles of the memory baseline run (default {SMALL_RUN:,})")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each timing; the fastest counts")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: Storyline's default)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a run is killed")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--no-own", action="store_true",
                        help="skip the row of spaCy with Storyline's cached components (the cost of Storyline's own stages)")
    return parser.parse_args()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_spacy":
        spacy_child(sys.argv[2:])
        return 0
    args = parse_args()
    process_counts = [int(value) for value in args.processes.split(",") if value.strip()]
    from storyline.nlp import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    components, added, cached, batch_size, batch_chars = storyline_settings(model)
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        settings = Settings(model, components, batch_size, args.timeout, Path(tmp))
        corpus = head(args.corpus, args.limit, settings.workdir / "corpus.jsonl") if args.limit else args.corpus
        articles, words = corpus_size(corpus)
        small = head(corpus, min(args.small, max(articles // 2, 1)), settings.workdir / "small.jsonl")
        small_articles, small_words = corpus_size(small)
        print(f"corpus: {args.corpus} ({articles:,} articles, {words:,} words"
              f"{f', first {args.limit:,} lines' if args.limit else ''})")
        own = f" (Storyline adds its own {', '.join(added)})" if added else ""
        print(f"model: {model}; its components that Storyline enables, and so bare spaCy too: "
              f"{', '.join(components)}{own}; batch size {batch_size} (Storyline's batches also stop "
              f"at {batch_chars:,} characters)")
        if cached:
            print(f"Storyline runs the model's {', '.join(cached)} through its caches (the same annotations, "
                  "storyline/cached_components.py); bare spaCy runs them as the model ships them")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start; "
              f"best of {args.repeat} run(s); times include start-up and model loading")
        print("peak RSS/PSS: the largest sum over the process tree (workers included), polled every "
              f"{POLL_SECONDS}s; max proc: the largest single process (wait4)\n")
        print(HEADER)
        print("-" * len(HEADER), flush=True)

        ratios: dict[int, float] = {}
        own: dict[int, float] = {}
        whole: dict[int, Row] = {}
        for processes in process_counts:
            spacy_runs, cached_runs, storyline_runs = [], [], []
            for _ in range(args.repeat):  # back to back, so all see the same machine load
                spacy_runs.append(bench_spacy(corpus, processes, settings))
                if cached and not args.no_own:
                    cached_runs.append(bench_spacy(corpus, processes, settings, cached=True))
                storyline_runs.append(bench_storyline(corpus, processes, settings))
            spacy_row = Row("bare spaCy nlp.pipe", processes, articles, words, best(spacy_runs))
            storyline_row = Row("storyline ingest", processes, articles, words, best(storyline_runs))
            failures = failed_inputs(storyline_row.measure)
            if failures:
                storyline_row.label += f" ({failures} failed)"
            print_row(spacy_row)
            if cached_runs:
                cached_row = Row("spaCy, cached ruler+lemmatizer", processes, articles, words, best(cached_runs))
                print_row(cached_row)
                own[processes] = storyline_row.articles_per_s / cached_row.articles_per_s
            print_row(storyline_row)
            for line in error_lines(storyline_row.measure):
                print(f"  storyline {line}")
            ratios[processes] = storyline_row.articles_per_s / spacy_row.articles_per_s
            whole[processes] = storyline_row

        growth: dict[int, tuple[Row, Row]] = {}
        for processes in process_counts:
            small_row = Row(f"storyline ingest, first {small_articles:,}", processes, small_articles,
                            small_words, bench_storyline(small, processes, settings))
            print_row(small_row)
            growth[processes] = (small_row, whole[processes])
    print()
    ok = True
    for processes, ratio in ratios.items():
        passed = ratio >= THROUGHPUT_TARGET
        ok &= passed
        print(f"throughput storyline/spaCy, {processes} process(es): {ratio:.3f} "
              f"(target >= {THROUGHPUT_TARGET}) {verdict(passed)}")
        if processes in own:
            # no target: how much Storyline's own stages (reading, cleaning, extractors, store)
            # cost next to the model run as Storyline runs it
            print(f"  storyline/spaCy with the same cached components, {processes} process(es): "
                  f"{own[processes]:.3f} (Storyline's own stages)")
    for processes, (small_row, whole_row) in growth.items():
        small_peak, whole_peak = peak_memory(small_row.measure), peak_memory(whole_row.measure)
        ratio = whole_peak / small_peak
        passed = ratio <= MEMORY_GROWTH_TARGET
        ok &= passed
        print(f"peak RSS storyline ingest, {processes} process(es): first {small_row.articles:,} "
              f"{small_peak / MIB:.0f} MiB, all {whole_row.articles:,} {whole_peak / MIB:.0f} MiB: "
              f"x{ratio:.3f} (target <= x{MEMORY_GROWTH_TARGET:.2f}) {verdict(passed)}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
