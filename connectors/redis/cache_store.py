"""The cache's Redis layout and every Redis call the cache makes.

    {prefix}:exact:{key}     JSON answer, expires with the route's TTL
    {prefix}:lease:{key}     the worker calling the provider for this key (SET NX PX)
    {prefix}:failed:{key}    why that call failed (a few seconds), for those waiting on it
    {prefix}:sem:{id}        JSON semantic entry: namespace, vector, answer; route's TTL
    {prefix}:sem:order       sorted set of semantic entry ids by expiry time: the memory
                             bound evicts the soonest-to-expire first
    {prefix}:sem:log         stream of "add"/"del" ids that keeps every worker's index in sync

Redis persists (append-only file in the local stack), so entries survive restarts.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import redis.asyncio as aioredis

from llmstream.connectors.redis.client import bounded_client
from llmstream.embedding import Vector

FAILURE_TTL_MS = 5000
LOAD_BATCH = 500


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    content: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    model: str  # the provider's model name
    model_key: str = ""  # the configured model (key of ``models``) that answered

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> CachedAnswer:
        return cls(**json.loads(text))


@dataclass(frozen=True, slots=True)
class SemanticEntry:
    entry_id: str
    namespace: str
    vector: Vector
    expires_at: int  # epoch milliseconds
    answer: CachedAnswer


def _entry_json(entry: SemanticEntry) -> str:
    return json.dumps(
        {
            "namespace": entry.namespace,
            "vector": base64.b64encode(entry.vector.astype(np.float32).tobytes()).decode(),
            "expires_at": entry.expires_at,
            "answer": asdict(entry.answer),
        },
        separators=(",", ":"),
    )


def _entry_from_json(entry_id: str, text: str | bytes) -> SemanticEntry:
    data = json.loads(text)
    return SemanticEntry(
        entry_id=entry_id,
        namespace=data["namespace"],
        vector=np.frombuffer(base64.b64decode(data["vector"]), dtype=np.float32),
        expires_at=int(data["expires_at"]),
        answer=CachedAnswer(**data["answer"]),
    )


@dataclass(frozen=True, slots=True)
class Wait:
    """One look at a key someone else is computing."""

    answer: CachedAnswer | None
    failure: str | None
    leased: bool


def connect(url: str) -> aioredis.Redis:
    """The cache's client: no retries and no timeouts of its own. The caller decides what
    a failure means, and ``RedisAvailability`` times every call: redis-py's timeouts
    count wall time, which a busy event loop spends before it reads a reply that came at
    once (a call cancelled mid-read drops its connection)."""
    return bounded_client(url, None, retries=False)


class CacheStore:
    def __init__(self, client: aioredis.Redis, prefix: str) -> None:
        self.client = client
        self._prefix = prefix
        self.order_key = f"{prefix}:sem:order"
        self.log_key = f"{prefix}:sem:log"

    def _exact(self, key: str) -> str:
        return f"{self._prefix}:exact:{key}"

    def _lease(self, key: str) -> str:
        return f"{self._prefix}:lease:{key}"

    def _failed(self, key: str) -> str:
        return f"{self._prefix}:failed:{key}"

    def _sem(self, entry_id: str) -> str:
        return f"{self._prefix}:sem:{entry_id}"

    # --- exact ---------------------------------------------------------------------

    async def get_exact(self, key: str) -> CachedAnswer | None:
        value = await self.client.get(self._exact(key))
        return CachedAnswer.from_json(value) if value is not None else None

    async def put_exact(self, key: str, answer: CachedAnswer, ttl_ms: int) -> None:
        """Store the answer and release the lease in one round trip."""
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.set(self._exact(key), answer.to_json(), px=ttl_ms)
            pipe.delete(self._lease(key))
            await pipe.execute()

    # --- stampede leases ---------------------------------------------------------------

    async def acquire_lease(self, key: str, holder: str, lease_ms: int) -> bool:
        return bool(await self.client.set(self._lease(key), holder, nx=True, px=lease_ms))

    async def release_failed(self, key: str, reason: str) -> None:
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.set(self._failed(key), reason, px=FAILURE_TTL_MS)
            pipe.delete(self._lease(key))
            await pipe.execute()

    async def release(self, key: str) -> None:
        await self.client.delete(self._lease(key))

    async def look(self, key: str) -> Wait:
        async with self.client.pipeline(transaction=True) as pipe:  # one consistent look
            pipe.get(self._exact(key))
            pipe.get(self._failed(key))
            pipe.exists(self._lease(key))
            answer, failure, leased = await pipe.execute()
        return Wait(
            answer=CachedAnswer.from_json(answer) if answer is not None else None,
            failure=failure.decode() if isinstance(failure, bytes) else failure,
            leased=bool(leased),
        )

    # --- semantic --------------------------------------------------------------------

    async def put_semantic(self, entry: SemanticEntry, ttl_ms: int, max_entries: int) -> int:
        """Store an entry, announce it, and evict the soonest-to-expire entries beyond
        ``max_entries``; returns how many were evicted."""
        now = entry.expires_at - ttl_ms
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.set(self._sem(entry.entry_id), _entry_json(entry), px=ttl_ms)
            pipe.zadd(self.order_key, {entry.entry_id: entry.expires_at})
            pipe.zremrangebyscore(self.order_key, "-inf", now)
            pipe.xadd(self.log_key, {"op": "add", "id": entry.entry_id},
                      maxlen=max_entries * 2, approximate=True)
            pipe.zcard(self.order_key)
            results = await pipe.execute()
        excess = int(results[-1]) - max_entries
        if excess <= 0:
            return 0
        popped: Any = await self.client.zpopmin(self.order_key, excess)
        evicted = [member for member, _score in popped]
        if evicted:
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.delete(*[self._sem(_text(member)) for member in evicted])
                for member in evicted:
                    pipe.xadd(self.log_key, {"op": "del", "id": _text(member)},
                              maxlen=max_entries * 2, approximate=True)
                await pipe.execute()
        return len(evicted)

    async def get_semantic_answer(self, entry_id: str) -> CachedAnswer | None:
        value = await self.client.get(self._sem(entry_id))
        return _entry_from_json(entry_id, value).answer if value is not None else None

    async def log_position(self) -> str:
        last = await self.client.xrevrange(self.log_key, count=1)
        return _text(last[0][0]) if last else "0-0"

    async def load_semantic(self, now_ms: int) -> list[SemanticEntry]:
        """Every live entry (for a worker that starts or comes back after an outage)."""
        ids = [_text(m) for m in await self.client.zrangebyscore(self.order_key, now_ms, "+inf")]
        entries: list[SemanticEntry] = []
        for start in range(0, len(ids), LOAD_BATCH):
            batch = ids[start:start + LOAD_BATCH]
            values = await self.client.mget([self._sem(entry_id) for entry_id in batch])
            entries.extend(
                _entry_from_json(entry_id, value)
                for entry_id, value in zip(batch, values, strict=True)
                if value is not None
            )
        return entries

    async def read_log(self, after: str, block_ms: int) -> list[tuple[str, str, str]]:
        """(position, op, entry id) after ``after``, waiting up to ``block_ms``."""
        reply: Any = await self.client.xread({self.log_key: after}, count=1000, block=block_ms)
        changes: list[tuple[str, str, str]] = []
        for _stream, messages in reply or []:
            for position, fields in messages:
                changes.append((_text(position), _text(fields[b"op"]), _text(fields[b"id"])))
        return changes

    async def get_entries(self, entry_ids: list[str]) -> list[SemanticEntry]:
        if not entry_ids:
            return []
        values = await self.client.mget([self._sem(entry_id) for entry_id in entry_ids])
        return [
            _entry_from_json(entry_id, value)
            for entry_id, value in zip(entry_ids, values, strict=True)
            if value is not None
        ]


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
