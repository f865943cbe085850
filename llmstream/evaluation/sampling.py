"""Which live requests online evaluation scores: a deterministic sample by request id.

The decision is a pure function of the id, so every evaluator process (and a re-run after
a restart) picks the same requests, and the expected count over a set of ids is exact.
"""

from __future__ import annotations

import hashlib

_SCALE = float(1 << 64)


def sample_point(request_id: str) -> float:
    """The id's place in [0, 1): the first 8 bytes of its SHA-256, as a fraction."""
    digest = hashlib.sha256(request_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / _SCALE


def is_sampled(request_id: str, rate: float) -> bool:
    return rate > 0 and sample_point(request_id) < rate
