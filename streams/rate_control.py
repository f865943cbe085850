"""The worker's rate-control state, shared with every other worker through Redis:
provider breakers and buckets (for ``ModelChain``), app limits and budgets (for
``AdmissionControl``). One Redis connection pool per worker, made on its event loop."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from llmstream.config import Config
from llmstream.connectors.ratecontrol.breaker_store import BreakerStore
from llmstream.connectors.ratecontrol.bucket_store import BucketStore
from llmstream.connectors.ratecontrol.spend_counters import SpendCounters
from llmstream.streams.admission import AdmissionControl
from llmstream.streams.provider_limiter import ProviderLimiter


@dataclass(frozen=True, slots=True)
class RateControl:
    redis: Redis
    breakers: BreakerStore
    limiter: ProviderLimiter
    admission: AdmissionControl

    @classmethod
    def connect(cls, config: Config) -> RateControl:
        redis = Redis.from_url(
            config.redis.url, socket_timeout=5.0, socket_connect_timeout=5.0
        )
        prefix = config.rate_control.key_prefix
        buckets = BucketStore(redis)
        return cls(
            redis=redis,
            breakers=BreakerStore(
                redis, prefix, sync_s=config.rate_control.breaker_sync_ms / 1000
            ),
            limiter=ProviderLimiter(buckets, prefix),
            admission=AdmissionControl(config, buckets, SpendCounters(redis, prefix)),
        )

    async def aclose(self) -> None:
        try:
            await self.breakers.drain()
        finally:
            await self.redis.aclose()
