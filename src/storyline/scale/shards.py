"""Shards of the inputs for a resumable run: consecutive runs of documents of one input.

A shard is keyed by its input (the path as given, made absolute, or the URL), its index
within that input, and a fingerprint of its documents (their names, contents and metadata),
so a rerun over the same inputs finds the same keys, and a changed input is read again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest import read_sources
from storyline.ingest.urls import is_url
from storyline.model import RawDocument

# Documents per shard: a shard is the unit of work sent to a worker and of resumption;
# 32 documents are one spaCy batch, a few seconds of work for one CPU.
SHARD_SIZE = 32

Key = tuple[str, int, str]


@dataclass
class Shard:
    input: str
    index: int
    fingerprint: str
    documents: list[RawDocument | InputError]

    @property
    def key(self) -> Key:
        return (self.input, self.index, self.fingerprint)


def input_name(path: str) -> str:
    return path if is_url(path) else str(Path(path).resolve())


def shards_of(paths: Iterable[str], meta: str | None = None, size: int = SHARD_SIZE) -> Iterator[Shard]:
    """Every input's documents, ``size`` at a time, in reading order."""
    for path in paths:
        documents = read_sources([path], meta=meta)
        index = 0
        while chunk := list(islice(documents, size)):
            yield Shard(input_name(path), index, fingerprint(chunk), chunk)
            index += 1


def fingerprint(documents: list[RawDocument | InputError]) -> str:
    digest = hashlib.sha1()
    for item in documents:
        if isinstance(item, InputError):
            digest.update(f"error\0{item}\0".encode())
            continue
        content = item.content.encode("utf-8", "surrogatepass") if isinstance(item.content, str) else item.content
        digest.update(f"{item.doc}\0{item.kind}\0{json.dumps(item.meta, sort_keys=True, default=str)}\0".encode())
        digest.update(hashlib.sha1(content).digest())
    return digest.hexdigest()
