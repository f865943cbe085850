"""Token buckets in Redis, reserved atomically by a Lua script shared by every worker.

The script is ``llmstream.token_bucket.reserve``/``adjust`` in Lua, over several buckets
at once (a model's requests-per-minute and tokens-per-minute buckets): either every bucket
grants within the caller's wait limit and all are charged, or none is. Time is Redis's own
clock (``TIME``), so workers on different machines agree on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from llmstream.token_bucket import BucketSpec

# Shared by both scripts, so reserve and adjust refill and store a bucket the same way:
# now (Redis's clock), the balance after refilling since the last update, and the write
# with an expiry (an idle bucket refills completely; keep it no longer than that, plus
# any debt).
_BUCKET_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local function refilled(key, capacity, rate)
  local held = redis.call('HMGET', key, 'tokens', 'updated_at')
  local tokens = tonumber(held[1])
  local updated = tonumber(held[2])
  if tokens == nil then tokens = capacity; updated = now end
  local elapsed = now - updated
  if elapsed < 0 then elapsed = 0 end
  tokens = math.min(capacity, tokens + elapsed * rate)
  if updated < now then updated = now end
  return tokens, updated
end
local function store(key, tokens, updated, capacity, rate)
  redis.call('HSET', key, 'tokens', tostring(tokens), 'updated_at', tostring(updated))
  redis.call('EXPIRE', key, math.ceil((capacity - math.min(0, tokens)) / rate) + 60)
end
"""

# KEYS: one hash per bucket. ARGV: max_wait_s, then capacity, rate, cost per bucket.
# Returns {granted (0/1), wait_s as a string}.
_RESERVE = _BUCKET_LUA + """
local max_wait = tonumber(ARGV[1])
local n = #KEYS
local after = {}
local stamp = {}
local wait = 0
for i = 1, n do
  local capacity = tonumber(ARGV[2 + (i - 1) * 3])
  local rate = tonumber(ARGV[3 + (i - 1) * 3])
  local cost = tonumber(ARGV[4 + (i - 1) * 3])
  local tokens, updated = refilled(KEYS[i], capacity, rate)
  stamp[i] = updated
  local left = tokens - math.min(cost, capacity)
  if left < 0 then
    local w = -left / rate
    if w > wait then wait = w end
  end
  -- granted: store the balance after the charge; refused: just the refill
  after[i] = {left, tokens}
end
local granted = wait <= max_wait
for i = 1, n do
  local capacity = tonumber(ARGV[2 + (i - 1) * 3])
  local rate = tonumber(ARGV[3 + (i - 1) * 3])
  store(KEYS[i], granted and after[i][1] or after[i][2], stamp[i], capacity, rate)
end
return {granted and 1 or 0, tostring(wait)}
"""

# KEYS[1]: the bucket. ARGV: capacity, rate, delta. Mirrors token_bucket.adjust.
_ADJUST = _BUCKET_LUA + """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local tokens, updated = refilled(KEYS[1], capacity, rate)
tokens = math.max(-capacity * 60, math.min(capacity, tokens + tonumber(ARGV[3])))
store(KEYS[1], tokens, updated, capacity, rate)
return tostring(tokens)
"""


@dataclass(frozen=True, slots=True)
class BucketCharge:
    key: str
    spec: BucketSpec
    cost: float


@dataclass(frozen=True, slots=True)
class Grant:
    granted: bool
    wait_s: float


class BucketStore:
    """Reserve and correct shared token buckets (keys are full Redis keys)."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._reserve: Any = redis.register_script(_RESERVE)
        self._adjust: Any = redis.register_script(_ADJUST)

    async def reserve(self, charges: Sequence[BucketCharge], max_wait_s: float) -> Grant:
        """Charge every bucket, or none when one would make the caller wait > max_wait_s."""
        if not charges:
            return Grant(True, 0.0)
        args: list[float] = [max(0.0, max_wait_s)]
        for charge in charges:
            args += [charge.spec.capacity, charge.spec.rate, charge.cost]
        granted, wait = await self._reserve(keys=[c.key for c in charges], args=args)
        return Grant(bool(int(granted)), float(wait))

    async def adjust(self, key: str, spec: BucketSpec, delta: float) -> float:
        """Give back (delta > 0) or charge (delta < 0) tokens; returns the new balance."""
        balance = await self._adjust(keys=[key], args=[spec.capacity, spec.rate, delta])
        return float(balance)
