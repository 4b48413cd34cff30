"""Fault injection: kill `storyline ingest` with SIGKILL at random moments and at named
points of the store's write path, run writers side by side, and check after every fault
that the store holds each article whole and once. Prints a fault report.

    .venv/bin/python bench/faults.py [--kills N] [--stores sqlite,postgresql]
        [--postgres URL] [--corpus news_corpus.jsonl --concurrent N] [--seed S]

The input is the five seeds plus ``--articles`` short articles written by this script
(JSONL). Each store gets ``--kills`` kills, in rounds of ``--round`` kills: every kill is
followed by an audit of the store (store/integrity.py: each article's rows match its
record, nothing orphaned, one latest revision per article, every article in one story),
and every round ends with a clean rerun, after which no expected article may be missing
(lost) or stored twice (duplicated). ``--concurrent N`` also runs two ingests at once over
the seeds plus N articles of ``--corpus`` each, half of them shared. PostgreSQL runs need
``--postgres`` (or $STORYLINE_TEST_PG): the base URL printed by scripts/test-postgres; a
database of their own is made there and dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from storyline.ingest import read_sources
from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.store.faults import PAUSE_ENV, PAUSED_MESSAGE, POINTS
from storyline.store.integrity import audit
from storyline.store.writer import WRITE_BATCH_ENV

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
STORYLINE = Path(sys.executable).parent / "storyline"
# Articles per write transaction in the runs: small, so that one run commits several.
WRITE_BATCH = 5
RANDOM_KILL = "SIGKILL at a random moment"
# The longest a run may take to reach a fault point (the model loads first).
_PAUSE_TIMEOUT = 300.0

_PEOPLE = ["Anna Keller", "Marco Rossi", "Lena Novak", "Tomas Berg", "Sara Haddad", "Ivan Petrov",
           "Claire Dubois", "Omar Farouk"]
_PLACES = ["Vienna", "Lisbon", "Warsaw", "Oslo", "Athens", "Dublin", "Prague", "Madrid"]
_TOPICS = ["the port expansion", "the rail strike", "the water tariff", "the housing plan",
           "the grain deal", "the border checks", "the power grid", "the school reform"]


def write_articles(path: Path, count: int) -> Path:
    """``count`` short news articles as JSONL, each with people, places, a quote, numbers
    and dates, so that every extractor stores rows for it."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            person, place = _PEOPLE[number % len(_PEOPLE)], _PLACES[number * 3 % len(_PLACES)]
            topic = _TOPICS[number * 5 % len(_TOPICS)]
            day = 1 + number % 27
            text = (
                f"{person} visited {place} on Monday to discuss {topic}, officials said.\n\n"
                f"\"We will need {number + 12} more weeks and about ${number + 3} million to finish "
                f"{topic},\" {person} told reporters on March {day}, 2025.\n\n"
                f"The city council of {place} approved {number * 7 + 40} new jobs in 2024, and a "
                f"second vote is due in April. Report number {number}."
            )
            out.write(json.dumps({"id": f"fault-{number:03d}", "title": f"{place} and {topic}",
                                  "published": f"2025-03-{day:02d}", "text": text}) + "\n")
    return path


def expected_ids(inputs: list[Path]) -> set[str]:
    """The ids of the articles the inputs hold (cleaning only: no model needed)."""
    pipeline = Pipeline()
    return {pipeline.clean(raw).id for raw in read_sources(inputs) if not isinstance(raw, Exception)}


