"""A real uvicorn server on 127.0.0.1 (a free port), over a store, for the web tests.

Imported by the test modules (``from webserver import ...``), fixtures included: a
conftest.py here would share the module name of tests/conftest.py."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from storyline.web import create_app


class Server:
    """``storyline serve``'s application in a thread of this process, on its own socket."""

    def __init__(self, db: str, token: str | None = None) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db, token=token), log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def start(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.socket.close()


@contextmanager
def serving(db: str, token: str | None = None) -> Iterator[Server]:
    server = Server(db, token).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def seeds_server(seeds_db: str) -> Iterator[Server]:
    """The server over the seeds' store (SQLite, then PostgreSQL)."""
    with serving(seeds_db) as server:
        yield server


@pytest.fixture()
def client(seeds_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=seeds_server.url, timeout=60) as http:
        yield http
