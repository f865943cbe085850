"""The cache end to end: real broker, real Redis, two worker processes, the simulator
counting provider calls, and the embedded ClickHouse behind the sink."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from llmstream.client import LLMClient
from llmstream.config import Config
from llmstream.connectors.clickhouse.cache_hit_rate import cache_hit_rate_sql, hit_rates
from llmstream.events import Response
from llmstream.stack import down, up
from tests.integration.services import simulator, sink, wait_until, worker
from tests.integration.stackfixture import free_ports

pytestmark = pytest.mark.integration

PROVIDER_LATENCY_MS = 200


class CachePipeline:
    def __init__(self, infra: Any, tmp: Path) -> None:
        self.infra = infra
        self.config: Config = infra.config
        self.simulator = simulator(self.config, infra.config_path, tmp, "--latency",
                                   f"fixed:{PROVIDER_LATENCY_MS}")
        self.sink = sink(self.config, infra.config_path, tmp)
        self.web_ports = free_ports(2)
        self.workers = [
            worker(self.config, infra.config_path, tmp, f"cache-w{i}", port)
            for i, port in enumerate(self.web_ports, start=1)
        ]

    def provider_calls(self) -> int:
        sim = self.config.simulator
        stats = httpx.get(f"http://{sim.host}:{sim.port}/_sim/stats", timeout=5).json()
        return int(stats["total"])

    def metric(self, name: str, family: str = "cache") -> list[float]:
        """The metric of each worker (Prometheus text from its /metrics)."""
        values = []
        for port in self.web_ports:
            text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            values += [float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                       if line.startswith(f"llmstream_{family}_{name}{{")]
        return values

    def query(self, sql: str) -> list[list[Any]]:
        reply = httpx.post(f"{self.config.clickhouse.query_endpoint}/query", content=sql,
                           timeout=30)
        reply.raise_for_status()
        rows: list[list[Any]] = reply.json()["rows"]
        return rows

    def stop(self) -> None:
        for process in [*self.workers, self.sink, self.simulator]:
            process.stop()


@pytest.fixture(scope="module")
def pipeline(infra: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CachePipeline]:
    running = CachePipeline(infra, tmp_path_factory.mktemp("cache"))
    try:
        running.simulator.start()
        running.sink.start(timeout_s=120)
        for process in running.workers:
            process.start(timeout_s=90)
        # The group settled: both workers own partitions, so no rebalance re-runs a
        # request mid-test (which would then, correctly, be answered from the cache).
        wait_until(lambda: sorted(running.metric("assigned_partitions", "request_stage"))
                   == [3.0, 3.0], 90, "the two workers to share the partitions",
                   interval_s=0.2)
        yield running
    finally:
        running.stop()


def ask(text: str, **fields: Any) -> dict[str, Any]:
    return {
        "request_id": uuid.uuid4().hex,
        "messages": [{"role": "user", "content": text}],
        "params": {"temperature": 0, "max_tokens": 64},
        **fields,
    }


def answers(client: LLMClient, requests: list[dict[str, Any]],
            timeout_s: float = 120) -> dict[str, Response]:
    ids = [client.publish(request, flush=False) for request in requests]
    client.flush()
    return {response.request_id: response for response in client.responses(ids, timeout_s)}


def unique(text: str) -> str:
    return f"{text} [{uuid.uuid4().hex[:8]}]"


def test_exact_hit_end_to_end(pipeline: CachePipeline) -> None:
    question = unique("What is the capital of Portugal?")
    sent_at_once = sum(pipeline.metric("produced_immediately", "request_stage"))
    with LLMClient(pipeline.config) as client:
        before = pipeline.provider_calls()
        first = client.ask(ask(question), timeout_s=60)
        again = client.ask(ask("  " + question + " "), timeout_s=60)  # whitespace only
    # The hit's answer left at once, outside the transaction; the miss's inside it.
    assert sum(pipeline.metric("produced_immediately", "request_stage")) - sent_at_once == 1
    assert (first.status, first.cache) == ("ok", "miss")
    assert (again.status, again.cache) == ("ok", "exact")
    assert again.content == first.content
    assert again.cost_usd == 0 and again.attempts == 0
    assert pipeline.provider_calls() - before == 1


def test_bypass_refresh_and_a_bad_mode(pipeline: CachePipeline) -> None:
    question = unique("Name three rivers in Spain.")
    with LLMClient(pipeline.config) as client:
        client.ask(ask(question), timeout_s=60)
        before = pipeline.provider_calls()
        bypass = client.ask(ask(question, cache="bypass"), timeout_s=60)
        refresh = client.ask(ask(question, cache="refresh"), timeout_s=60)
        bad = client.ask(ask(question, cache="sometimes"), timeout_s=60)
    assert (bypass.cache, refresh.cache) == ("miss", "miss")
    assert pipeline.provider_calls() - before == 2
    assert bad.status == "bad_request" and "cache" in (bad.reason or "")


def test_temperature_09_on_a_default_route_is_never_served_from_cache(
    pipeline: CachePipeline,
) -> None:
    question = unique("Write a haiku about Kafka.")
    hot = ask(question, params={"temperature": 0.9, "max_tokens": 64})
    with LLMClient(pipeline.config) as client:
        before = pipeline.provider_calls()
        served = [client.ask({**hot, "request_id": uuid.uuid4().hex}, timeout_s=60)
                  for _ in range(4)]
    assert [r.status for r in served] == ["ok"] * 4
    assert [r.cache for r in served] == ["miss"] * 4
    assert pipeline.provider_calls() - before == 4


def test_500_identical_requests_at_once_make_one_provider_call(
    pipeline: CachePipeline,
) -> None:
    question = unique("Explain idempotent producers in one paragraph.")
    requests = [ask(question) for _ in range(500)]
    with LLMClient(pipeline.config) as client:
        before = pipeline.provider_calls()
        got = answers(client, requests, timeout_s=180)
    assert len(got) == 500
    assert Counter(r.status for r in got.values()) == {"ok": 500}
    assert len({r.content for r in got.values()}) == 1
    assert pipeline.provider_calls() - before == 1
    caches = Counter(r.cache for r in got.values())
    assert caches["miss"] == 1 and caches["exact"] == 499
    # Both workers answered some: the Redis lease, not only the in-process future, held.
    database = pipeline.config.clickhouse.database
    where = f"request_id IN ({','.join(repr(i) for i in got)})"
    wait_until(
        lambda: int(pipeline.query(f"SELECT count() FROM {database}.requests WHERE {where}")
                    [0][0]) == 500,
        60, "500 request rows in ClickHouse", interval_s=0.5,
    )
    workers = pipeline.query(f"SELECT uniqExact(worker) FROM {database}.requests WHERE {where}")
    assert int(workers[0][0]) == 2


def test_semantic_hit_across_workers_and_hit_rate_per_route(pipeline: CachePipeline) -> None:
    product = f"Kobo Clara {random.Random(5).randrange(100, 999)}"
    with LLMClient(pipeline.config) as client:
        entries = max(pipeline.metric("semantic_entries"))
        first = client.ask(ask(f"How do I reset my {product}?"), timeout_s=60)
        # Every worker's index has the new entry (synced from Redis).
        wait_until(lambda: min(pipeline.metric("semantic_entries")) >= entries + 1, 30,
                   "the semantic entry in every worker's index")
        paraphrases = answers(client, [
            ask(f"What is the way to reset my {product}?"),
            ask(f"how can i reset my {product}"),
        ])
        near_misses = answers(client, [
            ask(f"How do I reset my {product}X?"),
            ask(f"How do I charge my {product}?"),
        ])
    assert first.cache == "miss"
    for response in paraphrases.values():
        assert (response.status, response.cache) == ("ok", "semantic")
        assert response.content == first.content
        assert response.cache_similarity is not None and response.cache_similarity >= 0.86
    assert [r.cache for r in near_misses.values()] == ["miss", "miss"]
    ids = [first.request_id, *paraphrases, *near_misses]
    database = pipeline.config.clickhouse.database

    def stored() -> bool:
        rows = pipeline.query(f"SELECT count() FROM {database}.requests "
                              f"WHERE request_id IN ({','.join(repr(i) for i in ids)})")
        return int(rows[0][0]) == len(ids)

    wait_until(stored, 60, "the requests in ClickHouse", interval_s=0.5)
    telemetry = pipeline.query(
        f"SELECT cache, count() FROM {database}.requests "
        f"WHERE request_id IN ({','.join(repr(i) for i in ids)}) GROUP BY cache ORDER BY cache"
    )
    assert {row[0]: int(row[1]) for row in telemetry} == {"miss": 3, "semantic": 2}
    # Each semantic hit's similarity lands in its row, as the client saw it; other
    # outcomes have none.
    similarities = pipeline.query(
        f"SELECT request_id, cache_similarity FROM {database}.requests "
        f"WHERE request_id IN ({','.join(repr(i) for i in ids)})"
    )
    assert dict(similarities) == {
        first.request_id: None,
        **{i: pytest.approx(r.cache_similarity, abs=1e-9) for i, r in paraphrases.items()},
        **{i: None for i in near_misses},
    }
    rates = hit_rates(pipeline.query(cache_hit_rate_sql(database)))
    default = rates["default"]
    assert default.requests >= len(ids)
    assert default.semantic >= 2 and default.exact >= 1
    assert default.hit_rate == pytest.approx(
        (default.exact + default.semantic) / default.requests
    )
    assert default.semantic_similarity_min is not None
    assert default.semantic_similarity_avg is not None
    assert 0.86 <= default.semantic_similarity_min <= default.semantic_similarity_avg <= 1.0


def test_redis_stopped_and_restarted_mid_run_fails_no_request(pipeline: CachePipeline) -> None:
    infra = pipeline.infra
    questions = [unique(f"Summarise chapter {n} of the Kafka docs.") for n in range(10)]
    rng = random.Random(7)
    with LLMClient(pipeline.config) as client:
        warm = answers(client, [ask(q) for q in questions])
        assert {r.cache for r in warm.values()} == {"miss"}
        collected: dict[str, Response] = {}
        try:
            for round_number in range(12):
                batch = [client.publish(ask(rng.choice(questions)), flush=False)
                         for _ in range(20)]
                client.flush()
                if round_number == 3:
                    down(infra.config, ["redis"])  # by pid, as an operator or a crash would
                if round_number == 7:
                    up(infra.config, infra.config_path, ["redis"])
                collected.update(
                    (r.request_id, r) for r in client.responses(batch, timeout_s=60)
                )
        finally:  # the session's other tests need Redis whatever happened here
            up(infra.config, infra.config_path, ["redis"])
        assert len(collected) == 240
        assert Counter(r.status for r in collected.values()) == {"ok": 240}
        caches = Counter(r.cache for r in collected.values())
        assert caches["unavailable"] > 0, caches  # telemetry and response say so
        assert caches["exact"] > 0, caches
        # After the restart the cache serves again (from the append-only file).
        wait_until(lambda: min(pipeline.metric("redis_up")) == 1.0, 60, "workers see redis")
        # A worker may still be backing off on a connection or waiting for the restarted
        # Redis to finish loading its append-only file: every answer stays ok meanwhile,
        # and an exact hit comes within the deadline.
        after: list[Response] = []

        def served_from_cache() -> bool:
            after.append(client.ask(ask(questions[0]), timeout_s=60))
            return after[-1].cache == "exact"

        wait_until(served_from_cache, 60, "an exact hit after the restart", interval_s=0.2)
    assert {r.status for r in after} == {"ok"}
