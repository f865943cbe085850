"""The cache stage of the request handler: exact, then semantic lookup; one provider call
for N identical misses; store after a successful answer.

    plan (route policy x request mode) -> exact lookup -> semantic lookup
      -> single flight: in-process future, then a Redis lease across workers
         (the lease holder calls the provider; the others wait for its answer, with the
         request's deadline, and get a clear error if that call fails)
      -> store the answer (exact + semantic) and release the lease

Redis going away costs the cache, never a request: every Redis call goes through
``RedisAvailability`` and a failure means "answer without the cache" (``unavailable``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from llmstream.cache_key import (
    CacheMode,
    CacheOutcome,
    CacheSubject,
    exact_key,
    plan,
    semantic_namespace,
    semantic_text,
)
from llmstream.config import CacheConfig, RouteCacheConfig
from llmstream.connectors.redis.availability import RedisAvailability, RedisUnavailable
from llmstream.connectors.redis.cache_store import (
    CachedAnswer,
    CacheStore,
    SemanticEntry,
    connect,
)
from llmstream.embedding import Embedder, Vector, build_embedder
from llmstream.events import Message, now_ms
from llmstream.semantic_index import SemanticIndex
from llmstream.streams.invocation import Invocation

log = logging.getLogger(__name__)

SYNC_BLOCK_MS = 100


@dataclass(frozen=True, slots=True)
class Served:
    """What the cache stage produced: an answer from the cache (``answer``), or the
    result of calling the provider (``computed``), or a failure shared with the call
    this request waited on (``failure``)."""

    outcome: CacheOutcome
    answer: CachedAnswer | None = None
    similarity: float | None = None
    computed: Invocation | None = None
    failure: str | None = None
    deadline_exceeded: bool = False


class SharedCallFailed(Exception):
    """The identical request whose answer this one waited for did not get one."""


Compute = Callable[[], Awaitable[tuple[Invocation, CachedAnswer | None]]]


class ResponseCache:
    def __init__(
        self,
        config: CacheConfig,
        redis_url: str,
        worker_id: str,
        embedder: Embedder | None = None,
    ) -> None:
        self._config = config
        timeout_s = config.redis_timeout_ms / 1000
        self._store = CacheStore(connect(redis_url), config.key_prefix)
        self._redis = RedisAvailability(
            timeout_s, config.reconnect_base_ms / 1000, config.reconnect_max_ms / 1000
        )
        self._holder = f"{worker_id}:{uuid.uuid4().hex[:8]}"
        self._embedder = embedder
        self._index: SemanticIndex | None = None
        self._inflight: dict[str, asyncio.Future[Served]] = {}
        self._sync_task: asyncio.Task[None] | None = None
        self.synced = asyncio.Event()

    @property
    def semantic_entries(self) -> int:
        return len(self._index) if self._index is not None else 0

    @property
    def redis_up(self) -> bool:
        return self._redis.up

    # --- lifecycle -----------------------------------------------------------------

    async def start(self) -> None:
        """Load the embedding model and follow the semantic entries in Redis."""
        if self._embedder is None:
            self._embedder = await asyncio.to_thread(build_embedder, self._config.embedding_model)
        self._index = SemanticIndex(self._embedder.dimensions)
        self._sync_task = asyncio.create_task(self._follow(), name="semantic-cache-sync")

    async def stop(self) -> None:
        if self._sync_task is not None:
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sync_task
        await self._store.client.aclose()

    async def _follow(self) -> None:
        """Keep the in-memory index equal to Redis: a full load, then the change log; a
        full load again after every Redis outage (it may have restarted)."""
        assert self._index is not None
        position: str | None = None
        while True:
            try:
                if position is None:
                    position = await self._redis.call(self._store.log_position)
                    entries = await self._redis.call(self._store.load_semantic, now_ms())
                    # Building HNSW graphs for large namespaces takes seconds: off the loop.
                    self._index = await asyncio.to_thread(
                        _index_of, entries, self._index.dimensions
                    )
                    self.synced.set()
                    log.info("semantic cache: %d entries loaded from redis", len(entries))
                after = position
                changes = await self._redis.call(
                    self._store.read_log, after, SYNC_BLOCK_MS
                )
                added = [entry_id for _pos, op, entry_id in changes if op == "add"]
                fresh = {e.entry_id: e for e in await self._redis.call(
                    self._store.get_entries, added)}
                for pos, op, entry_id in changes:
                    position = pos
                    if op == "del":
                        self._index.remove(entry_id)
                    elif entry_id in fresh:
                        entry = fresh[entry_id]
                        self._index.add(entry_id, entry.namespace, entry.vector, entry.expires_at)
                self._index.expire(now_ms())
            except RedisUnavailable:
                position = None
                await asyncio.sleep(self._config.reconnect_base_ms / 1000)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("semantic cache sync failed; reloading")
                position = None
                await asyncio.sleep(self._config.reconnect_max_ms / 1000)

    # --- the stage -------------------------------------------------------------------

    async def serve(
        self,
        subject: CacheSubject,
        mode: CacheMode,
        route: RouteCacheConfig,
        deadline: float,
        compute: Compute,
    ) -> Served:
        """Answer ``subject`` from the cache or through ``compute`` (which calls the
        provider and returns its result and, when it succeeded, the answer to cache).
        ``deadline`` is on the ``time.monotonic`` clock."""
        decided = plan(mode, route.enabled, subject.temperature, route.max_temperature)
        if not decided.uses_cache:
            computed, _answer = await compute()
            return Served(CacheOutcome.MISS, computed=computed)  # not cacheable: a miss
        key = exact_key(subject)
        if not decided.lookup:  # refresh: a fresh answer, stored for the others
            return await self._lead(key, subject, route, compute)
        shared = self._inflight.get(key)
        if shared is not None:  # the same request is in flight in this worker: share it
            return await _followed(shared, deadline)
        future: asyncio.Future[Served] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future  # no await since the check: one leader per worker
        try:
            served = await self._look_then_lead(key, subject, route, deadline, compute)
            future.set_result(served)
            return served
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # marked retrieved: followers get it through _followed
            raise
        finally:
            del self._inflight[key]

    async def _look_then_lead(
        self, key: str, subject: CacheSubject, route: RouteCacheConfig, deadline: float,
        compute: Compute,
    ) -> Served:
        try:
            hit = await self._lookup(key, subject, route)
        except RedisUnavailable:
            computed, answer = await compute()
            return Served(CacheOutcome.UNAVAILABLE, computed=computed, answer=answer)
        if hit is not None:
            return hit
        return await self._lead_or_wait(key, subject, route, deadline, compute)

    async def _lookup(
        self, key: str, subject: CacheSubject, route: RouteCacheConfig
    ) -> Served | None:
        answer = await self._redis.call(self._store.get_exact, key)
        if answer is not None:
            return Served(CacheOutcome.EXACT, answer=answer)
        if not route.semantic or self._index is None or not self.synced.is_set():
            return None
        namespace = semantic_namespace(subject)
        vector = self._embed(subject)
        neighbour = self._index.nearest(namespace, vector, now_ms())
        if neighbour is None or neighbour.similarity < route.similarity_threshold:
            return None
        entry_id = neighbour.entry_id
        found = await self._redis.call(self._store.get_semantic_answer, entry_id)
        if found is None:  # expired or evicted since the index saw it
            self._index.remove(entry_id)
            return None
        return Served(CacheOutcome.SEMANTIC, answer=found,
                      similarity=round(neighbour.similarity, 4))

    def _embed(self, subject: CacheSubject) -> Vector:
        assert self._embedder is not None
        return self._embedder.embed(semantic_text(subject))

    async def _lead_or_wait(
        self,
        key: str,
        subject: CacheSubject,
        route: RouteCacheConfig,
        deadline: float,
        compute: Compute,
    ) -> Served:
        """Across workers: the one that gets the lease calls the provider, the others
        wait for its answer."""
        while True:
            try:
                leader = await self._redis.call(
                    self._store.acquire_lease, key, self._holder, self._config.lease_ms
                )
                # A lease freed just now may have left its answer: look before calling.
                answer = await self._redis.call(self._store.get_exact, key) if leader else None
            except RedisUnavailable:
                computed, fresh = await compute()
                return Served(CacheOutcome.UNAVAILABLE, computed=computed, answer=fresh)
            if answer is not None:
                await self._quietly(self._store.release, key)
                return Served(CacheOutcome.EXACT, answer=answer)
            if leader:
                return await self._lead(key, subject, route, compute)
            waited = await self._wait(key, deadline)
            if waited is not None:
                return waited
            # The lease ended without an answer or a failure (its holder died): try again.

    async def _lead(
        self, key: str, subject: CacheSubject, route: RouteCacheConfig, compute: Compute
    ) -> Served:
        try:
            computed, answer = await compute()
        except BaseException:
            await self._quietly(self._store.release_failed, key, "the worker failed")
            raise
        if answer is None:
            failure = _failure_of(computed)
            await self._quietly(self._store.release_failed, key, failure)
            return Served(CacheOutcome.MISS, computed=computed, failure=failure,
                          deadline_exceeded=computed.deadline_exceeded)
        ttl_ms = route.ttl_s * 1000
        stored = await self._quietly(self._store.put_exact, key, answer, ttl_ms)
        if route.semantic and self._embedder is not None:
            entry = SemanticEntry(
                entry_id=key[:32],
                namespace=semantic_namespace(subject),
                vector=self._embed(subject),
                expires_at=now_ms() + ttl_ms,
                answer=answer,
            )
            await self._quietly(self._store.put_semantic,
                                entry, ttl_ms, self._config.semantic_max_entries)
        outcome = CacheOutcome.MISS if stored else CacheOutcome.UNAVAILABLE
        return Served(outcome, computed=computed, answer=answer)

    async def _wait(self, key: str, deadline: float) -> Served | None:
        """Wait for the lease holder's answer: the answer, its failure, or None when the
        lease is gone without either (the holder died: take over)."""
        poll_s = self._config.wait_poll_ms / 1000
        while time.monotonic() < deadline:
            try:
                seen = await self._redis.call(self._store.look, key)
            except RedisUnavailable:
                return None
            if seen.answer is not None:
                return Served(CacheOutcome.EXACT, answer=seen.answer)
            if seen.failure is not None:
                return Served(CacheOutcome.MISS, failure=f"the identical request in flight "
                              f"failed and this one shared its call: {seen.failure}")
            if not seen.leased:
                return None
            await asyncio.sleep(poll_s)
        return Served(CacheOutcome.MISS, deadline_exceeded=True,
                      failure="deadline passed while waiting for the identical request in flight")

    async def _quietly(
        self, operation: Callable[..., Awaitable[object]], *args: object
    ) -> bool:
        try:
            await self._redis.call(operation, *args)
        except RedisUnavailable:
            return False
        return True


async def _followed(shared: asyncio.Future[Served], deadline: float) -> Served:
    """An identical request of this worker is already calling: share its outcome."""
    left = deadline - time.monotonic()
    try:
        served = await asyncio.wait_for(asyncio.shield(shared), max(left, 0.0))
    except TimeoutError:
        return Served(CacheOutcome.MISS, deadline_exceeded=True,
                      failure="deadline passed while waiting for the identical request in flight")
    except Exception as error:
        return Served(CacheOutcome.MISS,
                      failure=f"the identical request in flight failed: {error!r}")
    if served.answer is not None:
        outcome = served.outcome if served.outcome in _SHARED_AS_IS else CacheOutcome.EXACT
        return Served(outcome, answer=served.answer, similarity=served.similarity)
    return Served(CacheOutcome.MISS, failure=served.failure or "the identical request in "
                  "flight got no answer", deadline_exceeded=served.deadline_exceeded)


# A follower says what its leader's answer was; a leader's fresh answer is, to a follower,
# an exact hit.
_SHARED_AS_IS = (CacheOutcome.SEMANTIC, CacheOutcome.UNAVAILABLE)


def _index_of(entries: list[SemanticEntry], dimensions: int) -> SemanticIndex:
    index = SemanticIndex(dimensions)
    for entry in entries:
        index.add(entry.entry_id, entry.namespace, entry.vector, entry.expires_at)
    return index


def _failure_of(invocation: Invocation) -> str:
    if invocation.error is not None:
        return f"the provider call failed: {invocation.error}"
    if invocation.deadline_exceeded:
        return "the provider call ran out of time"
    return "the provider's answer was not complete enough to share"


def answer_of(invocation: Invocation) -> CachedAnswer | None:
    """The answer worth caching from a provider invocation: a complete, successful one."""
    result = invocation.result
    if result is None or result.tool_calls or result.finish_reason not in ("stop", "length"):
        return None
    return CachedAnswer(
        content=result.content,
        finish_reason=result.finish_reason,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=result.completion_tokens,
        model=result.model,
    )


def subject_of(
    route: str, model: str, messages: list[Message], temperature: float, max_tokens: int,
    top_p: float | None, stop: list[str] | None, seed: int | None,
    prompt_name: str | None, prompt_version: str | None, output_schema: str | None,
) -> CacheSubject:
    return CacheSubject(
        route=route, model=model, messages=tuple(messages), temperature=temperature,
        max_tokens=max_tokens, top_p=top_p, stop=tuple(stop) if stop is not None else None,
        seed=seed, prompt_name=prompt_name, prompt_version=prompt_version,
        output_schema=output_schema,
    )
