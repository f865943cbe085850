"""End-to-end latency of a cache miss, an exact hit and a semantic hit, side by side.

End to end = from the client publishing the request to the client reading its response
(read-committed, so after the worker's transaction commit): two topic hops and the
whole request stage. The simulated provider answers after a fixed latency (20 ms).
Each answer is also split at the response's ``created_at``: publish -> response built (the
request hop and the stage) and response built -> read (the topic hop: the worker's
transaction commit and the read-committed fetch; wall clocks of one machine).

    # against a running stack (llmstream up):
    .venv/bin/python bench/cache_hit_latency.py --config llmstream.yaml
    # or on a throw-away stack on free ports (Kafka, Redis, simulator, one worker):
    PYTHONPATH=. .venv/bin/python bench/cache_hit_latency.py --own-stack /tmp/cache-bench

Requests go one at a time at a steady pace (``--rate``), so the figures are latency, not
queueing. Each kind gets ``--requests`` requests:
  miss      a question never seen before (one provider call each)
  exact     one of 10 questions asked before, byte for byte
  semantic  a paraphrase of one of those questions
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import yaml

from llmstream.cache_key import CacheMode, CacheSubject
from llmstream.client import request_from_json
from llmstream.config import Config, load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.consumer import TailReader
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer
from llmstream.connectors.providers.base import ChatResult
from llmstream.connectors.redis.cache_store import CachedAnswer
from llmstream.events import Message
from llmstream.streams.invocation import Invocation
from llmstream.streams.response_cache import ResponseCache, answer_of

PRODUCTS = ["Kindle Paperwhite", "Pixel 8", "Galaxy S24", "MacBook Air", "Roku Ultra",
            "Echo Dot", "Sonos One", "Dyson V15", "Kobo Clara", "Surface Pro"]


@dataclass(frozen=True, slots=True)
class Answered:
    """One request's timings (ms) and how the cache answered it."""

    request_id: str
    end_to_end_ms: float
    cache: str
    publish_to_built_ms: float  # request created_at -> response created_at
    built_to_read_ms: float  # response created_at -> the client reading it: the topic hop


def one_by_one(config: Config, texts: list[str], rate: float) -> list[Answered]:
    """Each text answered, one request in flight at a time."""
    codec, response_codec = serde("request"), serde("response")
    reader = TailReader(config.kafka, config.topics.responses)
    producer = RecordProducer(config.kafka)
    results: list[Answered] = []
    for text in texts:
        due = time.perf_counter() + 1 / rate
        request = request_from_json({
            "request_id": uuid.uuid4().hex,
            "messages": [{"role": "user", "content": text}],
            "params": {"temperature": 0, "max_tokens": 64},
        })
        sent = time.perf_counter()
        producer.produce(OutRecord(config.topics.requests, request.request_id.encode(),
                                   codec.encode(request.to_record())))
        producer.flush()
        answer: dict[str, object] | None = None
        read_at = 0.0
        while answer is None and time.perf_counter() - sent < 30:
            for message in reader.consume(100, 0.05):
                if message.error():
                    continue
                record = response_codec.decode(message.value())
                if record["request_id"] == request.request_id:
                    answer, read_at = record, time.time() * 1000
        elapsed = (time.perf_counter() - sent) * 1000
        if answer is None:
            results.append(Answered(request.request_id, elapsed, "timeout", float("nan"),
                                    float("nan")))
        else:
            built = answer["created_at"]
            assert isinstance(built, datetime)
            built_ms = built.timestamp() * 1000
            results.append(Answered(request.request_id, elapsed, str(answer["cache"]),
                                    built_ms - request.created_at, read_at - built_ms))
        while time.perf_counter() < due:
            time.sleep(0.001)
    reader.close()
    return results


def worker_stages(reader: TailReader, ids: set[str]) -> dict[str, dict[str, float]]:
    """The worker's own split of each request (its telemetry row): ``queue`` = request
    created -> handler started (the request hop), ``pipeline`` = the handler itself."""
    codec = serde("telemetry")
    waiting = set(ids)
    stages: dict[str, dict[str, float]] = {}
    deadline = time.monotonic() + 60
    while waiting and time.monotonic() < deadline:
        for message in reader.consume(500, 0.2):
            if message.error():
                continue
            record = codec.decode(message.value())
            if record["kind"] == "request" and record["request_id"] in waiting:
                waiting.discard(record["request_id"])
                stages[record["request_id"]] = record["stage_latency_ms"]
    return stages


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100)
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}


