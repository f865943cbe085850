"""The simulator's mutable state: behaviour, counters, rate-limit windows."""

from __future__ import annotations

import time
from collections.abc import Callable

from .behaviour import Behaviour
from .call_log import CallLog
from .call_plan import CallPlan, plan_call
from .rate_limit import SlidingWindowLimiter
from .request import SimRequest
from .stats import CallStats

# Occurrence counts are kept for this many distinct requests (oldest forgotten first).
MAX_TRACKED_REQUESTS = 100_000


class SimulatorState:
    def __init__(self, behaviour: Behaviour, clock: Callable[[], float] = time.monotonic) -> None:
        self.initial = behaviour
        self.behaviour = behaviour
        self.stats = CallStats()
        self.calls = CallLog()
        self.limiter = SlidingWindowLimiter()
        self._clock = clock
        self._occurrences: dict[bytes, int] = {}

    def reset(self) -> None:
        """Back to the start-up behaviour, with empty counters and rate-limit windows."""
        self.behaviour = self.initial
        self.stats = CallStats()
        self.calls.clear()
        self.limiter.clear()
        self._occurrences.clear()

    def admit(self, model: str) -> float | None:
        """None if the rate limit admits a call to ``model``; else the seconds to wait."""
        limit = self.behaviour.rpm_limit
        if limit is None:
            return None
        return self.limiter.try_acquire(model, limit, self._clock())

    def remaining_requests(self, model: str) -> int | None:
        limit = self.behaviour.rpm_limit
        return None if limit is None else self.limiter.remaining(model, limit, self._clock())

    def plan(self, request: SimRequest) -> CallPlan:
        digest = request.digest()
        occurrence = self._occurrences.pop(digest, 0)
        self._occurrences[digest] = occurrence + 1  # re-inserted: most recent last
        if len(self._occurrences) > MAX_TRACKED_REQUESTS:
            del self._occurrences[next(iter(self._occurrences))]
        return plan_call(self.behaviour, request.protocol, request.model, digest, occurrence)
