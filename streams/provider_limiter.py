"""The shared provider limiter: holds a call back until the model's buckets grant it.

Each provider model with ``limits.rpm`` / ``limits.tpm`` has a requests bucket and a
tokens bucket in Redis (``connectors/ratecontrol/bucket_store.py``), shared by every
worker. Before a call the worker reserves one request and its estimated tokens (the
prompt's estimate plus the call's max tokens) and then *waits* the time the reservation
names, so the request handler's coroutine, and with it one slot of the processor's
bounded in-flight work, is held; when every slot is held the processor pauses its
partitions (backpressure) instead of firing calls into 429s. After the call the
reservation is corrected: the tokens it did not use are given back, and every retry the
call needed is charged as one more request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from redis.exceptions import RedisError

from llmstream.config import ModelLimitsConfig
from llmstream.connectors.ratecontrol.bucket_store import BucketCharge, BucketStore
from llmstream.token_bucket import BucketSpec, rate_for_window

log = logging.getLogger(__name__)
WINDOW_S = 60.0


def bucket_spec(limit: int, burst_s: float) -> BucketSpec:
    """A bucket that never lets more than ``limit`` through in any minute."""
    burst = max(1.0, limit * burst_s / WINDOW_S)
    return BucketSpec(capacity=burst, rate=rate_for_window(limit, WINDOW_S, burst))


@dataclass(frozen=True, slots=True)
class Ticket:
    """A granted reservation: wait ``wait_s``, then call."""

    model: str
    wait_s: float
    estimated_tokens: int


class ProviderLimiter:
    def __init__(self, store: BucketStore, prefix: str = "llmstream") -> None:
        self._store = store
        self._prefix = prefix

    def _key(self, model: str, unit: str) -> str:
        return f"{self._prefix}:bucket:{model}:{unit}"

    async def acquire(
        self, model: str, limits: ModelLimitsConfig, estimated_tokens: int, max_wait_s: float
    ) -> Ticket | None:
        """Reserve a call to ``model``; None when the buckets cannot grant it within
        ``max_wait_s`` (nothing is charged then). Without Redis, calls go unlimited."""
        charges = []
        if limits.rpm is not None:
            charges.append(
                BucketCharge(self._key(model, "rpm"), bucket_spec(limits.rpm, limits.burst_s), 1)
            )
        if limits.tpm is not None:
            charges.append(
                BucketCharge(
                    self._key(model, "tpm"),
                    bucket_spec(limits.tpm, limits.burst_s),
                    estimated_tokens,
                )
            )
        if not charges:
            return Ticket(model, 0.0, estimated_tokens)
        try:
            grant = await self._store.reserve(charges, max_wait_s)
        except RedisError as error:
            log.warning("limiter unavailable, calling %s unlimited: %s", model, error)
            return Ticket(model, 0.0, estimated_tokens)
        if not grant.granted:
            return None
        return Ticket(model, grant.wait_s, estimated_tokens)

    async def settle(
        self, ticket: Ticket, limits: ModelLimitsConfig, attempts: int, used_tokens: int
    ) -> None:
        """Correct the reservation: ``attempts`` requests were made, ``used_tokens`` used."""
        try:
            if limits.rpm is not None and attempts > 1:
                spec = bucket_spec(limits.rpm, limits.burst_s)
                await self._store.adjust(self._key(ticket.model, "rpm"), spec, -(attempts - 1))
            if limits.tpm is not None and used_tokens != ticket.estimated_tokens:
                spec = bucket_spec(limits.tpm, limits.burst_s)
                charged = min(float(ticket.estimated_tokens), spec.capacity)
                await self._store.adjust(
                    self._key(ticket.model, "tpm"), spec, charged - used_tokens
                )
        except RedisError as error:
            log.warning("limiter unavailable, reservation of %s not corrected: %s",
                        ticket.model, error)