@dataclass
class Report:
    """Faults injected and survived, per store kind, and what the final audits found."""

    injected: Counter[tuple[str, str]] = field(default_factory=Counter)
    survived: Counter[tuple[str, str]] = field(default_factory=Counter)
    expected: dict[str, int] = field(default_factory=dict)
    stored: dict[str, int] = field(default_factory=dict)
    lost: Counter[str] = field(default_factory=Counter)
    duplicated: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    stories_checked: dict[str, bool] = field(default_factory=dict)
    rounds: Counter[str] = field(default_factory=Counter)
    # store kind -> (times the reader listed the store, articles it saw) during concurrent ingests
    reader: dict[str, tuple[int, int]] = field(default_factory=dict)

    def kills(self) -> int:
        return sum(count for (_, fault), count in self.injected.items() if fault.startswith("SIGKILL"))

    def lines(self) -> list[str]:
        out = [f"{'store':<11} {'fault':<46} {'injected':>8} {'survived':>8}"]
        for (kind, fault), count in sorted(self.injected.items()):
            out.append(f"{kind:<11} {fault:<46} {count:>8} {self.survived[(kind, fault)]:>8}")
        for label in sorted(self.expected):
            stories = "checked" if self.stories_checked.get(label) else "no story rows to check"
            out.append(f"{label}: {self.rounds[label]} final audit(s) of {self.expected[label]} articles, "
                       f"stored {self.stored.get(label, 0)}, lost {self.lost[label]}, "
                       f"duplicated {self.duplicated[label]}; stories {stories}")
        for kind, (polls, seen) in sorted(self.reader.items()):
            out.append(f"{kind}: the reader listed the store {polls} times during the concurrent ingests, "
                       f"saw {seen} articles, each whole")
        out.append(f"kills: {self.kills()}; articles lost: {sum(self.lost.values())}, "
                   f"duplicated: {sum(self.duplicated.values())}; problems: {len(self.problems)}")
        out += [f"  problem: {problem}" for problem in self.problems[:20]]
        return out

    def sound(self) -> bool:
        return not self.problems and not sum(self.lost.values()) and not sum(self.duplicated.values())


