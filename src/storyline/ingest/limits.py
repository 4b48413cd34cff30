"""How much of one input the readers take. A document over the limit (a file, a file once
decompressed, a JSONL line) is refused by its size while it is read, never held whole: a
gzip bomb or a runaway line costs at most the limit in memory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

# The largest article page of the 793 in the WCXB dev set is 1.8 MB of HTML (median 116
# KB): 16 MiB is about nine times that. A text that long is refused by the pipeline anyway
# (nlp.MAX_ARTICLE_CHARS, 1,000,000 characters: at most 4 MB of UTF-8).
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
# Read size while skipping the rest of a line over the limit.
_SKIP_CHUNK = 1024 * 1024


class TooLarge(ValueError):
    """The document is over MAX_DOCUMENT_BYTES."""


def size_reason(what: str = "file", limit: int = MAX_DOCUMENT_BYTES) -> str:
    return f"{what} over the {limit // (1024 * 1024)} MiB limit: refused"


def read_at_most(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The whole stream, or TooLarge as soon as it holds more than ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(size_reason())
    return data


def limited_lines(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> Iterator[bytes | None]:
    """The stream's lines; None in place of a line over ``limit`` bytes (the rest of that
    line is read in chunks and dropped)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        yield None
        while not line.endswith(b"\n") and (line := stream.readline(_SKIP_CHUNK)):
            pass
