"""The ingest benchmark's measuring parts: process-tree memory, the run timeout, the corpus."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "bench_ingest.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_ingest"] = bench  # dataclasses resolve their module's annotations from here
_spec.loader.exec_module(bench)

MIB = 1024 * 1024
# A parent and its child each hold this much (bytes * n writes every page, so it is resident).
_HOLD = 120
_TREE = f"""
import subprocess, sys, time
held = b"x" * ({_HOLD} * {MIB})
child = subprocess.Popen([sys.executable, "-c", "import time; held = b'x' * ({_HOLD} * {MIB}); time.sleep(2)"])
child.wait()
"""


# The measuring runs in a small driver process, as in the benchmark: a child's ru_maxrss
# starts at the RSS of the process that forked it, so measured from inside this (large) test
# process wait4 would report this process's size instead of the child's.
_DRIVER = """
import dataclasses, importlib.util, json, sys
spec = importlib.util.spec_from_file_location("bench_ingest", sys.argv[1])
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_ingest"] = bench
spec.loader.exec_module(bench)
measure = bench.run_measured([sys.executable, "-c", sys.argv[2]], timeout=60)
print(json.dumps(dataclasses.asdict(measure)))
"""


def test_peak_memory_counts_every_process_of_the_tree() -> None:
    driver = subprocess.run([sys.executable, "-c", _DRIVER, str(ROOT / "bench" / "bench_ingest.py"), _TREE],
                            capture_output=True, text=True, timeout=120, check=True)
    measure = bench.Measure(**json.loads(driver.stdout))
    assert measure.returncode == 0
    # The polled sum sees parent and child together; wait4 sees the largest one alone.
    assert measure.peak_rss >= 2 * _HOLD * MIB
    assert _HOLD * MIB <= measure.max_process_rss < measure.peak_rss
    assert 0 < measure.peak_pss <= measure.peak_rss


def test_a_run_past_its_timeout_is_killed_with_its_children() -> None:
    started = time.perf_counter()
    command = [sys.executable, "-c",
               "import subprocess, sys; subprocess.run([sys.executable, '-c', 'import time; time.sleep(60)'])"]
    measure = bench.run_measured(command, timeout=1)
    assert measure.returncode == -9
    assert time.perf_counter() - started < 20


def test_corpus_contents_and_sizes(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": "Two words"}), "not json",
             json.dumps({"id": "b", "html": "<p>three more words</p>"}), json.dumps({"id": "c", "text": "  "}), ""]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert list(bench.read_contents(corpus)) == ["Two words", "<p>three more words</p>"]
    assert bench.corpus_size(corpus) == (2, 5)
    first = bench.head(corpus, 2, tmp_path / "first.jsonl")
    assert list(bench.read_contents(first)) == ["Two words"]
