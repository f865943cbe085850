"""Waiting on a condition with a deadline: the one way the stack synchronises."""

from __future__ import annotations

import time
from collections.abc import Callable

POLL_INTERVAL_S = 0.05


class Deadline:
    """A point in monotonic time; ``remaining()`` never goes below zero."""

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def expired(self) -> bool:
        return time.monotonic() >= self._end


def poll_until(
    condition: Callable[[], bool], timeout_s: float, interval_s: float = POLL_INTERVAL_S
) -> bool:
    """Evaluate ``condition`` until it is true or ``timeout_s`` has passed; return the last result.

    The condition is always evaluated at least once, and once more at the deadline.
    """
    deadline = Deadline(timeout_s)
    while True:
        if condition():
            return True
        if deadline.expired():
            return False
        time.sleep(min(interval_s, deadline.remaining()))