class Run:
    """One `storyline ingest` subprocess, its stderr collected as it comes."""

    def __init__(self, inputs: list[Path], db: str, env: dict[str, str] | None = None) -> None:
        environment = {key: value for key, value in os.environ.items() if key != PAUSE_ENV}
        environment.update({WRITE_BATCH_ENV: str(WRITE_BATCH), **(env or {})})
        self.started = time.monotonic()
        self.process = subprocess.Popen([str(STORYLINE), "ingest", *map(str, inputs), "--db", db],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
        self._stderr: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        while chunk := os.read(self.process.stderr.fileno(), 65536):
            self._stderr.append(chunk)

    @property
    def stderr(self) -> str:
        return b"".join(self._stderr).decode("utf-8", "replace")

    def wait_for(self, message: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if message in self.stderr:
                return True
            if self.process.poll() is not None:
                return message in self.stderr
            time.sleep(0.05)
        return False

    def kill(self) -> bool:
        """SIGKILL the run; False when it had already ended."""
        killed = self.process.poll() is None
        if killed:
            self.process.send_signal(signal.SIGKILL)
        self.finish()
        return killed

    def finish(self) -> int:
        code = self.process.wait()
        self._reader.join()
        assert self.process.stderr is not None
        self.process.stderr.close()
        self.seconds = time.monotonic() - self.started
        return code


def check(db: str, kind: str, report: Report, after: str) -> bool:
    """Audit the store; record its problems under ``after``."""
    with Store(db) as store:
        found = audit(store)
    report.stories_checked[kind] = report.stories_checked.get(kind, False) or found.stories_checked
    problems = found.problems()
    report.problems += [f"{kind}, after {after}: {problem}" for problem in problems]
    return not problems


def final_check(db: str, kind: str, expected: set[str], report: Report) -> None:
    """After a clean rerun: every expected article stored, once, whole (``kind`` labels the
    store and the scenario)."""
    with Store(db) as store:
        found = audit(store)
    report.rounds[kind] += 1
    report.expected[kind] = len(expected)
    report.stored[kind] = len(found.ids)
    report.lost[kind] += len(expected - found.ids)
    report.duplicated[kind] += len({article_id for article_id, _, have, want in found.mismatched if have > want})
    report.duplicated[kind] += len(found.revisions)
    if found.ids - expected:
        report.problems.append(f"{kind}: {len(found.ids - expected)} article(s) stored that no input holds")
    report.stories_checked[kind] = report.stories_checked.get(kind, False) or found.stories_checked
    report.problems += [f"{kind}, final: {problem}" for problem in found.problems()]


def kill_faults(kills: int) -> list[str]:
    """The faults of a run of ``kills`` kills: random moments alternate with the fault points."""
    points = [f"SIGKILL paused at {point}" for point in POINTS]
    return [RANDOM_KILL if index % 2 == 0 else points[(index // 2) % len(points)] for index in range(kills)]


def kill_and_rerun(inputs: list[Path], db: str, kind: str, kills: int, per_round: int, rng: random.Random,
                   report: Report, reset: Callable[[], None], expected: set[str]) -> None:
    """``kills`` SIGKILLs of `storyline ingest` into ``db``, in rounds of ``per_round`` that
    each start from an empty store (``reset``) and end with a clean rerun."""
    full_run = 4.0  # seconds: a first guess, then the time of each round's clean rerun
    faults = kill_faults(kills)
    for first in range(0, len(faults), per_round):
        reset()
        for fault in faults[first:first + per_round]:
            # An ingest parses and writes only the articles not stored yet: a store that holds
            # them all starts again empty, so that every kill meets articles being written.
            with Store(db) as store:
                stored = store.count()
            if stored >= len(expected):
                reset()
                stored = 0
            batches = -(-(len(expected) - stored) // WRITE_BATCH)
            report.injected[(kind, fault)] += 1
            if fault == RANDOM_KILL:
                run = Run(inputs, db)
                time.sleep(rng.uniform(0.0, full_run))
                if not run.kill():
                    report.injected[(kind, fault)] -= 1  # it finished first: no fault injected
                    if run.process.returncode != 0:
                        report.problems.append(f"{kind}: a run failed ({run.process.returncode}): "
                                               f"{run.stderr[-800:]}")
                    report.injected[(kind, "run finished before its kill")] += 1
                    report.survived[(kind, "run finished before its kill")] += 1
                    continue
            else:
                point = fault.rsplit(" ", 1)[1]
                run = Run(inputs, db, {PAUSE_ENV: f"{point}:{rng.randint(1, batches)}"})
                if not run.wait_for(PAUSED_MESSAGE.format(point=point), _PAUSE_TIMEOUT):
                    run.kill()
                    report.problems.append(f"{kind}: the run never reached {point}: {run.stderr[-500:]}")
                    continue
                run.kill()
            if check(db, kind, report, fault):
                report.survived[(kind, fault)] += 1
        rerun = Run(inputs, db)
        code = rerun.finish()
        full_run = rerun.seconds
        if code != 0:
            report.problems.append(f"{kind}: the rerun after the kills failed ({code}): {rerun.stderr[-800:]}")
        final_check(db, f"{kind} after kills", expected, report)


def concurrent_ingests(inputs_a: list[Path], inputs_b: list[Path], db: str, kind: str,
                       expected: set[str], report: Report) -> None:
    """Two ingests at once into one store, with a reader (`storyline articles`) polling it
    meanwhile: every distinct article once, every article the reader saw whole."""
    fault = "two ingests at once, a reader polling"
    report.injected[(kind, fault)] += 1
    runs = [Run(inputs_a, db), Run(inputs_b, db)]
    torn, polls, seen = _poll_reader(db, runs)
    report.reader[kind] = (polls, seen)
    codes = [run.finish() for run in runs]
    for run, code in zip(runs, codes):
        if code != 0:
            report.problems.append(f"{kind}: a concurrent ingest failed ({code}): {run.stderr[-800:]}")
    report.problems += [f"{kind}: the reader saw {problem}" for problem in torn]
    before = len(report.problems)
    final_check(db, f"{kind} concurrent", expected, report)
    if len(report.problems) == before and not any(codes) and not torn:
        report.survived[(kind, fault)] += 1


def _poll_reader(db: str, runs: list[Run]) -> tuple[list[str], int, int]:
    """Run `storyline articles --format jsonl` while the ingests last; each article it lists
    must have, then, the rows its record holds (articles never change once stored). The
    problems, the times the store was listed, the articles seen."""
    seen: dict[str, dict] = {}
    polls = 0
    while any(run.process.poll() is None for run in runs):
        result = subprocess.run([str(STORYLINE), "articles", "--db", db, "--format", "jsonl"],
                                capture_output=True, text=True, check=False)
        if result.returncode == 0:
            polls += 1
            for line in result.stdout.splitlines():
                row = json.loads(line)
                seen.setdefault(row["id"], row)
        time.sleep(0.2)
    torn = []
    with Store(db) as store:
        for article_id, row in seen.items():
            record = store.record(article_id) or {}
            for name in ("entities", "quotes", "quantities", "times"):
                if row[name] != len(record.get(name) or []):
                    torn.append(f"article {article_id[:12]} with {row[name]} {name} of {len(record.get(name) or [])}")
    return torn, polls, len(seen)


class PostgresDatabase:
    """A database of its own on the server of ``base`` (dropped by ``drop``)."""

    def __init__(self, base: str) -> None:
        self.name = f"storyline_faults_{os.getpid()}_{secrets.token_hex(4)}"
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = make_url(base).set(database=self.name).render_as_string(hide_password=False)

    def empty(self) -> None:
        engine = create_engine(self.url, poolclass=NullPool)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()

    def drop(self) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def corpus_halves(corpus: Path, count: int, folder: Path) -> tuple[Path, Path]:
    """Two JSONL files of ``count`` articles of ``corpus`` each, the second half of the first
    being the first half of the second."""
    lines = []
    with corpus.open(encoding="utf-8") as source:
        for line in source:
            if line.strip():
                lines.append(line)
            if len(lines) == count + count // 2:
                break
    shared = count // 2
    first, second = folder / "a.jsonl", folder / "b.jsonl"
    first.write_text("".join(lines[:count]), encoding="utf-8")
    second.write_text("".join(lines[count - shared:count - shared + count]), encoding="utf-8")
    return first, second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=12, help="kills per store (default 12)")
    parser.add_argument("--round", type=int, default=4, help="kills per round before a clean rerun")
    parser.add_argument("--articles", type=int, default=40, help="short articles besides the seeds")
    parser.add_argument("--stores", default="sqlite,postgresql")
    parser.add_argument("--postgres", default=os.environ.get("STORYLINE_TEST_PG"),
                        help="base PostgreSQL URL (scripts/test-postgres prints it)")
    parser.add_argument("--corpus", type=Path, help="news_corpus.jsonl, for --concurrent")
    parser.add_argument("--concurrent", type=int, default=0, help="articles per concurrent ingest")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    report = Report()
    with TemporaryDirectory(prefix="storyline-faults-") as tmp:
        folder = Path(tmp)
        inputs = [SEEDS, write_articles(folder / "articles.jsonl", args.articles)]
        expected = expected_ids(inputs)
        for kind in args.stores.split(","):
            database, db, reset = _store(kind, folder, args.postgres)
            try:
                if args.kills:
                    kill_and_rerun(inputs, db, kind, args.kills, args.round, rng, report, reset, expected)
                if args.concurrent and args.corpus:
                    reset()
                    first, second = corpus_halves(args.corpus, args.concurrent, folder)
                    both = expected_ids([SEEDS, first, second])
                    concurrent_ingests([SEEDS, first], [SEEDS, second], db, f"{kind}", both, report)
            finally:
                if database is not None:
                    database.drop()
    print("\n".join(report.lines()))
    return 0 if report.sound() else 1


def remove_sqlite_store(path: str | Path) -> None:
    """Delete a SQLite store file with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _store(kind: str, folder: Path, postgres: str | None) -> tuple[PostgresDatabase | None, str, Callable[[], None]]:
    if kind == "sqlite":
        path = folder / "faults.db"
        return None, str(path), lambda: remove_sqlite_store(path)
    if not postgres:
        raise SystemExit("PostgreSQL runs need --postgres URL (scripts/test-postgres prints one)")
    database = PostgresDatabase(postgres)
    return database, database.url, database.empty


if __name__ == "__main__":
    sys.exit(main())
