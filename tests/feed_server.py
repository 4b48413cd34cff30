"""A real HTTP server on 127.0.0.1 (a free port) for the feed, URL and watch tests.

``routes`` maps a path to what it answers: ``Page(status, content_type, body)``, or the
string "hang" (the handler waits until the server stops, longer than any client timeout).
Tests change the routes between requests; every request is logged in ``hits``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Page | str] = {}
        self.hits: list[str] = []
        self.agents: list[str] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
                server.hits.append(self.path)
                server.agents.append(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path)
                if route == "hang":
                    server.stopping.wait(30)
                    return
                page = route if isinstance(route, Page) else Page(b"not found", "text/plain", 404)
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                if page.location:
                    self.send_header("Location", page.location)
                self.end_headers()
                self.wfile.write(page.body)

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


def article_page(title: str, paragraphs: list[str]) -> Page:
    body = "\n".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return Page(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
                f"<body><article><h1>{escape(title)}</h1>\n{body}\n</article></body></html>".encode())


def rss(items: list[tuple[str, str, datetime]], title: str = "Test feed") -> Page:
    """An RSS 2.0 feed of (title, link, date) items."""
    entries = "".join(
        f"<item><title>{escape(name)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>{format_datetime(date.astimezone(timezone.utc), usegmt=True)}</pubDate></item>"
        for name, link, date in items)
    return Page(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(title)}</title>"
                f"<link>http://127.0.0.1/</link><description>news</description>{entries}</channel></rss>".encode(),
                "application/rss+xml")


def atom(items: list[tuple[str, str, datetime]]) -> Page:
    entries = "".join(
        f"<entry><title>{escape(name)}</title><link href='{escape(link)}'/><id>{escape(link)}</id>"
        f"<updated>{date.isoformat()}</updated></entry>" for name, link, date in items)
    return Page(("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                 f"<title>Atom test</title><id>urn:test</id><updated>2025-03-01T00:00:00Z</updated>{entries}</feed>")
                .encode(), "application/xml")
