"""URLs -> RawDocuments: an article page is one document, a feed (RSS or Atom) one per item.

Fetching goes through httpx with a connect/read timeout and an overall deadline per
request (a server that trickles bytes cannot hang a run), retries with exponential backoff
on timeouts, connection errors, 429 and 5xx answers, a size limit, redirects followed (the
final URL is the article's ``url``) and a User-Agent that names Storyline and its version.
A feed and an article page are told apart by the content type, else by parsing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import httpx

from storyline.errors import InputError
from storyline.ingest.decode import NotText, decode_bytes
from storyline.ingest.feeds import FeedItem, parse_feed
from storyline.model import RawDocument

URL_SCHEMES = ("http://", "https://")
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
_HTML_HEADS = (b"<!doctype html", b"<html")


def _storyline_version() -> str:
    try:
        return version("storyline")
    except PackageNotFoundError:
        return "dev"


USER_AGENT = f"Storyline/{_storyline_version()} (news article reader; +https://pypi.org/project/storyline/)"


def is_url(source: str) -> bool:
    return source.lower().startswith(URL_SCHEMES)


@dataclass(frozen=True)
class FetchSettings:
    """How patient a fetch is. The defaults suit news sites; tests shorten them."""

    timeout: float = 20.0  # seconds to connect, and between two reads of the body
    deadline: float = 60.0  # seconds for a whole request, body included
    retries: int = 2  # further attempts after a retryable failure
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_bytes: int = 10 * 1024 * 1024  # news pages are well under 2 MB; feeds too
    max_redirects: int = 10


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # the media type, lower case, without parameters ("" when absent)
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)


class _Retryable(Exception):
    """A failure worth another attempt (a timeout, a 5xx); carries the final reason."""


class Fetcher:
    """One HTTP client for a run; use as a context manager or call close()."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self.client = httpx.Client(
            follow_redirects=True, max_redirects=self.settings.max_redirects,
            timeout=httpx.Timeout(self.settings.timeout), headers={"User-Agent": USER_AGENT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """Fetch ``url``; InputError naming the URL when it cannot be had after the retries."""
        delay = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            try:
                return self._attempt(url, headers or {})
            except _Retryable as failure:
                if attempt == self.settings.retries:
                    tries = self.settings.retries + 1
                    raise InputError(url, f"{failure} (after {tries} attempt{'s' if tries > 1 else ''})") from None
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _attempt(self, url: str, headers: dict[str, str]) -> Fetched:
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 429 or response.status_code >= 500:
                    raise _Retryable(f"HTTP {response.status_code}")
                if response.status_code == 304:
                    return Fetched(str(response.url), 304, "", b"", dict(response.headers))
                if response.status_code >= 400:
                    raise InputError(url, f"HTTP {response.status_code}")
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                    raise InputError(url, f"larger than the limit of {self.settings.max_bytes:,} bytes")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.settings.max_bytes:
                        raise InputError(url, f"larger than the limit of {self.settings.max_bytes:,} bytes")
                    if time.monotonic() - started > self.settings.deadline:
                        raise _Retryable(f"no complete answer within {self.settings.deadline:g}s")
                content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return Fetched(str(response.url), response.status_code, content_type, bytes(body),
                               dict(response.headers))
        except httpx.TimeoutException:
            raise _Retryable(f"timed out (no answer within {self.settings.timeout:g}s)") from None
        except httpx.TooManyRedirects:
            raise InputError(url, f"more than {self.settings.max_redirects} redirects") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"cannot connect ({type(exc).__name__}: {exc})") from None
        except httpx.InvalidURL as exc:
            raise InputError(url, f"not a valid URL ({exc})") from None


def read_url(url: str, fetcher: Fetcher | None = None) -> Iterator[RawDocument | InputError]:
    """The article at ``url``, or every item of the feed at ``url`` (each item's link fetched)."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        try:
            fetched = fetcher.get(url)
        except InputError as error:
            yield error
            return
        items = parse_feed(fetched.content, fetched.content_type, fetched.url)
        if items is None:
            yield page_document(fetched)
            return
        for item in items:
            yield fetch_item(item, fetcher)
    finally:
        if own:
            fetcher.close()


def fetch_item(item: FeedItem, fetcher: Fetcher) -> RawDocument | InputError:
    try:
        fetched = fetcher.get(item.link)
    except InputError as error:
        return error
    return page_document(fetched, item.meta())


def page_document(fetched: Fetched, meta: dict[str, Any] | None = None) -> RawDocument | InputError:
    """A fetched page as a RawDocument (its final URL as ``url`` and ``doc``)."""
    kind = _kind_of(fetched)
    if kind is None:
        return InputError(fetched.url, f"not an article page (content type {fetched.content_type or 'unknown'})")
    if not fetched.content.strip():
        return InputError(fetched.url, "empty page")
    try:
        content = decode_bytes(fetched.content, html=kind == "html")
    except NotText:
        return InputError(fetched.url, "binary content, not text or HTML")
    return RawDocument(doc=fetched.url, content=content, kind=kind, origin=fetched.url,
                       meta={**(meta or {}), "url": fetched.url})


def _kind_of(fetched: Fetched) -> str | None:
    if fetched.content_type in HTML_TYPES:
        return "html"
    if fetched.content_type in TEXT_TYPES:
        return "text"
    if not fetched.content_type and fetched.content[:1024].lstrip().lower().startswith(_HTML_HEADS):
        return "html"
    return None
