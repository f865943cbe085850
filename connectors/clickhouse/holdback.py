"""When to try a failed partition again. Pure: the clock and the random source are passed in.

While the store refuses a partition's batch, the sink keeps the batch, pauses the
partition and retries after exponential backoff with full jitter (``llmstream.retry``),
capped, so a store that is down for minutes costs a retry every few seconds, not a storm.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass

from llmstream.retry import backoff_delay


@dataclass(frozen=True, slots=True)
class Held:
    failures: int
    retry_at: float


class HoldBack:
    """Per key (a partition, or the positions read at assignment): failures and next try."""

    def __init__(self, base_delay_s: float, max_delay_s: float, rng: random.Random) -> None:
        self.base_delay_s = base_delay_s
        self.max_delay_s = max_delay_s
        self._rng = rng
        self._held: dict[Hashable, Held] = {}

    def failed(self, key: Hashable, now: float) -> float:
        """Record a failure at ``now``; returns the wait before the next try."""
        failures = self._held[key].failures + 1 if key in self._held else 1
        delay = backoff_delay(failures, self.base_delay_s, self.max_delay_s, self._rng)
        self._held[key] = Held(failures, now + delay)
        return delay

    def succeeded(self, key: Hashable) -> Held | None:
        """Forget ``key``'s failures; returns what was held (``None``: it was not)."""
        return self._held.pop(key, None)

    def is_held(self, key: Hashable) -> bool:
        return key in self._held

    def may_try(self, key: Hashable, now: float) -> bool:
        held = self._held.get(key)
        return held is None or now >= held.retry_at

    def retry_at(self, key: Hashable) -> float | None:
        held = self._held.get(key)
        return held.retry_at if held else None

    def next_retry(self) -> float | None:
        return min((h.retry_at for h in self._held.values()), default=None)

    def failures(self, key: Hashable) -> int:
        held = self._held.get(key)
        return held.failures if held else 0
