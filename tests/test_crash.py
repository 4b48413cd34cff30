"""Crash safety: `storyline ingest` killed with SIGKILL at random moments and at each fault
point of the write path (store/faults.py), then rerun, leaves every article stored whole and
once, on SQLite and on PostgreSQL (bench/faults.py does the killing and the audits)."""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from pathlib import Path

import pytest

from conftest import ROOT, empty_store

_spec = importlib.util.spec_from_file_location("bench_faults", ROOT / "bench" / "faults.py")
assert _spec is not None and _spec.loader is not None
faults = importlib.util.module_from_spec(_spec)
sys.modules["bench_faults"] = faults  # dataclasses resolve their module's annotations from here
_spec.loader.exec_module(faults)

# Kills per store kind (11 + 11 >= the 20 the issue asks for over the runs); a round of kills
# starts from an empty store and ends with a clean rerun. $STORYLINE_TEST_KILLS changes it.
KILLS = int(os.environ.get("STORYLINE_TEST_KILLS", "11"))
ROUND = 6


@pytest.fixture(scope="module")
def fault_input(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], set[str]]:
    """The seeds plus 40 short articles, and the ids of every article they hold."""
    inputs = [faults.SEEDS, faults.write_articles(tmp_path_factory.mktemp("faults") / "articles.jsonl", 40)]
    return inputs, faults.expected_ids(inputs)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_killed_ingests_lose_and_duplicate_nothing(kind: str, tmp_path: Path, fault_input,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    inputs, expected = fault_input
    db = empty_store(kind, tmp_path)

    def reset() -> None:
        if kind == "sqlite":
            faults.remove_sqlite_store(db)
        else:
            empty_store(kind, tmp_path)

    report = faults.Report()
    faults.kill_and_rerun(inputs, db, kind, KILLS, ROUND, random.Random(kind), report, reset, expected)
    with capsys.disabled():
        print("\n" + "\n".join(report.lines()))
    assert not report.problems
    label = f"{kind} after kills"
    assert report.lost[label] == 0 and report.duplicated[label] == 0
    assert report.stored[label] == len(expected)
    assert report.rounds[label] == -(-KILLS // ROUND)
    # every kill of the schedule was injected (a random one that came after the run's end is
    # counted apart, and the fault points are always reached)
    assert report.kills() >= KILLS - sum(count for (_, fault), count in report.injected.items()
                                         if fault.startswith("run finished"))
    assert report.survived == report.injected

