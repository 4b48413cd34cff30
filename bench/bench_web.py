"""Latency and throughput of the web UI and API under concurrent clients, on loopback.

    python bench/bench_web.py CORPUS.jsonl [--db STORE] [--clients 1,10,50] [--seconds S]

Builds a store of CORPUS (``storyline ingest``) unless ``--db`` names one that exists, starts
``storyline serve`` on 127.0.0.1 (a free port) in a process of its own, and for each number of
concurrent clients (httpx, one asyncio task each, each request awaited before the next)
requests the largest story's page, the same story from the API and one article's record
for ``--seconds``, after one warm-up request. Prints p50/p99 latency (ms) and requests/s per
target and concurrency; nothing is asserted (figures, not tests).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
# the command of the environment that runs this script
STORYLINE = [str(Path(sys.executable).parent / "storyline")]


def build_store(corpus: Path, db: Path) -> None:
    print(f"building {db} from {corpus} (storyline ingest) ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run([*STORYLINE, "ingest", str(corpus), "--db", str(db)], check=True)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen([*STORYLINE, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"storyline serve exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1/articles?limit=1", timeout=5)
            return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("storyline serve did not answer within 120 s")


async def load(base: str, path: str, clients: int, seconds: float) -> tuple[list[float], float]:
    """Latencies (s) of every request that ``clients`` concurrent clients made in ``seconds``."""
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as client:
        await client.get(path)  # warm-up (caches, first queries)
        stop = time.perf_counter() + seconds

        async def one_client() -> None:
            while time.perf_counter() < stop:
                began = time.perf_counter()
                response = await client.get(path)
                response.raise_for_status()
                latencies.append(time.perf_counter() - began)

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return latencies, elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", type=Path, default=None, help="a store to reuse (built from CORPUS when missing)")
    parser.add_argument("--clients", default="1,10,50")
    parser.add_argument("--seconds", type=float, default=15.0, help="per target and concurrency")
    args = parser.parse_args()
    folder = None
    db = args.db
    if db is None:
        folder = tempfile.TemporaryDirectory(prefix="bench-web-")
        db = Path(folder.name) / "news.db"
    if not db.exists():
        build_store(args.corpus, db)
    sys.path.insert(0, str(ROOT / "src"))
    import storyline

    with storyline.open(str(db)) as corpus:
        stories = corpus.stories()
        story = max(stories, key=lambda s: len(s.article_ids))
        article = story.article_ids[0]
        count = len(corpus.articles())
    port = free_port()
    server = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    targets = {"story page": f"/stories/{story.id}", "API story": f"/api/v1/stories/{story.id}",
               "API article": f"/api/v1/articles/{article}"}
    print(f"store: {count} articles, {len(stories)} stories; largest story {story.id} "
          f"({len(story.article_ids)} articles); server pid {server.pid}, {os.cpu_count()} CPU(s)")
    print(f"{'target':<12} {'clients':>7} {'requests':>8} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}")
    try:
        for name, path in targets.items():
            for clients in (int(c) for c in args.clients.split(",")):
                latencies, elapsed = asyncio.run(load(base, path, clients, args.seconds))
                print(f"{name:<12} {clients:>7} {len(latencies):>8} {1000 * statistics.median(latencies):>8.1f} "
                      f"{1000 * percentile(latencies, 0.99):>8.1f} {len(latencies) / elapsed:>8.1f}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if folder is not None:
            folder.cleanup()


if __name__ == "__main__":
    main()
