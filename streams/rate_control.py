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
from llmstream.connectors.redis.client import bounded_client
from llmstream.streams.admission import AdmissionControl
from llmstream.streams.provider_limiter import ProviderLimiter

# A Redis call of rate control slower than this fails open: the request is admitted and
# the provider called unlimited (provider_limiter.py, admission.py).
RATE_CONTROL_TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class RateControl:
    redis: Redis
    breakers: BreakerStore
    limiter: ProviderLimiter
    admission: AdmissionControl

    @classmethod
    def connect(cls, config: Config) -> RateControl:
        redis = bounded_client(config.redis.url, RATE_CONTROL_TIMEOUT_S)
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
