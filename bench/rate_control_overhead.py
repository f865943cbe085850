"""What rate control costs the request stage per request, against a real Redis.

The provider is stubbed at the transport (it answers after ``--latency-ms``, suspending
like a real call), so what is measured beyond that latency is the request stage's own
work: decode, validate, admission, breaker, limiter, invocation, encode. Three setups on
the same requests:

- ``off``: no rate control (no Redis at all);
- ``breaker``: the default configuration (breakers only: no Redis call in steady state);
- ``all``: breakers, an RPM and TPM limiter on the model, one app limit and two budgets
  that apply to every request (about five Redis round trips per request).

    redis-server --port 6390 --save '' &
    .venv/bin/python bench/rate_control_overhead.py --redis redis://127.0.0.1:6390/0
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from llmstream.config import Config, parse_config
from llmstream.connectors.avro import serde
from llmstream.connectors.providers.factory import build_provider
from llmstream.events import Message, Request
from llmstream.streams.rate_control import RateControl
from llmstream.streams.request_handler import RequestHandler
from llmstream.streams.transactional import InRecord

REPO = Path(__file__).resolve().parents[1]
COMPLETION = {
    "id": "c", "object": "chat.completion", "created": 1, "model": "sim-gpt-small",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25},
}


def config_for(setup: str, redis_url: str, prefix: str) -> Config:
    document: dict[str, Any] = yaml.safe_load((REPO / "llmstream.yaml").read_text())
    document["redis"] = {"url": redis_url}
    document["rate_control"] = {"key_prefix": prefix}
    if setup == "all":
        document["models"]["sim-small"]["limits"] = {"rpm": 10_000_000, "tpm": 1_000_000_000}
        document["app_limits"] = [{"scope": "user", "rpm": 10_000_000}]
        document["budgets"] = [
            {"scope": "tenant", "period": "day", "limit_usd": 1e9},
            {"scope": "feature", "period": "month", "limit_usd": 1e9},
        ]
    return parse_config(document)


async def measure(
    setup: str, redis_url: str, count: int, concurrency: int, latency_s: float
) -> list[float]:
    config = config_for(setup, redis_url, f"bench{time.monotonic_ns()}")
    async def answer(_request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(latency_s)  # a provider call suspends on I/O
        return httpx.Response(200, json=COMPLETION)

    transport = httpx.MockTransport(answer)
    providers = {name: build_provider(p, transport) for name, p in config.providers.items()}
    rate_control = RateControl.connect(config) if setup != "off" else None
    handler = RequestHandler(config, providers, "bench", rate_control=rate_control)
    codec = serde("request")
    records = [
        InRecord(
            "llm.requests", 0, i, b"k",
            codec.encode(Request(f"r{i}", [Message("user", f"question {i}")], user_id="u",
                                 tenant="t", feature="f").to_record()),
            0,
        )
        for i in range(count)
    ]
    gate = asyncio.Semaphore(concurrency)
    timings: list[float] = []

    async def one(record: InRecord) -> None:
        async with gate:
            started = time.perf_counter()
            await handler.handle(record)
            timings.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(one(record) for record in records[:200]))  # warm up
    timings.clear()
    started = time.perf_counter()
    await asyncio.gather(*(one(record) for record in records[200:]))
    elapsed = time.perf_counter() - started
    print(f"{setup:8s} {len(timings) / elapsed:8.0f} req/s   "
          f"p50 {statistics.median(timings):6.2f} ms   "
          f"p99 {statistics.quantiles(timings, n=100)[98]:6.2f} ms")
    if rate_control is not None:
        await rate_control.aclose()
    for provider in providers.values():
        await provider.aclose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    args = parser.parse_args()
    for setup in ("off", "breaker", "all"):
        asyncio.run(
            measure(setup, args.redis, args.requests, args.concurrency, args.latency_ms / 1000)
        )


if __name__ == "__main__":
    main()
