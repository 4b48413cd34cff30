"""The held-out part of FNC-1 train: a deterministic split by body id.

A body is held out when the SHA-1 of ``"{SEED}:{body id}"``, read as a fraction of 2**160,
is below ``HELD_OUT_FRACTION``. The decision depends on the body id alone (not on which other
bodies a file holds), so the training script and ``storyline eval stance`` agree on any copy
of the data, and every pair of a body falls on the same side.
"""

from __future__ import annotations

import hashlib

SEED = "storyline-stance-1"
HELD_OUT_FRACTION = 0.2


def held_out(body_id: int, seed: str = SEED, fraction: float = HELD_OUT_FRACTION) -> bool:
    """Whether pairs on this body are kept out of training (about ``fraction`` of bodies)."""
    digest = hashlib.sha1(f"{seed}:{body_id}".encode()).digest()
    return int.from_bytes(digest, "big") < fraction * (1 << 160)
