"""Redis failures back off, and a Redis call's timeout counts only the time the event
loop was free to hear the answer (``loop_lag.py``)."""

from __future__ import annotations

import asyncio
import random
import time

import pytest
import redis.exceptions

from llmstream.connectors.redis.availability import RedisAvailability, RedisUnavailable
from llmstream.loop_lag import HEARTBEAT_S, LoopLag


def hold_the_loop(seconds: float) -> None:
    """CPU work between two awaits, as hundreds of requests in flight do in one turn."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


async def test_a_failure_backs_off_and_a_success_ends_the_outage() -> None:
    now = [0.0]
    availability = RedisAvailability(0.5, 0.1, 5.0, random.Random(1), clock=lambda: now[0])
    calls = 0

    async def refused() -> str:
        nonlocal calls
        calls += 1
        raise redis.exceptions.ConnectionError("Connection refused")

    async def fine() -> str:
        return "PONG"

    with pytest.raises(RedisUnavailable):
        await availability.call(refused)
    assert not availability.up and availability.outages == 1
    with pytest.raises(RedisUnavailable):  # in backoff: Redis is not even tried
        await availability.call(refused)
    assert calls == 1
    now[0] += 10
    assert await availability.call(fine) == "PONG"
    assert availability.up


async def test_a_reply_held_up_by_a_busy_loop_is_not_an_outage() -> None:
    """The answer comes in 5 ms, but the loop is held for 0.3 s past a 0.1 s timeout: a
    wall-clock timeout read that as Redis down."""
    availability = RedisAvailability(0.1, 0.1, 5.0, random.Random(1))

    async def quick() -> str:
        await asyncio.sleep(0.005)
        return "PONG"

    asyncio.get_running_loop().call_soon(hold_the_loop, 0.3)
    assert await availability.call(quick) == "PONG"
    assert availability.up and availability.outages == 0


async def test_a_call_that_never_answers_times_out_and_is_cancelled() -> None:
    availability = RedisAvailability(0.05, 0.1, 5.0, random.Random(1))
    cancelled = asyncio.Event()

    async def hung() -> str:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return "never"

    with pytest.raises(RedisUnavailable, match="TimeoutError"):
        await availability.call(hung)
    assert not availability.up and availability.outages == 1
    await asyncio.wait_for(cancelled.wait(), 5)


async def test_a_call_that_never_answers_times_out_on_a_busy_loop_too() -> None:
    """The loop held now and then: the free time between still adds up to the timeout."""
    lag = LoopLag()
    loop = asyncio.get_running_loop()
    for turn in range(5):
        loop.call_later(0.02 * turn, hold_the_loop, 0.05)
    with pytest.raises(TimeoutError):
        await lag.within(asyncio.Event().wait(), 0.1)


async def test_the_lag_adds_up_how_long_the_loop_was_held() -> None:
    lag = LoopLag()
    before = lag.total_s()
    asyncio.get_running_loop().call_soon(hold_the_loop, 0.2)
    await asyncio.sleep(0)  # the turn that holds the loop
    await asyncio.sleep(0)
    assert lag.total_s() - before >= 0.2 - HEARTBEAT_S