def measure(config: Config, requests: int, rate: float, latency_ms: float) -> dict[str, object]:
    sim = f"http://{config.simulator.host}:{config.simulator.port}/_sim/config"
    httpx.put(sim, json={"latency": {"kind": "fixed", "ms": latency_ms}},
              timeout=5).raise_for_status()
    run = uuid.uuid4().hex[:6]
    telemetry = TailReader(config.kafka, config.topics.telemetry)
    seeds = [f"How do I reset my {product}? (run {run})" for product in PRODUCTS]
    one_by_one(config, [f"warm-up question {i} {run}" for i in range(20)], rate)
    one_by_one(config, seeds, rate)  # these are now cached
    misses = one_by_one(config, [f"What is new in release {i}? ({run})"
                                 for i in range(requests)], rate)
    exact = one_by_one(config, [seeds[i % len(seeds)] for i in range(requests)], rate)
    semantic = one_by_one(config, [
        f"What is the way to reset my {PRODUCTS[i % len(PRODUCTS)]}? (run {run})"
        for i in range(requests)], rate)
    result: dict[str, object] = {"provider_latency_ms": latency_ms, "rate_per_s": rate}
    stages = worker_stages(telemetry, {r.request_id for r in [*misses, *exact, *semantic]})
    telemetry.close()
    for name, rows in (("miss", misses), ("exact", exact), ("semantic", semantic)):
        outcomes = dict(sorted(Counter(row.cache for row in rows).items()))
        result[name] = {
            "end_to_end_ms": percentiles([row.end_to_end_ms for row in rows]),
            "publish_to_response_built_ms": percentiles([r.publish_to_built_ms for r in rows]),
            "response_built_to_read_ms": percentiles([r.built_to_read_ms for r in rows]),
            "worker_stages_ms": {
                stage: percentiles([stages[r.request_id][stage] for r in rows
                                    if r.request_id in stages])
                for stage in ("queue", "pipeline")
            },
            "cache_outcomes": outcomes,
        }
    result["cache_stage_only"] = asyncio.run(stage_only(config, requests * 3))
    return result


async def stage_only(config: Config, count: int) -> dict[str, object]:
    """The cache stage alone, in this process, against the stack's Redis: what a hit
    costs the worker (exact: one GET; semantic: embed, index search, one GET)."""
    cache = ResponseCache(config.cache, config.redis.url, "bench")
    await cache.start()
    await asyncio.wait_for(cache.synced.wait(), 120)
    route = config.routes[config.default_route].cache

    async def compute() -> tuple[Invocation, CachedAnswer | None]:
        invocation = Invocation(ChatResult("an answer", "stop", 10, 5, "m", 1.0))
        return invocation, answer_of(invocation)

    def subject(text: str) -> CacheSubject:
        return CacheSubject(route="default", model="bench", messages=(Message("user", text),),
                            temperature=0.0, max_tokens=64)

    run = uuid.uuid4().hex[:6]
    deadline = time.monotonic() + 3600
    await cache.serve(subject(f"How do I reset my Pixel 8? {run}"), CacheMode.DEFAULT, route,
                      deadline, compute)
    while cache.semantic_entries == 0:
        await asyncio.sleep(0.01)
    figures: dict[str, object] = {}
    for name, text in (("exact", f"How do I reset my Pixel 8? {run}"),
                       ("semantic", f"What is the way to reset my Pixel 8? {run}")):
        samples, outcomes = [], set()
        for _ in range(count):
            t0 = time.perf_counter()
            served = await cache.serve(subject(text), CacheMode.DEFAULT, route, deadline,
                                       compute)
            samples.append((time.perf_counter() - t0) * 1000)
            outcomes.add(served.outcome.value)
        figures[name] = {"ms": percentiles(samples), "outcomes": sorted(outcomes)}
    await cache.stop()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--own-stack", default=None, help="a directory for a throw-away stack")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--provider-latency-ms", type=float, default=20.0)
    parser.add_argument("--hit-delivery", choices=["immediate", "transactional"],
                        help="with --own-stack: the worker's worker.hit_delivery")
    args = parser.parse_args()
    if args.own_stack:
        directory = Path(args.own_stack or tempfile.mkdtemp())
        from tests.integration.pipeline_stack import pipeline_stack
        from tests.integration.stackfixture import REPO_CONFIG

        source = REPO_CONFIG
        if args.hit_delivery:
            document = yaml.safe_load(REPO_CONFIG.read_text())
            document.setdefault("worker", {})["hit_delivery"] = args.hit_delivery
            directory.mkdir(parents=True, exist_ok=True)
            source = directory / "source.llmstream.yaml"
            source.write_text(yaml.safe_dump(document, sort_keys=False))
        with pipeline_stack(directory, source) as config:
            result = measure(config, args.requests, args.rate, args.provider_latency_ms)
    else:
        result = measure(load_config(args.config), args.requests, args.rate,
                         args.provider_latency_ms)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
