"""The simulator's own requests-per-minute limit: a sliding-window log. Pure arithmetic."""

from __future__ import annotations

from collections import deque

WINDOW_S = 60.0


class SlidingWindowLimiter:
    """Admits at most ``limit`` requests in any ``window_s`` seconds, per key (model)."""

    def __init__(self, window_s: float = WINDOW_S) -> None:
        self._window_s = window_s
        self._admitted: dict[str, deque[float]] = {}

    def try_acquire(self, key: str, limit: int, now: float) -> float | None:
        """Admit (None) or return the seconds until a slot frees up."""
        log = self._admitted.setdefault(key, deque())
        horizon = now - self._window_s
        while log and log[0] <= horizon:
            log.popleft()
        while len(log) > limit:  # the limit was lowered at run time
            log.popleft()
        if len(log) < limit:
            log.append(now)
            return None
        # Clamped: (t + window) - now can round to a hair above the window.
        return min(self._window_s, max(0.0, log[0] + self._window_s - now))

    def remaining(self, key: str, limit: int, now: float) -> int:
        log = self._admitted.get(key, deque())
        return max(0, limit - sum(1 for t in log if t > now - self._window_s))

    def clear(self) -> None:
        self._admitted.clear()
