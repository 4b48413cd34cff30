"""``storyline ingest --engine ray`` on a local Ray cluster of 2 CPUs (one session for the
whole module: Ray starts slowly): the same records as the local run, resumable shards,
the store written once per article, no process left behind."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from conftest import DATA, run
from storyline.pipeline import Pipeline
from storyline.scale.ray_engine import RayRun, run_on_ray
from storyline.scale.shards import shards_of
from storyline.store import Store

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'storyline[ray]' (the dev extra has it)")

SAMPLE = DATA / "news" / "sample.jsonl"  # 12 articles of the news corpus
SHARD = "4"  # 3 shards of the sample


@pytest.fixture(scope="module", autouse=True)
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=128 * 1024 * 1024,
             log_to_driver=False, logging_level="ERROR")
    session = Path(ray._private.worker._global_node.get_session_dir_path()).name  # session_2026-..._pid
    yield
    ray.shutdown()
    deadline = time.monotonic() + 20
    while (left := processes_of(session)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not left, f"Ray processes left after shutdown: {left}"


def processes_of(session: str) -> list[int]:
    """The processes whose command line names the Ray session (raylet, GCS, workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if session in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def records(db: str) -> dict[str, dict]:
    with Store(db) as store:
        found = {}
        for row in store.articles():
            record = store.record(row["id"])
            found[record["doc"]] = record
        return found


def test_ray_gives_the_same_records_as_the_local_run(tmp_path: Path) -> None:
    local, distributed = str(tmp_path / "local.db"), str(tmp_path / "ray.db")
    assert run("ingest", str(SAMPLE), "--db", local).exit_code == 0
    result = run("ingest", str(SAMPLE), "--db", distributed, "--engine", "ray", "--shard-size", SHARD)
    assert result.exit_code == 0, result.stderr
    assert "shards: 3 processed, 0 finished by an earlier run" in result.stderr
    assert result.stderr.strip().endswith("stored 12 new article(s), 0 revision(s), 0 already stored")
    expected, got = records(local), records(distributed)
    assert len(got) == 12 and got.keys() == expected.keys()
    for doc, record in expected.items():
        assert json.dumps(got[doc], sort_keys=True) == json.dumps(record, sort_keys=True), doc


def test_a_run_stopped_after_its_first_shards_resumes_without_redoing_them(tmp_path: Path,
                                                                           pipeline: Pipeline) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs / "a.jsonl")
    db = str(tmp_path / "r.db")
    processed: list[tuple[str, int]] = []

    def stop_after_two(shard, _run: RayRun) -> None:
        processed.append((shard.input, shard.index))
        if len(processed) == 2:
            raise KeyboardInterrupt  # what Ctrl-C does to the driver

    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            run_on_ray([str(inputs / "a.jsonl")], pipeline, store, shard_size=3, on_shard=stop_after_two)
        first = list(processed)
        stored_first = store.count()
        processed.clear()
        resumed = run_on_ray([str(inputs / "a.jsonl")], pipeline, store, shard_size=3,
                             on_shard=lambda shard, _run: processed.append((shard.input, shard.index)))
        assert resumed.shards_done_before == 2
        assert resumed.shards_processed == 2
        assert not set(first) & set(processed)
        assert sorted(first + processed) == [(str(inputs / "a.jsonl"), index) for index in range(4)]
        assert store.count() == 12 and 6 <= stored_first < 12
        assert len({row["doc"] for row in store.articles()}) == 12
    # a third run finds every shard finished; a changed input is read again
    again = run("ingest", str(inputs / "a.jsonl"), "--db", db, "--engine", "ray", "--shard-size", "3")
    assert "shards: 0 processed, 4 finished by an earlier run" in again.stderr
    assert again.stderr.strip().endswith("stored 0 new article(s), 0 revision(s), 0 already stored")


def test_shard_keys_are_stable_and_follow_the_content(tmp_path: Path) -> None:
    copy = tmp_path / "s.jsonl"
    shutil.copy(SAMPLE, copy)
    keys = [shard.key for shard in shards_of([str(copy)], size=5)]
    assert [shard.key for shard in shards_of([str(copy)], size=5)] == keys
    assert [index for _, index, _ in keys] == [0, 1, 2]
    lines = copy.read_text(encoding="utf-8").splitlines()
    lines[7] = lines[7].replace('"text": "', '"text": "Updated. ', 1)
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    changed = [shard.key for shard in shards_of([str(copy)], size=5)]
    assert changed[0] == keys[0] and changed[2] == keys[2] and changed[1] != keys[1]


def test_a_model_the_workers_cannot_load_is_one_clear_error(tmp_path: Path) -> None:
    result = run("ingest", str(SAMPLE), "--db", str(tmp_path / "m.db"), "--engine", "ray", "--model", "no_such_model")
    assert result.exit_code == 1
    assert "a Ray worker failed on shard 0 of" in result.stderr and "no_such_model" in result.stderr
    assert "Traceback" not in result.stderr
