"""What protects the web UI: the bind rule, the token, size limits and security headers.

Scraped pages are hostile input. Article text is escaped by the templates; this module adds
the rest: a Content-Security-Policy that allows no inline script, a token that every request
carries when the server listens beyond this machine, and a limit on request bodies.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from storyline.errors import StorylineError

TOKEN_ENV = "STORYLINE_TOKEN"
COOKIE = "storyline_token"
# Every page is read with GET; a form or API call never needs more than this.
MAX_BODY = 64 * 1024

CSP = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
))
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class UnsafeBindError(StorylineError):
    """The server would listen beyond this machine without a token."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to serve on an address other machines can reach unless a token guards it."""
    if not is_loopback(host) and not token:
        raise UnsafeBindError(
            f"refusing to listen on {host}: other machines could read the store there. "
            f"Give a token (--token T or ${TOKEN_ENV}) that every request must carry, "
            "or listen on 127.0.0.1 (the default).")


def token_from(option: str | None) -> str | None:
    return option or os.environ.get(TOKEN_ENV) or None


class Guard:
    """ASGI middleware: security headers on every response, a body-size limit and, with a
    token, authentication by ``Authorization: Bearer T`` or the cookie set by ``?token=T``."""

    def __init__(self, app: ASGIApp, token: str | None = None, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        secured = _with_headers(send)
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _plain(secured, 413, "request body too large")
            return
        if self.token:
            login = _query_token(scope)
            if login is not None:
                await self._login(scope, secured, login)
                return
            if not self._carries_token(headers):
                await _plain(secured, 401, "this server needs a token: send 'Authorization: Bearer TOKEN' "
                             "or open any page once with ?token=TOKEN",
                             [(b"www-authenticate", b'Bearer realm="storyline"')])
                return
        await self.app(scope, _limited(receive, self.max_body), secured)

    def _carries_token(self, headers: dict[str, str]) -> bool:
        authorization = headers.get("authorization", "")
        if authorization[:7].lower() == "bearer " and self._matches(authorization[7:].strip()):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed Cookie header is no token
            return False
        return COOKIE in cookie and self._matches(cookie[COOKIE].value)

    def _matches(self, given: str) -> bool:
        assert self.token is not None
        return hmac.compare_digest(given.encode(), self.token.encode())

    async def _login(self, scope: Scope, send: Send, given: str) -> None:
        """``?token=T``: set the cookie and send the browser to the same URL without it."""
        if not self._matches(given):
            await _plain(send, 401, "wrong token")
            return
        rest = [(key, value) for key, value in parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                                                          keep_blank_values=True) if key != "token"]
        # one leading slash: "//host/..." would send the browser to another site
        location = "/" + scope.get("path", "/").lstrip("/") + (f"?{urlencode(rest)}" if rest else "")
        cookie = f"{COOKIE}={given}; Path=/; HttpOnly; SameSite=Strict"
        await _plain(send, 303, "logged in", [(b"location", location.encode()), (b"set-cookie", cookie.encode())])


class BodyTooLarge(Exception):
    pass


def _query_token(scope: Scope) -> str | None:
    for key, value in parse_qsl(scope.get("query_string", b"").decode("latin-1")):
        if key == "token":
            return value
    return None


def _with_headers(send: Send) -> Send:
    async def secured(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {key.lower() for key, _ in message.get("headers", [])}
            message["headers"] = list(message.get("headers", [])) + [
                (key, value) for key, value in HEADERS if key not in present]
        await send(message)
    return secured


def _limited(receive: Receive, limit: int) -> Receive:
    """A chunked body without Content-Length is counted as it arrives."""
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(f"request body over {limit} bytes")
        return message
    return counted


async def _plain(send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = (text + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *(extra or [])]})
    await send({"type": "http.response.body", "body": body})
