"""The walking skeleton end to end: real broker, real processes, real ClickHouse engine."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from confluent_kafka import Consumer, TopicPartition

from llmstream.client import LLMClient
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer
from llmstream.events import DeadLetter, Response
from llmstream.workload import sample_requests
from tests.integration.services import ServiceProcess, simulator, sink, wait_until, worker

pytestmark = pytest.mark.integration


class Pipeline:
    """Simulator + telemetry sink + one worker on the test stack."""

    def __init__(self, infra: Any, tmp: Path) -> None:
        self.infra = infra
        self.config = infra.config
        self.config_path = infra.config_path
        self.logs = tmp
        self.simulator = simulator(self.config, self.config_path, tmp, "--latency", "fixed:5")
        self.sink = sink(self.config, self.config_path, tmp)
        self.workers: dict[str, ServiceProcess] = {}

    def start_worker(self, worker_id: str) -> ServiceProcess:
        process = worker(
            self.config, self.config_path, self.logs, worker_id, self.config.worker.web_port
        )
        self.workers[worker_id] = process
        return process.start(timeout_s=90)

    def query(self, sql: str) -> list[list[Any]]:
        reply = httpx.post(
            f"{self.config.clickhouse.query_endpoint}/query", content=sql, timeout=30
        )
        reply.raise_for_status()
        rows: list[list[Any]] = reply.json()["rows"]
        return rows

    def stop(self) -> None:
        for process in [*self.workers.values(), self.sink, self.simulator]:
            process.stop()


@pytest.fixture(scope="module")
def pipeline(infra: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    running = Pipeline(infra, tmp_path_factory.mktemp("pipeline"))
    try:
        running.simulator.start()
        running.sink.start(timeout_s=120)
        running.start_worker("w1")
        yield running
    finally:
        running.stop()


def ids_in(sql_ids: list[str]) -> str:
    return ",".join(f"'{request_id}'" for request_id in sql_ids)


def stored_counts(pipeline: Pipeline, ids: list[str]) -> tuple[int, int]:
    """(rows, distinct request ids) of these requests in ClickHouse."""
    rows = pipeline.query(
        f"SELECT count(), uniqExact(request_id) FROM {pipeline.config.clickhouse.database}"
        f".requests WHERE request_id IN ({ids_in(ids)})"
    )
    return int(rows[0][0]), int(rows[0][1])


def all_responses(pipeline: Pipeline, ids: set[str]) -> dict[str, list[Response]]:
    """Every committed response to these ids on the topic, read from the start."""
    config = pipeline.config
    consumer = Consumer(
        {
            "bootstrap.servers": config.kafka.bootstrap_servers,
            "group.id": "test-audit",
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
        }
    )
    topic = config.topics.responses
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    ends = {}
    for partition in partitions:
        _low, high = consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=10)
        ends[partition] = high
    consumer.assign([TopicPartition(topic, p, 0) for p in partitions])
    codec = serde("response")
    found: dict[str, list[Response]] = {}
    done: set[int] = {p for p, high in ends.items() if high == 0}

    def caught_up() -> bool:
        for message in consumer.consume(1000, 0.5):
            if message.error():
                continue
            response = Response.from_record(codec.decode(message.value()))
            if response.request_id in ids:
                found.setdefault(response.request_id, []).append(response)
        for partition, high in ends.items():
            position = consumer.position([TopicPartition(topic, partition)])[0].offset
            if position >= high:
                done.add(partition)
        return len(done) == len(ends)

    wait_until(caught_up, 120, "reading the whole responses topic", interval_s=0)
    consumer.close()
    return found


def test_a_thousand_requests_through_submit(pipeline: Pipeline, tmp_path: Path) -> None:
    lines = sample_requests(1000, seed=1000, with_errors=False)
    lines[0]["cache"] = "refresh"  # a provider answer, whatever the cache holds
    requests_file = tmp_path / "requests.jsonl"
    requests_file.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "responses.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "llmstream",
            "submit",
            str(requests_file),
            "--out",
            str(out),
            "--config",
            str(pipeline.config_path),
            "--timeout",
            "240",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    responses = [json.loads(line) for line in out.read_text().splitlines()]
    ids = [line["request_id"] for line in lines]
    assert [r["request_id"] for r in responses] == ids
    assert Counter(r["status"] for r in responses) == {"ok": 1000}
    first = responses[0]
    assert first["model"] == "sim-small" and first["provider"] == "simulator"
    assert first["usage"]["prompt_tokens"] > 0 and first["cost_usd"] > 0
    assert first["cache"] == "miss" and first["content"]
    wait_until(
        lambda: stored_counts(pipeline, ids) == (1000, 1000),
        120,
        "1,000 request rows in ClickHouse",
        interval_s=0.5,
    )


def test_sigkilled_worker_answers_every_request_exactly_once(pipeline: Pipeline) -> None:
    """Exactly once for every answer the provider gave. A cache hit's answer is sent
    outside the transaction (worker.hit_delivery: immediate), so a hit the dead worker sent
    before committing is sent again, identical, by the next owner of its partition: from
    the cache, or computed where the cache does not answer it in time then (Redis read
    as down: "unavailable"). Either way a computed answer is on the topic once at most."""
    lines = sample_requests(2000, seed=2000, with_errors=False)
    with LLMClient(pipeline.config) as client:
        ids = [client.publish(line, flush=False) for line in lines]
        client.flush()
        answered: dict[str, Response] = {}
        stream = client.responses(ids, timeout_s=300)
        for response in stream:
            answered[response.request_id] = response
            if len(answered) == 400:
                break
        pipeline.workers["w1"].kill()  # mid-run, no shutdown code runs
        pipeline.start_worker("w1")  # same id: fences and aborts the dead one's transaction
        for response in client.responses(set(ids) - set(answered), timeout_s=300):
            assert response.request_id not in answered
            answered[response.request_id] = response
    assert len(answered) == 2000
    assert all(response.status == "ok" for response in answered.values())
    on_topic = all_responses(pipeline, set(ids))
    assert len(on_topic) == 2000
    for request_id, responses in on_topic.items():
        if len(responses) > 1:
            computed = [r for r in responses if r.cache not in ("exact", "semantic")]
            assert len(computed) <= 1, f"{request_id} computed twice: {responses}"
            assert len({r.content for r in responses}) == 1, responses
    repeated = sum(len(responses) > 1 for responses in on_topic.values())
    print(f"\nhits the dead worker had sent before its commit, sent again: {repeated}")
    wait_until(
        lambda: stored_counts(pipeline, ids) == (2000, 2000),
        120,
        "2,000 request rows in ClickHouse, none twice",
        interval_s=0.5,
    )


def test_bad_input_gets_clear_errors_and_harms_nothing_around_it(pipeline: Pipeline) -> None:
    config = pipeline.config
    producer = RecordProducer(config.kafka)
    good = sample_requests(20, seed=3000, with_errors=False)
    oversized = dict(
        good[5], request_id="bad-oversized", messages=[{"role": "user", "content": "x" * 40_000}]
    )
    unknown = dict(good[6], request_id="bad-route", route="no-such-route")
    garbage = [
        b"not avro at all",
        b'{"request_id": "json-not-avro"}',
        serde("request").encode({**_record(good[0]), "request_id": "truncated"})[:14],
    ]
    with LLMClient(config) as client:
        ids = [client.publish(line, flush=False) for line in good[:10]]
        for raw in garbage:
            producer.produce(OutRecord(config.topics.requests, b"garbage", raw))
        producer.flush()
        ids += [client.publish(oversized, flush=False), client.publish(unknown, flush=False)]
        ids += [client.publish(line, flush=False) for line in good[10:]]
        client.flush()
        answers = {r.request_id: r for r in client.responses(ids, timeout_s=120)}
    assert answers["bad-oversized"].status == "too_large"
    assert "characters" in (answers["bad-oversized"].reason or "")
    assert answers["bad-route"].status == "unknown_route"
    assert "no-such-route" in (answers["bad-route"].reason or "")
    assert all(answers[line["request_id"]].status == "ok" for line in good)
    letters = dead_letters(pipeline, expected=3)
    assert sorted(letter.value or b"" for letter in letters) == sorted(garbage)
    assert all(letter.error_code == "undecodable" and letter.reason for letter in letters)


def _record(line: dict[str, Any]) -> dict[str, Any]:
    from llmstream.client import request_from_json

    return request_from_json(line).to_record()


def dead_letters(pipeline: Pipeline, expected: int) -> list[DeadLetter]:
    config = pipeline.config
    consumer = Consumer(
        {
            "bootstrap.servers": config.kafka.bootstrap_servers,
            "group.id": "test-dlq",
            "auto.offset.reset": "earliest",
            "isolation.level": "read_committed",
        }
    )
    consumer.subscribe([config.topics.dead_letter])
    codec = serde("dead_letter")
    found: list[DeadLetter] = []

    def enough() -> bool:
        for message in consumer.consume(100, 0.5):
            if not message.error():
                letter = DeadLetter.from_record(codec.decode(message.value()))
                if letter.key == b"garbage":
                    found.append(letter)
        return len(found) >= expected

    wait_until(enough, 60, f"{expected} dead letters", interval_s=0)
    consumer.close()
    return found
