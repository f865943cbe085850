"""Circuit-breaker state in Redis, shared by every worker.

The transitions are the pure ``llmstream.circuit_breaker`` functions; Redis keeps the state
(a JSON document with a version number) and a Lua compare-and-set applies a transition only
if nobody changed the state since it was read, so concurrent workers never lose an update:
the loser re-reads the winner's state and applies its transition to that. Within a worker
the transitions of one model take turns (an asyncio lock), so at most one writer per worker
competes and a compare-and-set round always lets one of them through: no starvation.

The hot path stays off Redis: a worker decides from the state it last saw when the
decision changes nothing (a closed breaker admits, an open one sheds) and refreshes that
state in the background every ``sync_s``; successes in a closed breaker are written in one
batch per ``sync_s``, in the same background sync. Failures, probes and every transition
(open to half-open, a probe's admission) go to Redis at once. Other workers therefore see
a change of state about ``sync_s`` late (later when Redis or the event loop is slow).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from redis.asyncio import Redis
from redis.exceptions import RedisError

from llmstream.circuit_breaker import (
    Admission,
    BreakerPolicy,
    BreakerState,
    Phase,
    abandon,
    admit,
    record,
)

T = TypeVar("T")
log = logging.getLogger(__name__)

# KEYS[1]: the breaker hash {v, s}. ARGV: expected version, new state JSON, ttl seconds.
# Returns {1} when written, else {0, current version, current state}.
_COMPARE_AND_SET = """
local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if v ~= tonumber(ARGV[1]) then
  return {0, v, redis.call('HGET', KEYS[1], 's') or ''}
end
redis.call('HSET', KEYS[1], 'v', v + 1, 's', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return {1}
"""

MAX_CONFLICTS = 200  # rounds; each round one of the workers' writers wins


def _decode(version: Any, document: Any) -> tuple[int, BreakerState]:
    if not document:
        return int(version or 0), BreakerState()
    text = document.decode() if isinstance(document, bytes) else str(document)
    return int(version or 0), BreakerState.from_json(json.loads(text))


class BreakerStore:
    """The breakers of every provider model, by key (``<prefix>:breaker:<model>``)."""

    def __init__(
        self,
        redis: Redis,
        prefix: str = "llmstream",
        clock: Callable[[], float] = time.time,
        sync_s: float = 0.1,
    ) -> None:
        self._redis = redis
        self._prefix = prefix
        self._clock = clock
        self._sync_s = sync_s
        self._cas: Any = redis.register_script(_COMPARE_AND_SET)
        self._locks: dict[str, asyncio.Lock] = {}
        self._seen: dict[str, tuple[BreakerState, float]] = {}  # state, monotonic time seen
        self._successes: dict[str, int] = {}  # closed-breaker successes not yet written
        self._synced_at: dict[str, float] = {}
        self._syncing: dict[str, asyncio.Task[None]] = {}
        self._policies: dict[str, BreakerPolicy] = {}

    def key(self, model: str) -> str:
        return f"{self._prefix}:breaker:{model}"

    async def state(self, model: str) -> BreakerState:
        version, document = await self._redis.hmget(self.key(model), ["v", "s"])
        return _decode(version, document)[1]

    async def phase(self, model: str) -> Phase:
        return (await self.state(model)).phase

    def _decided_locally(self, model: str, policy: BreakerPolicy) -> Admission | None:
        """The decision from the state this worker last saw, if it changes nothing; a
        state older than ``sync_s`` is refreshed in the background meanwhile."""
        seen = self._seen.get(model)
        if seen is None:
            return None
        admission, after = admit(seen[0], policy, self._clock())
        if after != seen[0]:
            return None
        if time.monotonic() - seen[1] >= self._sync_s:
            self._sync_in_background(model)
        return admission

    async def admit(self, model: str, policy: BreakerPolicy) -> Admission:
        self._policies[model] = policy
        local = self._decided_locally(model, policy)
        if local is not None:
            return local
        async with self._locks.setdefault(model, asyncio.Lock()):
            # Whoever held the lock before may have just refreshed what this worker saw.
            local = self._decided_locally(model, policy)
            if local is not None:
                return local
            return await self._compare_and_set(
                model, policy, lambda s, now: admit(s, policy, now)
            )

    async def record(
        self, model: str, policy: BreakerPolicy, success: bool, probe: float | None
    ) -> None:
        self._policies[model] = policy
        if success and probe is None:
            self._successes[model] = self._successes.get(model, 0) + 1
            if time.monotonic() - self._synced_at.get(model, -1e9) >= self._sync_s:
                self._sync_in_background(model)
            return
        async with self._locks.setdefault(model, asyncio.Lock()):
            await self._sync(model, policy, (success, probe))

    async def abandon(self, model: str, policy: BreakerPolicy, probe: float | None) -> None:
        if probe is not None:
            async with self._locks.setdefault(model, asyncio.Lock()):
                await self._compare_and_set(
                    model, policy, lambda s, now: (None, abandon(s, probe))
                )

    async def drain(self) -> None:
        """Wait for background syncs and write every success still held (at shutdown)."""
        while self._syncing:
            await asyncio.gather(*self._syncing.values(), return_exceptions=True)
        for model in [m for m, count in self._successes.items() if count]:
            try:
                async with self._locks.setdefault(model, asyncio.Lock()):
                    await self._sync(model, self._policies[model], None)
            except RedisError as error:
                log.warning("breaker %s: successes not written: %s", model, error)

    def _sync_in_background(self, model: str) -> None:
        if model in self._syncing:
            return
        self._synced_at[model] = time.monotonic()
        task = asyncio.create_task(self._background_sync(model))
        self._syncing[model] = task
        task.add_done_callback(lambda _task: self._syncing.pop(model, None))

    async def _background_sync(self, model: str) -> None:
        try:
            async with self._locks.setdefault(model, asyncio.Lock()):
                await self._sync(model, self._policies[model], None)
        except RedisError as error:
            log.warning("breaker %s not synced with Redis: %s", model, error)

    async def _sync(
        self, model: str, policy: BreakerPolicy, outcome: tuple[bool, float | None] | None
    ) -> None:
        """Write the held successes (and ``outcome``), and read the current state."""
        successes = self._successes.pop(model, 0)
        self._synced_at[model] = time.monotonic()

        def step(state: BreakerState, now: float) -> tuple[None, BreakerState]:
            for _ in range(successes):
                state = record(state, policy, now, True)
            if outcome is not None:
                state = record(state, policy, now, *outcome)
            return None, state

        await self._compare_and_set(model, policy, step)

    async def _compare_and_set(
        self,
        model: str,
        policy: BreakerPolicy,
        step: Callable[[BreakerState, float], tuple[T, BreakerState]],
    ) -> T:
        key = self.key(model)
        raw = await self._redis.hmget(key, ["v", "s"])
        version, state = _decode(*raw)
        ttl = max(60, int(policy.window_s + policy.open_s + policy.probe_timeout_s) * 2)
        for _ in range(MAX_CONFLICTS):
            result, new_state = step(state, self._clock())
            if new_state == state:
                self._seen[model] = (state, time.monotonic())
                return result
            reply = await self._cas(
                keys=[key], args=[version, json.dumps(new_state.to_json()), ttl]
            )
            if int(reply[0]) == 1:
                self._seen[model] = (new_state, time.monotonic())
                return result
            version, state = _decode(reply[1], reply[2])
        raise RuntimeError(f"breaker {key}: too many concurrent updates")
