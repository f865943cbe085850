"""Whether Redis is worth calling right now: every call has a short timeout, and after a
failure the next try waits an exponential backoff with full jitter, so a Redis outage
costs requests nothing but the cache (they are answered without it) and the cache comes
back on its own when Redis does. The timeout counts the time the event loop was free to
hear the answer (``loop_lag.py``): a burst that keeps the loop busy is not an outage."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

import redis.exceptions

from llmstream.loop_lag import LoopLag
from llmstream.retry import backoff_delay

log = logging.getLogger(__name__)
T = TypeVar("T")
P = ParamSpec("P")


class RedisUnavailable(Exception):
    """Redis did not answer in time, refused the connection, or is in backoff."""


class RedisAvailability:
    def __init__(
        self,
        timeout_s: float,
        base_s: float,
        cap_s: float,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._timeout_s = timeout_s
        self._base_s = base_s
        self._cap_s = cap_s
        self._rng = rng or random.Random()
        self._clock = clock
        self._failures = 0
        self._retry_at = 0.0
        self._lag = LoopLag()
        self.outages = 0

    @property
    def up(self) -> bool:
        return self._failures == 0

    async def call(
        self, operation: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``operation`` if Redis is not in backoff; ``RedisUnavailable`` otherwise or
        when it fails."""
        if self._failures and self._clock() < self._retry_at:
            raise RedisUnavailable("redis is down; waiting before the next try")
        try:
            result = await self._lag.within(operation(*args, **kwargs), self._timeout_s)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError,
                TimeoutError, OSError) as error:
            self._failed(error)
            raise RedisUnavailable(f"redis: {type(error).__name__}: {error}") from error
        if self._failures:
            log.warning("redis is back after %d failed tries", self._failures)
        self._failures = 0
        return result

    def _failed(self, error: BaseException) -> None:
        if self._failures == 0:
            self.outages += 1
            log.warning("redis unavailable, answering without the cache: %r", error)
        self._failures += 1
        self._retry_at = self._clock() + backoff_delay(
            self._failures, self._base_s, self._cap_s, self._rng
        )
