"""Bytes to text: BOM, declared charset, UTF-8, then charset detection; binary refused."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control bytes other than tab, newline, form feed and carriage return.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_SNIFF_BYTES = 8192
# Share of control bytes above which a file without a BOM is taken as binary; text
# files scraped from the web hold a few stray ones at most.
_MAX_CONTROL_SHARE = 0.05


class NotText(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([b])) for b in _CONTROL)
    return controls / len(head) > _MAX_CONTROL_SHARE


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken sequences: its valid multi-byte characters outnumber the
    invalid bytes (a text in a one-byte encoding such as Latin-1 has almost no valid UTF-8
    sequence). Decoding it by guessing another charset would garble every character; as
    UTF-8, only the broken bytes become U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for char in text if char > "\x7f") - broken
    return valid > broken


def decode_bytes(data: bytes, html: bool = False) -> str:
    """Decode ``data``; raise NotText for binary content. Never fails on stray bad bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if looks_binary(data):
        raise NotText("binary content, not text")
    if html:
        declared = _HTML_CHARSET.search(data[:_SNIFF_BYTES])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass  # an unknown charset name: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    best = from_bytes(data).best()
    if best is None:
        return data.decode("utf-8", errors="replace")
    return str(best)
