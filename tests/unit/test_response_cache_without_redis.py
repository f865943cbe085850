"""The cache stage with Redis unreachable (a real refused connection): every request is
answered, identical ones still share one provider call, and each says ``unavailable``."""

from __future__ import annotations

import asyncio
import time

from llmstream.cache_key import CacheMode, CacheOutcome, CacheSubject
from llmstream.config import CacheConfig, RouteCacheConfig
from llmstream.connectors.providers.base import ChatResult
from llmstream.connectors.redis.cache_store import CachedAnswer
from llmstream.events import Message
from llmstream.streams.invocation import Invocation
from llmstream.streams.response_cache import ResponseCache, answer_of
from tests.integration.stackfixture import free_ports


def subject(text: str, temperature: float = 0.0) -> CacheSubject:
    return CacheSubject(route="default", model="m", messages=(Message("user", text),),
                        temperature=temperature, max_tokens=64)


async def test_identical_requests_share_one_call_while_redis_is_down() -> None:
    (closed_port,) = free_ports(1)  # nothing listens there: connection refused
    cache = ResponseCache(CacheConfig(), f"redis://127.0.0.1:{closed_port}/0", "w1")
    calls = 0

    async def compute() -> tuple[Invocation, CachedAnswer | None]:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        invocation = Invocation(ChatResult("42", "stop", 3, 1, "m", 50.0))
        return invocation, answer_of(invocation)

    deadline = time.monotonic() + 10
    route = RouteCacheConfig()
    served = await asyncio.gather(*[
        cache.serve(subject("What is six times seven?"), CacheMode.DEFAULT, route, deadline,
                    compute)
        for _ in range(50)
    ])
    await cache.stop()
    assert calls == 1
    assert {s.outcome for s in served} == {CacheOutcome.UNAVAILABLE}
    assert all(s.answer is not None and s.answer.content == "42" for s in served)
    assert not cache.redis_up


async def test_a_hot_request_is_never_cached_nor_shared() -> None:
    (closed_port,) = free_ports(1)
    cache = ResponseCache(CacheConfig(), f"redis://127.0.0.1:{closed_port}/0", "w1")
    calls = 0

    async def compute() -> tuple[Invocation, CachedAnswer | None]:
        nonlocal calls
        calls += 1
        invocation = Invocation(ChatResult(f"poem {calls}", "stop", 3, 1, "m", 5.0))
        return invocation, answer_of(invocation)

    served = await asyncio.gather(*[
        cache.serve(subject("A poem", temperature=0.9), CacheMode.DEFAULT, RouteCacheConfig(),
                    time.monotonic() + 10, compute)
        for _ in range(5)
    ])
    await cache.stop()
    assert calls == 5
    assert {s.outcome for s in served} == {CacheOutcome.MISS}
    assert cache.redis_up  # Redis was never asked
