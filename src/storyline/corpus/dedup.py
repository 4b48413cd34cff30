"""Near-duplicates: syndicated copies and light rewrites of one report.

Each article's clean text gets a MinHash signature (datasketch) of its word shingles when
it is stored; MinHash LSH over the stored signatures finds the pairs whose shingle sets
overlap by at least ``DUPLICATE_JACCARD``, and those pairs are joined into groups: one
report (the earliest published, then the first stored), its copies, the outlets that ran it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
NUM_PERM = 64
# Words per shingle: three keeps a reworded sentence from sharing most of its shingles,
# while a copy with an added paragraph or a changed headline keeps most of them.
SHINGLE_WORDS = 3
# Least estimated Jaccard overlap of the shingle sets of two versions of one report (an
# agency story with an outlet's own first and last paragraph stays above it; two reports
# of one event by different reporters overlap well under 0.1).
DUPLICATE_JACCARD = 0.5
_SEED = 1
# The permutation scheme of datasketch 2 (stored signatures are only comparable within one).
_SCHEME = "affine32"


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text``'s lower-cased word shingles (each shingle hashed
    with CRC-32: deterministic across processes and four times faster than SHA-1 here)."""
    words = _WORD.findall(text.lower())
    size = min(SHINGLE_WORDS, max(1, len(words)))
    shingles = [" ".join(words[i:i + size]).encode("utf-8") for i in range(max(1, len(words) - size + 1))]
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashfunc=zlib.crc32,
                      permutations=_permutations())
    minhash.update_batch(shingles)
    return minhash.hashvalues.tolist()


@cache
def _permutations() -> np.ndarray:
    """The permutations of (NUM_PERM, _SEED, _SCHEME), drawn once: datasketch draws them
    again for every MinHash, which cost as much as hashing an article's shingles."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


@cache
def _lsh_bands() -> tuple[int, int]:
    """The (bands, rows) of an LSH index for DUPLICATE_JACCARD, worked out once: datasketch
    works them out by numerical integration for every index it builds, 17 ms each, which
    made listing the stories of a large store take minutes (one index per story)."""
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _minhash(values: Sequence[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=np.array(values, dtype=np.uint64))


def jaccard(first: Sequence[int], second: Sequence[int]) -> float:
    """The Jaccard overlap two signatures estimate."""
    return sum(a == b for a, b in zip(first, second)) / NUM_PERM


def duplicate_groups(signatures: dict[str, Sequence[int]]) -> list[list[str]]:
    """Groups of two or more ids whose texts are near-duplicates, each in the order of
    ``signatures`` (pairs found by LSH and confirmed on their signatures)."""
    if len(signatures) < 2:
        return []
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_bands())
    order = {key: index for index, key in enumerate(signatures)}
    parent = list(range(len(order)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for key, values in signatures.items():
        minhash = _minhash(values)
        for other in sorted(lsh.query(minhash), key=order.__getitem__):
            if jaccard(values, signatures[other]) >= DUPLICATE_JACCARD:
                a, b = root(order[key]), root(order[other])
                parent[max(a, b)] = min(a, b)
        lsh.insert(key, minhash)
    groups: dict[int, list[str]] = {}
    for key, index in order.items():
        groups.setdefault(root(index), []).append(key)
    return [members for members in groups.values() if len(members) > 1]


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """One report and its copies, by article doc names, with the outlets that ran it."""

    report: str
    copies: list[str]
    outlets: list[str]
    article_ids: list[str]

    def to_record(self) -> dict[str, Any]:
        return {"report": self.report, "copies": self.copies, "outlets": self.outlets}


def group_records(groups: Iterable[list[str]], articles: dict[str, dict[str, Any]]) -> list[DuplicateGroup]:
    """DuplicateGroups of id groups; ``articles`` maps an id to its ``doc``, ``site`` and
    ``published``. The report is the earliest published member (undated ones last)."""
    found = []
    for members in groups:
        ranked = sorted(members, key=lambda key: (articles[key].get("published") is None,
                                                  articles[key].get("published") or "", members.index(key)))
        outlets = list(dict.fromkeys(articles[key].get("site") or articles[key]["doc"] for key in ranked))
        found.append(DuplicateGroup(articles[ranked[0]]["doc"], [articles[key]["doc"] for key in ranked[1:]],
                                    outlets, ranked))
    return found
