"""Running spend per tenant, user and feature and period, in Redis (shared by workers).

Each answered request adds its ``cost_usd`` to the counter of every budget that applies to
it (``INCRBYFLOAT``, atomic); the counter's key names the period (``...:day:2026-11-28``)
so a new day or month starts from zero, and it expires after its period is over.
"""

from __future__ import annotations

from collections.abc import Sequence

from redis.asyncio import Redis

from llmstream.budget import CounterKey


class SpendCounters:
    def __init__(self, redis: Redis, prefix: str = "llmstream") -> None:
        self._redis = redis
        self._prefix = prefix

    def _key(self, counter: CounterKey) -> str:
        return f"{self._prefix}:spend:{counter.name}"

    async def read(self, counters: Sequence[CounterKey]) -> list[float]:
        if not counters:
            return []
        values = await self._redis.mget([self._key(c) for c in counters])
        return [float(value) if value is not None else 0.0 for value in values]

    async def add(self, counters: Sequence[CounterKey], cost_usd: float) -> None:
        if not counters or cost_usd <= 0:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for counter in counters:
                key = self._key(counter)
                pipe.incrbyfloat(key, cost_usd)
                pipe.expire(key, counter.ttl_s)
            await pipe.execute()
