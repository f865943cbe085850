"""A worker's burst on the real redis-server: as many Redis calls at once as requests in
flight (worker.max_in_flight), each after CPU work that keeps the event loop busy, are
all answered. redis-py's default pool failed past its hundredth connection, and a
wall-clock timeout read a reply that waited out a busy loop as Redis down."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from typing import Any

import pytest

from llmstream.config import WorkerConfig
from llmstream.connectors.redis.availability import RedisAvailability
from llmstream.connectors.redis.cache_store import connect
from llmstream.connectors.redis.client import bounded_client

pytestmark = pytest.mark.integration

IN_FLIGHT = WorkerConfig().max_in_flight


def hold_the_loop(seconds: float) -> None:
    """A request's CPU work between two awaits (guard, prompt, encoding)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


async def test_a_burst_waits_for_free_connections_instead_of_failing(infra: Any) -> None:
    client = bounded_client(infra.config.redis.url, 5.0)
    key = f"test:burst:{uuid.uuid4().hex}"

    async def request() -> int:
        hold_the_loop(0.001)
        return int(await client.incr(key))

    try:
        counts = await asyncio.gather(*(request() for _ in range(IN_FLIGHT)))
        assert sorted(counts) == list(range(1, IN_FLIGHT + 1))
    finally:
        await client.delete(key)
        await client.aclose()


async def test_the_cache_reads_redis_as_up_through_a_burst_that_holds_the_loop(
    infra: Any,
) -> None:
    """Every request spends 3 ms of CPU before and after its call: the loop's turns last
    most of a second, past the 500 ms timeout (cache.redis_timeout_ms)."""
    client = connect(infra.config.redis.url)
    availability = RedisAvailability(0.5, 0.1, 5.0, random.Random(1))
    key = f"test:burst:{uuid.uuid4().hex}"

    async def request() -> None:
        hold_the_loop(0.003)
        await availability.call(client.get, key)
        hold_the_loop(0.003)

    try:
        await asyncio.gather(*(request() for _ in range(IN_FLIGHT)))
        assert availability.up and availability.outages == 0
    finally:
        await client.aclose()
