"""Token-bucket arithmetic for the shared provider limiter. Pure: no I/O, no clock.

A bucket holds up to ``capacity`` tokens and refills at ``rate`` tokens per second. A
caller *reserves* its cost: the tokens are taken at once and the balance may go below
zero, which is the queue of callers already promised a slot; the reservation says how long
to wait until the balance that paid for it has refilled. One atomic step per call, no
polling, and callers are served in the order they reserved.

A reservation that would have to wait longer than the caller can (its deadline) takes
nothing. After the call the cost is corrected with what it really used (``adjust``).

``connectors/ratecontrol/bucket_store.py`` runs exactly this arithmetic in Redis (Lua) so
that every worker shares the buckets; the property tests pin the rules down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BucketSpec:
    """``capacity`` tokens at most (the burst), refilled at ``rate`` tokens per second."""

    capacity: float
    rate: float

    def __post_init__(self) -> None:
        if not (self.capacity > 0 and math.isfinite(self.capacity)):
            raise ValueError(f"capacity must be positive, got {self.capacity}")
        if not (self.rate > 0 and math.isfinite(self.rate)):
            raise ValueError(f"rate must be positive, got {self.rate}")


@dataclass(frozen=True, slots=True)
class BucketState:
    tokens: float
    updated_at: float  # seconds, on the clock the caller passes as ``now``


@dataclass(frozen=True, slots=True)
class Reservation:
    granted: bool
    wait_s: float  # granted: wait this long, then go; refused: the wait it would have needed
    state: BucketState


def full(spec: BucketSpec, now: float) -> BucketState:
    return BucketState(spec.capacity, now)


def refill(state: BucketState, spec: BucketSpec, now: float) -> BucketState:
    """The balance at ``now``: refilled for the time passed, never above capacity. A clock
    that went backwards (another worker's slightly earlier ``now``) refills nothing."""
    elapsed = max(0.0, now - state.updated_at)
    tokens = min(spec.capacity, state.tokens + elapsed * spec.rate)
    return BucketState(tokens, max(now, state.updated_at))


def wait_for(tokens_after: float, spec: BucketSpec) -> float:
    """Seconds until a balance of ``tokens_after`` has refilled back to zero."""
    return 0.0 if tokens_after >= 0 else -tokens_after / spec.rate


def reserve(
    state: BucketState, spec: BucketSpec, cost: float, now: float, max_wait_s: float
) -> Reservation:
    """Take ``cost`` tokens if the caller would not have to wait more than ``max_wait_s``.

    A cost above the capacity is charged as the capacity (it could never be paid
    otherwise); the correction after the call charges the rest.
    """
    if cost < 0:
        raise ValueError(f"cost must not be negative, got {cost}")
    current = refill(state, spec, now)
    after = current.tokens - min(cost, spec.capacity)
    wait = wait_for(after, spec)
    if wait > max_wait_s:
        return Reservation(False, wait, current)
    return Reservation(True, wait, BucketState(after, current.updated_at))


def adjust(state: BucketState, spec: BucketSpec, delta: float, now: float) -> BucketState:
    """Give back (``delta > 0``) or charge more (``delta < 0``) tokens after the call, when
    the real cost is known. The balance stays within ``[-capacity * 60, capacity]`` so one
    wildly wrong estimate cannot block a bucket for more than a minute of its own burst."""
    current = refill(state, spec, now)
    floor = -spec.capacity * 60
    return BucketState(max(floor, min(spec.capacity, current.tokens + delta)), current.updated_at)


def rate_for_window(limit: int, window_s: float, burst: float) -> float:
    """The refill rate under which no ``window_s`` window sees more than ``limit`` grants.

    A bucket admits at most ``burst + rate * window_s`` in any window of that length, so a
    provider enforcing ``limit`` per sliding window is never exceeded when the rate is
    ``(limit - burst) / window_s``.
    """
    if burst >= limit:
        raise ValueError(f"burst ({burst}) must be below the limit ({limit})")
    return (limit - burst) / window_s
