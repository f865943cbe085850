"""Rate-controlled invocation on the real broker, Redis and simulated provider: the
breaker and fallback chain, budgets and app limits, and two workers sharing the limiter.

The pipeline here runs on its own topics, consumer group and Redis key prefix, with a
configuration derived from the test stack's (short breaker windows, limits, budgets).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import yaml
from confluent_kafka import Consumer, TopicPartition
from redis.asyncio import Redis as AsyncRedis

from llmstream.circuit_breaker import BreakerPolicy, BreakerState, Phase
from llmstream.client import LLMClient
from llmstream.config import Config, ModelLimitsConfig, load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.admin import KafkaAdmin, pipeline_topic_specs
from llmstream.connectors.ratecontrol.breaker_store import BreakerStore
from llmstream.connectors.ratecontrol.bucket_store import BucketCharge, BucketStore
from llmstream.events import Response, Telemetry
from llmstream.streams.provider_limiter import ProviderLimiter
from llmstream.token_bucket import BucketSpec
from llmstream.workload import sample_requests
from tests.integration.services import ServiceProcess, simulator, wait_until, worker
from tests.integration.stackfixture import free_ports

pytestmark = pytest.mark.integration

PRIMARY = "sim-small"  # provider model sim-gpt-small on the OpenAI wire
BACKUP = "sim-claude"  # sim-claude-haiku on the Anthropic wire
LIMITED_NAME = "sim-gpt-large"
LIMIT_RPM = 600
BUDGET_USD = 0.0004


def rate_control_document(base: dict[str, Any], prefix: str) -> dict[str, Any]:
    document = dict(base)
    document["topics"] = {
        **base.get("topics", {}),
        "requests": "rc.requests",
        "responses": "rc.responses",
        "telemetry": "rc.telemetry",
        "dead_letter": "rc.dead-letter",
        "prompts": "rc.prompts",
    }
    # Few requests in flight per worker: beyond them the worker pauses consumption, so the
    # breaker sees the first failures before most requests have started.
    document["worker"] = {**base.get("worker", {}), "group_id": "rc-pipeline", "max_in_flight": 8}
    models = dict(base["models"])
    models["sim-mini"] = {
        "provider": "simulator",
        "name": "sim-gpt-small",
        "price": {"input_per_mtok": 0.01, "output_per_mtok": 0.02},
    }
    models["limited"] = {
        "provider": "simulator",
        "name": LIMITED_NAME,
        "price": {"input_per_mtok": 0.15, "output_per_mtok": 0.60},
        "limits": {"rpm": LIMIT_RPM, "burst_s": 1.0},
    }
    models["trickle"] = {
        "provider": "simulator",
        "name": "sim-trickle",
        "price": {"input_per_mtok": 0.15, "output_per_mtok": 0.60},
        "limits": {"rpm": 2, "burst_s": 1.0},  # a burst of 1, then one call per minute
    }
    document["models"] = models
    fast_retry = {"max_attempts": 2, "base_delay_s": 0.05, "max_delay_s": 0.2}
    document["routes"] = {
        **base["routes"],
        "resilient": {"model": PRIMARY, "fallback": [BACKUP], "retry": fast_retry},
        "cheap": {"model": "sim-mini"},
        # Requests wait minutes in the queue behind the limiter: a long deadline.
        "limited": {"model": "limited", "deadline_s": 900},
        "trickle": {"model": "trickle", "deadline_s": 3},
    }
    document["breaker"] = {
        "window_s": 5,
        "min_calls": 5,
        "failure_ratio": 0.5,
        "open_s": 2,
        "half_open_probes": 2,
        "probe_timeout_s": 10,
    }
    document["budgets"] = [
        {"scope": "tenant", "key": "t-reject", "period": "day", "limit_usd": BUDGET_USD},
        {"scope": "tenant", "key": "t-down", "period": "day", "limit_usd": BUDGET_USD,
         "action": "downgrade", "downgrade_route": "cheap"},
    ]
    document["app_limits"] = [
        {"scope": "user", "key": "rl-user", "rpm": 5},
        {"scope": "feature", "key": "rl-feature", "rpm": 3, "action": "downgrade",
         "downgrade_route": "cheap"},
    ]
    document["rate_control"] = {"key_prefix": prefix}
    return document


class RatePipeline:
    def __init__(self, infra: Any, tmp: Path) -> None:
        base = yaml.safe_load(Path(infra.config_path).read_text())
        self.prefix = f"rc{os.getpid()}x{time.monotonic_ns() % 10_000}"
        self.config_path = tmp / "rate-control.yaml"
        self.config_path.write_text(
            yaml.safe_dump(rate_control_document(base, self.prefix), sort_keys=False)
        )
        self.config: Config = load_config(self.config_path)
        self.logs = tmp
        self.simulator = simulator(self.config, self.config_path, tmp, "--latency", "fixed:20")
        self.workers: dict[str, ServiceProcess] = {}
        self.redis = redis.Redis.from_url(self.config.redis.url)
        sim = self.config.simulator
        self.sim_url = f"http://{sim.host}:{sim.port}"

    def start_worker(self, worker_id: str, web_port: int) -> ServiceProcess:
        process = worker(self.config, self.config_path, self.logs, worker_id, web_port)
        self.workers[worker_id] = process
        return process.start(timeout_s=90)

    def sim(self, method: str, path: str, body: Any = None) -> Any:
        reply = httpx.request(method, f"{self.sim_url}{path}", json=body, timeout=10)
        reply.raise_for_status()
        return reply.json()

    def breaker(self, model: str) -> BreakerState:
        document = self.redis.hget(f"{self.prefix}:breaker:{model}", "s")
        if not document:
            return BreakerState()
        return BreakerState.from_json(json.loads(document))

    def stop(self) -> None:
        for process in [*self.workers.values(), self.simulator]:
            process.stop()
        self.redis.close()


@pytest.fixture(scope="module")
def rates(infra: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RatePipeline]:
    running = RatePipeline(infra, tmp_path_factory.mktemp("rate-control"))
    try:
        KafkaAdmin.from_config(running.config.kafka).ensure_topics(
            pipeline_topic_specs(running.config)
        )
        running.simulator.start()
        running.start_worker("rc1", running.config.worker.web_port)
        yield running
    finally:
        running.stop()


def requests_for(count: int, seed: int, **fields: Any) -> list[dict[str, Any]]:
    lines = sample_requests(count, seed=seed, with_errors=False)
    # The sample workload repeats prompts; these tests are about provider calls, so every
    # request goes to the provider rather than the cache.
    return [{**line, "tenant": None, "user_id": None, "feature": None, "cache": "bypass",
             **fields} for line in lines]


def ask_all(config: Config, lines: list[dict[str, Any]], timeout_s: float) -> dict[str, Response]:
    with LLMClient(config) as client:
        ids = [client.publish(line, flush=False) for line in lines]
        client.flush()
        return {r.request_id: r for r in client.responses(ids, timeout_s=timeout_s)}


def ask_one_by_one(config: Config, lines: list[dict[str, Any]]) -> list[Response]:
    with LLMClient(config) as client:
        return [client.ask(line, timeout_s=60) for line in lines]


def request_telemetry(config: Config, ids: set[str]) -> dict[str, Telemetry]:
    """The ``kind=request`` telemetry row of each id, read committed from the start."""
    consumer = Consumer(
        {
            "bootstrap.servers": config.kafka.bootstrap_servers,
            "group.id": f"rc-audit-{time.monotonic_ns()}",
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
        }
    )
    topic = config.topics.telemetry
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    consumer.assign([TopicPartition(topic, p, 0) for p in partitions])
    codec = serde("telemetry")
    rows: dict[str, Telemetry] = {}

    def complete() -> bool:
        for message in consumer.consume(1000, 0.5):
            if message.error():
                continue
            row = Telemetry.from_record(codec.decode(message.value()))
            if row.kind == "request" and row.request_id in ids:
                rows[row.request_id] = row
        return len(rows) == len(ids)

    try:
        wait_until(complete, 120, f"telemetry of {len(ids)} requests", interval_s=0)
    finally:
        consumer.close()
    return rows


def test_primary_down_fallback_answers_everything_then_breaker_closes_on_recovery(
    rates: RatePipeline,
) -> None:
    rates.sim("POST", "/_sim/reset")
    rates.sim("PUT", "/_sim/config", {"model_faults": {"sim-gpt-small": {"server_error": 1.0}}})
    # Phase 1: the primary answers nothing but 500s for the whole phase.
    lines = requests_for(120, seed=31, route="resilient")
    answers = ask_all(rates.config, lines, timeout_s=180)
    assert len(answers) == 120
    assert Counter(a.status for a in answers.values()) == {"ok": 120}
    assert {a.model for a in answers.values()} == {BACKUP}
    assert {a.provider for a in answers.values()} == {"simulator-anthropic"}
    telemetry = request_telemetry(rates.config, set(answers))
    assert all(row.fallback and row.model == BACKUP for row in telemetry.values())
    assert all(row.attempts == answers[rid].attempts for rid, row in telemetry.items())
    # The breaker opened and shed the primary: most requests never tried it (one attempt,
    # on the backup), and the primary saw far fewer calls than the requests' retries.
    shed = sum(1 for a in answers.values() if a.attempts == 1)
    primary_calls = rates.sim("GET", "/_sim/stats")["by_model"].get("sim-gpt-small", 0)
    assert shed >= 60, f"only {shed} of 120 requests skipped the failing primary"
    assert primary_calls < 120, primary_calls
    assert rates.breaker(PRIMARY).phase is not Phase.CLOSED

    # Phase 2: the primary recovers; traffic keeps flowing; the breaker closes within 60 s.
    rates.sim("PUT", "/_sim/config", {"model_faults": {}})
    recovered = time.monotonic()
    trickle = iter(requests_for(1000, seed=32, route="resilient"))
    with LLMClient(rates.config) as client:

        def closed() -> bool:
            client.ask(next(trickle), timeout_s=30)
            return rates.breaker(PRIMARY).phase is Phase.CLOSED

        wait_until(closed, 60, "the breaker to close after the primary recovered",
                   interval_s=0.2)
    assert time.monotonic() - recovered < 60
    after = ask_one_by_one(rates.config, requests_for(10, seed=33, route="resilient"))
    assert [(a.status, a.model, a.attempts) for a in after] == [("ok", PRIMARY, 1)] * 10
    rows = request_telemetry(rates.config, {a.request_id for a in after})
    assert not any(row.fallback for row in rows.values())


def first_refused(costs: list[float], limit: float) -> int:
    """Index of the first request a budget of ``limit`` refuses, one request at a time."""
    spent = 0.0
    for index, cost in enumerate(costs):
        if spent >= limit:
            return index
        spent += cost
    return len(costs)


def test_tenant_budget_rejects_or_downgrades_from_the_right_request(
    rates: RatePipeline,
) -> None:
    rates.sim("POST", "/_sim/reset")
    refused = ask_one_by_one(rates.config, requests_for(40, seed=41, tenant="t-reject"))
    statuses = [a.status for a in refused]
    cut = statuses.index("budget_exceeded")
    assert 2 <= cut < 40
    assert statuses == ["ok"] * cut + ["budget_exceeded"] * (40 - cut)
    assert cut == first_refused([a.cost_usd for a in refused[:cut]] + [0.0], BUDGET_USD)
    assert "t-reject" in (refused[cut].reason or "")
    # The running spend in Redis is exactly what the answered requests cost.
    day = time.strftime("%Y-%m-%d", time.gmtime())
    counter = rates.redis.get(f"{rates.prefix}:spend:tenant:t-reject:day:{day}")
    assert float(counter or 0) == pytest.approx(sum(a.cost_usd for a in refused[:cut]))

    downgraded = ask_one_by_one(rates.config, requests_for(40, seed=42, tenant="t-down"))
    assert {a.status for a in downgraded} == {"ok"}
    models = [a.model for a in downgraded]
    cut = models.index("sim-mini")
    assert 2 <= cut < 40
    assert models == [PRIMARY] * cut + ["sim-mini"] * (40 - cut)
    assert cut == first_refused([a.cost_usd for a in downgraded[:cut]] + [0.0], BUDGET_USD)
    assert {a.route for a in downgraded[cut:]} == {"cheap"}
    assert all("downgraded to route 'cheap'" in (a.reason or "") for a in downgraded[cut:])


def test_per_user_rate_limit_rejects_beyond_its_requests_per_minute(
    rates: RatePipeline,
) -> None:
    answers = ask_one_by_one(rates.config, requests_for(8, seed=51, user_id="rl-user"))
    assert [a.status for a in answers] == ["ok"] * 5 + ["rate_limited"] * 3
    assert "rl-user" in (answers[5].reason or "")
    other = ask_one_by_one(rates.config, requests_for(3, seed=52, user_id="someone-else"))
    assert [a.status for a in other] == ["ok"] * 3


def test_a_request_the_limiter_cannot_serve_before_its_deadline_is_not_sent(
    rates: RatePipeline,
) -> None:
    rates.sim("POST", "/_sim/reset")
    answers = ask_one_by_one(rates.config, requests_for(3, seed=71, route="trickle"))
    assert [a.status for a in answers] == ["ok", "deadline_exceeded", "deadline_exceeded"]
    assert "no rate-limit slot before the deadline" in (answers[1].reason or "")
    assert answers[1].attempts == 0
    # the provider saw the one call the bucket granted, nothing more
    assert rates.sim("GET", "/_sim/stats")["by_model"] == {"sim-trickle": 1}


def test_per_feature_rate_limit_downgrades_beyond_its_requests_per_minute(
    rates: RatePipeline,
) -> None:
    answers = ask_one_by_one(rates.config, requests_for(5, seed=53, feature="rl-feature"))
    assert [(a.status, a.model) for a in answers] == [("ok", PRIMARY)] * 3 + [
        ("ok", "sim-mini")
    ] * 2
    assert "feature 'rl-feature'" in (answers[3].reason or "")
    assert answers[3].route == "cheap"


def test_lua_bucket_reservations_race_free_across_clients(rates: RatePipeline) -> None:
    """200 concurrent reservations from four connections: each granted slot is one refill
    interval after the previous one, none lost or doubled."""

    async def reserve_all() -> list[float]:
        clients = [AsyncRedis.from_url(rates.config.redis.url) for _ in range(4)]
        stores = [BucketStore(client) for client in clients]
        spec = BucketSpec(capacity=10, rate=10)
        key = f"{rates.prefix}:test:race"
        grants = await asyncio.gather(
            *(stores[i % 4].reserve([BucketCharge(key, spec, 1)], 1e6) for i in range(200))
        )
        for client in clients:
            await client.aclose()
        return sorted(grant.wait_s for grant in grants)

    waits = asyncio.run(reserve_all())
    assert all(w == 0 for w in waits[:9])
    # The i-th reservation waits (i - 9) / 10 s, less the refill while the calls ran.
    for index, wait in enumerate(waits[10:], start=10):
        assert (index - 9) / 10 - 0.5 <= wait <= (index - 9) / 10 + 1e-6


def test_breaker_updates_from_many_clients_are_never_lost(rates: RatePipeline) -> None:
    async def record_all() -> tuple[int, int]:
        # four stores: four workers, each with its own connection
        clients = [AsyncRedis.from_url(rates.config.redis.url) for _ in range(4)]
        stores = [BreakerStore(client, rates.prefix, sync_s=0) for client in clients]
        policy = BreakerPolicy(window_s=600, min_calls=10_000)
        await asyncio.gather(
            *(stores[i % 4].record("race-model", policy, i % 3 != 0, None) for i in range(90))
        )
        for store in stores:
            await store.drain()
        state = await stores[0].state("race-model")
        for client in clients:
            await client.aclose()
        return sum(s[1] for s in state.slots), sum(s[2] for s in state.slots)

    assert asyncio.run(record_all()) == (90, 30)


def test_a_breaker_opened_by_one_worker_sheds_in_another_within_sync_s(
    rates: RatePipeline,
) -> None:
    async def scenario() -> None:
        clients = [AsyncRedis.from_url(rates.config.redis.url) for _ in range(2)]
        one, other = (BreakerStore(c, f"{rates.prefix}:sync", sync_s=0.2) for c in clients)
        policy = BreakerPolicy(window_s=60, min_calls=3, failure_ratio=0.5, open_s=30)
        assert (await other.admit("m", policy)).allowed  # sees it closed, remembers that
        for _ in range(3):
            await one.record("m", policy, False, None)
        assert (await one.state("m")).phase is Phase.OPEN
        assert not (await one.admit("m", policy)).allowed
        deadline = time.monotonic() + 0.2 + 1.0
        while (await other.admit("m", policy)).allowed:
            assert time.monotonic() < deadline, "the other worker never saw the open breaker"
            await asyncio.sleep(0.01)
        for client in clients:
            await client.aclose()

    asyncio.run(scenario())


def test_reservations_are_corrected_with_actual_tokens_and_retries(rates: RatePipeline) -> None:
    async def scenario() -> None:
        client = AsyncRedis.from_url(rates.config.redis.url)
        limiter = ProviderLimiter(BucketStore(client), f"{rates.prefix}:correction")
        # 60,000 tokens per minute: a burst of 1,000 tokens, refilling ~983 per second.
        tokens = ModelLimitsConfig(tpm=60_000, burst_s=1.0)
        ticket = await limiter.acquire("m", tokens, 1000, max_wait_s=0)
        assert ticket is not None and ticket.wait_s == 0
        assert await limiter.acquire("m", tokens, 1000, max_wait_s=0.5) is None
        await limiter.settle(ticket, tokens, attempts=1, used_tokens=100)  # 900 back
        again = await limiter.acquire("m", tokens, 800, max_wait_s=0)
        assert again is not None and again.wait_s == 0
        # 120 requests per minute: a burst of 2. A call that took 3 attempts costs 3.
        requests = ModelLimitsConfig(rpm=120, burst_s=1.0)
        first = await limiter.acquire("r", requests, 0, max_wait_s=0)
        assert first is not None
        await limiter.settle(first, requests, attempts=3, used_tokens=0)
        assert await limiter.acquire("r", requests, 0, max_wait_s=0) is None
        await client.aclose()

    asyncio.run(scenario())


@pytest.mark.slow
def test_two_workers_share_the_limiter_under_the_providers_600_rpm(
    rates: RatePipeline,
) -> None:
    rates.sim("POST", "/_sim/reset")
    rates.sim("PUT", "/_sim/config", {"rpm_limit": LIMIT_RPM})
    (second_port,) = free_ports(1)
    rates.start_worker("rc2", second_port)
    count = 2000  # ~3.4 minutes at the limit
    lines = requests_for(count, seed=61, route="limited")
    started = time.time()
    answers = ask_all(rates.config, lines, timeout_s=600)
    assert Counter(a.status for a in answers.values()) == {"ok": count}
    stats = rates.sim("GET", "/_sim/stats")["by_model_outcome"][LIMITED_NAME]
    calls = sum(stats.values())
    too_many = stats.get("rpm_exceeded", 0) + stats.get("rate_limit", 0)
    assert too_many < 0.01 * calls, stats
    # Goodput over the first three minutes of answers, when the backlog never ran dry.
    done = sorted(a.created_at / 1000 for a in answers.values())
    window = [t for t in done if t < done[0] + 180]
    per_minute = len(window) / 3
    print(f"calls={calls} 429s={too_many} goodput={per_minute:.1f}/min "
          f"run={done[-1] - started:.1f}s")
    assert per_minute >= 0.9 * LIMIT_RPM
    workers = {row.worker for row in request_telemetry(rates.config, set(answers)).values()}
    assert workers == {"rc1", "rc2"}
