"""Draw a simulated service time from the configured distribution. Pure."""

from __future__ import annotations

import math
import random

from .behaviour import (
    FixedLatency,
    LognormalLatency,
    UniformLatency,
)

# The standard normal quantile at 0.99: p99 = median * exp(sigma * Z99).
Z99 = 2.3263478740408408


def sample_latency_ms(
    spec: FixedLatency | UniformLatency | LognormalLatency, rng: random.Random
) -> float:
    if isinstance(spec, FixedLatency):
        return spec.ms
    if isinstance(spec, UniformLatency):
        return rng.uniform(spec.min_ms, spec.max_ms)
    sigma = math.log(spec.p99_ms / spec.median_ms) / Z99
    return rng.lognormvariate(math.log(spec.median_ms), sigma)
