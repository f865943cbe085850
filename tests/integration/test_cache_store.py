"""The cache's Redis layout on the real redis-server: the semantic memory bound, TTLs,
the change log every worker follows, and a worker index rebuilt from Redis."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import numpy as np
import pytest

from llmstream.connectors.redis.cache_store import (
    CachedAnswer,
    CacheStore,
    SemanticEntry,
    connect,
)
from llmstream.events import now_ms

pytestmark = pytest.mark.integration


def entry(index: int, expires_at: int) -> SemanticEntry:
    vector = np.zeros(8, dtype=np.float32)
    vector[index % 8] = 1.0
    return SemanticEntry(f"e{index}", "ns", vector, expires_at,
                         CachedAnswer(f"answer {index}", "stop", 1, 1, "m"))


async def test_the_memory_bound_evicts_the_soonest_to_expire_and_says_so(infra: Any) -> None:
    store = CacheStore(connect(infra.config.redis.url), f"test:{uuid.uuid4().hex}")
    try:
        start = await store.log_position()
        now = now_ms()
        evicted = 0
        for index in range(5):  # later entries expire later
            evicted += await store.put_semantic(entry(index, now + 60_000 + index), 60_000,
                                                max_entries=3)
        assert evicted == 2
        live = await store.load_semantic(now_ms())
        assert sorted(e.entry_id for e in live) == ["e2", "e3", "e4"]
        assert await store.get_semantic_answer("e0") is None
        found = await store.get_semantic_answer("e4")
        assert found is not None and found.content == "answer 4"
        assert np.array_equal(live[0].vector, entry(int(live[0].entry_id[1:]), 0).vector)
        changes = await store.read_log(start, 100)
        assert [(op, entry_id) for _pos, op, entry_id in changes].count(("add", "e0")) == 1
        assert {entry_id for _pos, op, entry_id in changes if op == "del"} == {"e0", "e1"}
    finally:
        await store.client.aclose()


async def test_entries_expire_with_their_ttl(infra: Any) -> None:
    store = CacheStore(connect(infra.config.redis.url), f"test:{uuid.uuid4().hex}")
    try:
        await store.put_semantic(entry(1, now_ms() + 200), 200, max_entries=10)
        await store.put_exact("k", CachedAnswer("x", "stop", 1, 1, "m"), 200)
        assert await store.get_exact("k") is not None
        deadline = asyncio.get_running_loop().time() + 10
        while await store.get_exact("k") is not None or await store.get_semantic_answer("e1"):
            assert asyncio.get_running_loop().time() < deadline, "entries did not expire"
            await asyncio.sleep(0.05)
        assert await store.load_semantic(now_ms()) == []
    finally:
        await store.client.aclose()
