"""Feedback and evaluation scores on the real broker, the real worker and the real
ClickHouse engine.

1,000 requests go through the pipeline (simulated provider); the client then sends
feedback on each of them, 100 of the events a second time with the same ``event_id`` (an
application retrying). A sink is SIGKILLed right after its first feedback insert, before
it commits; a new sink finishes the job. Afterwards no Kafka message is stored twice (the
offset ledger), each feedback event is counted once (``FINAL`` over ``event_id``), every
one joins to its request, and no comment holds the e-mail address users typed.

Evaluation scores published here (the evaluators live elsewhere: this is the consumer
side) land once in ``evaluation_scores``, and an undecodable one is a dead letter.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

from llmstream.client import LLMClient
from llmstream.config import Config, load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.quality import feedback_rates_sql, scores_sql
from llmstream.connectors.clickhouse.remote import QueryEndpointStore
from llmstream.connectors.kafka.admin import KafkaAdmin, TopicSpec
from llmstream.connectors.kafka.settings import client_settings
from llmstream.events import DeadLetter, now_ms
from llmstream.workload import sample_requests
from tests.integration.services import ServiceProcess, simulator, wait_until, worker
from tests.integration.stackfixture import free_ports

pytestmark = pytest.mark.integration

REQUESTS = 1000
REPUBLISHED = 100
PARTITIONS = 3
KINDS = ("thumbs_up", "thumbs_down", "regenerate", "task_completed", "task_failed", "comment")
TOPIC_NAMES = ("requests", "responses", "telemetry", "dead_letter", "prompts", "feedback",
               "evaluations")


@dataclass
class Stack:
    config: Config
    config_path: Path
    directory: Path
    request_ids: list[str]

    @property
    def database(self) -> str:
        return self.config.clickhouse.database

    def sink(self, name: str) -> ServiceProcess:
        return ServiceProcess(name, ["sink"], self.config_path, self.directory,
                              f"{self.config.clickhouse.query_endpoint}/health")

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        reader = QueryEndpointStore(self.config.clickhouse.query_endpoint, timeout_s=30)
        try:
            return reader.query(sql).rows
        finally:
            reader.close()

    def count(self, sql: str) -> int:
        return int(self.query(sql)[0][0])

    def committed_to_end(self, topic: str) -> bool:
        """The sink group committed every message of ``topic``."""
        consumer = Consumer(client_settings(self.config.kafka,
                                            **{"group.id": self.config.sink.group_id}))
        try:
            partitions = [TopicPartition(topic, p) for p in range(PARTITIONS)]
            try:
                committed = consumer.committed(partitions, timeout=10)
            except KafkaException:
                return False  # a young coordinator: ask again
            for tp in committed:
                _, high = consumer.get_watermark_offsets(TopicPartition(topic, tp.partition),
                                                         timeout=10)
                if tp.offset < high:
                    return False
            return True
        finally:
            consumer.close()


def stack_config(infra: Any, directory: Path) -> Path:
    tag = uuid.uuid4().hex[:8]
    document = yaml.safe_load(Path(infra.config_path).read_text())
    simulator_port, endpoint_port, web_port = free_ports(3)
    document["topics"] = {**document.get("topics", {}), "partitions": PARTITIONS,
                          **{name: f"feedback.{tag}.{name}" for name in TOPIC_NAMES}}
    document["providers"] = {
        name: {**provider, "base_url": provider["base_url"].replace(
            f":{document['simulator']['port']}", f":{simulator_port}")}
        for name, provider in document["providers"].items()}
    document["simulator"] = {**document["simulator"], "port": simulator_port}
    document["clickhouse"] = {**document.get("clickhouse", {}),
                              "data_dir": str(directory / "chdb"),
                              "query_endpoint": f"http://127.0.0.1:{endpoint_port}"}
    document["worker"] = {**document.get("worker", {}), "group_id": f"feedback-{tag}",
                          "web_port": web_port}
    document["sink"] = {"group_id": f"feedback-sink-{tag}", "batch_size": 150,
                        "batch_interval_ms": 200}
    kafka = document.setdefault("kafka", {})
    kafka["client_config"] = {**kafka.get("client_config", {}), "session.timeout.ms": 6000}
    path = directory / "llmstream.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


@pytest.fixture(scope="module")
def stack(infra: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """1,000 requests answered by the real worker, their telemetry in ClickHouse; the
    sink stopped afterwards."""
    directory = tmp_path_factory.mktemp("feedback")
    config_path = stack_config(infra, directory)
    config = load_config(config_path)
    topics = [getattr(config.topics, name) for name in TOPIC_NAMES]
    admin = KafkaAdmin.from_config(config.kafka)
    admin.ensure_topics([TopicSpec(name, PARTITIONS) for name in topics])
    sim = simulator(config, config_path, directory, "--seed", "5", "--latency", "uniform:1,5")
    work = worker(config, config_path, directory, "feedback", config.worker.web_port)
    stack = Stack(config, config_path, directory, [])
    sink = stack.sink("sink")
    try:
        sim.start()
        sink.start(timeout_s=120)
        work.start(timeout_s=90)
        lines = sample_requests(REQUESTS, seed=8008, with_errors=False)
        with LLMClient(config) as client:
            for index, line in enumerate(lines):
                line["request_id"] = f"fb-{index:04d}"
                client.publish(line, flush=False)
            client.flush()
            answered = list(client.responses([line["request_id"] for line in lines], 300))
        stack.request_ids = [response.request_id for response in answered]
        assert len(stack.request_ids) == REQUESTS
        wait_until(lambda: stack.count(f"SELECT uniqExact(request_id) FROM "
                                       f"{stack.database}.requests") == REQUESTS,
                   180, "every request's telemetry row", interval_s=0.5)
        assert sink.stop() == 0, sink.log_tail()
        yield stack
    finally:
        work.stop()
        sim.stop()
        sink.stop()
        admin.delete_topics(topics)


KILL_AFTER_FIRST_FEEDBACK_INSERT = """
import asyncio, os, signal, sys
from llmstream.config import load_config
from llmstream.connectors.clickhouse.log_format import configure_json_logging
from llmstream.connectors.clickhouse.service import serve

def die(table: str, partition: int, offset: int) -> None:
    if table == "feedback":
        print(f"inserted {table} up to {partition}/{offset}; killed before the commit",
              flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

configure_json_logging()
asyncio.run(serve(load_config(sys.argv[1]), after_insert=die))
"""


def feedback_for(index: int, request_id: str) -> dict[str, Any]:
    kind = KINDS[index % len(KINDS)]
    document: dict[str, Any] = {"event_id": f"fb-event-{index:04d}", "request_id": request_id,
                                "kind": kind, "user_id": f"user-{index % 17}"}
    if kind == "comment":
        document["comment"] = f"wrong answer, write to me at user{index}@example.com"
    elif kind == "task_completed":
        document["value"] = 0.75
    return document


def test_feedback_for_1000_requests_lands_once_and_joins_through_a_sigkill(
    stack: Stack,
) -> None:
    database = stack.database
    sent = [feedback_for(index, rid) for index, rid in enumerate(stack.request_ids)]
    with LLMClient(stack.config) as client:
        for document in sent + sent[:REPUBLISHED]:  # the first 100 twice, same event ids
            client.send_feedback(
                document["request_id"], document["kind"], value=document.get("value"),
                comment=document.get("comment"), user_id=document["user_id"],
                event_id=document["event_id"], flush=False)
        client.flush()
    messages = REQUESTS + REPUBLISHED

    log = (stack.directory / "killed-sink.log").open("wb")
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_FIRST_FEEDBACK_INSERT, str(stack.config_path)],
        stdout=log, stderr=subprocess.STDOUT, timeout=180, start_new_session=True)
    log.close()
    assert killed.returncode == -signal.SIGKILL, \
        (stack.directory / "killed-sink.log").read_text()[-3000:]
    store = EmbeddedStore(stack.config.clickhouse.data_dir)
    try:  # what the kill left: some feedback rows, none of them committed
        rows_after_kill = int(store.query(f"SELECT count() FROM {database}.feedback").scalar())
    finally:
        store.close()
    assert 0 < rows_after_kill < messages

    sink = stack.sink("restarted-sink").start(timeout_s=120)
    try:
        wait_until(lambda: stack.committed_to_end(stack.config.topics.feedback), 120,
                   "the restarted sink to commit every feedback message", interval_s=0.5)
        # No Kafka message stored twice (the kill's replay was skipped by the ledger);
        # a background merge may already have collapsed a retried event's two copies.
        rows, positions, events = stack.query(
            f"SELECT count(), uniqExact(kafka_partition, kafka_offset), uniqExact(event_id) "
            f"FROM {database}.feedback")[0]
        assert int(rows) == int(positions) and REQUESTS <= int(rows) <= messages
        assert int(events) == REQUESTS
        assert stack.count(f"SELECT count() FROM {database}.feedback FINAL") == REQUESTS
        joined = stack.count(
            f"SELECT count() FROM {database}.feedback AS f FINAL "
            f"INNER JOIN (SELECT DISTINCT request_id FROM {database}.requests) AS r "
            "ON f.request_id = r.request_id")
        assert joined == REQUESTS
        assert stack.count(f"SELECT countIf(comment LIKE '%@example.com%') "
                           f"FROM {database}.feedback") == 0
        assert stack.count(f"SELECT countIf(comment LIKE '%[EMAIL_1]%') "
                           f"FROM {database}.feedback FINAL") == REQUESTS // len(KINDS)
        # The dashboard's and the report's SQL over all of it: every event counted once,
        # every one with its request's model.
        totals = stack.query(feedback_rates_sql(database, "1"))[0]
        assert int(totals[0]) == REQUESTS
        up = sum(1 for d in sent if d["kind"] == "thumbs_up")
        down = sum(1 for d in sent if d["kind"] == "thumbs_down")
        assert float(totals[1]) == pytest.approx(up / (up + down))
        unjoined = stack.count(f"SELECT countIf(model = '') FROM "
                               f"({feedback_rates_sql(database, '1', ('model',))})")
        assert unjoined == 0
    finally:
        assert sink.stop() == 0, sink.log_tail()


def score_record(index: int) -> dict[str, Any]:
    return {
        "event_id": f"score-{index:03d}", "ts": now_ms(), "request_id": f"fb-{index:04d}",
        "source": "ONLINE" if index % 4 else "DATASET", "run_id": None if index % 4 else "run-1",
        "arm": None, "dataset": None if index % 4 else "golden", "item_id": None,
        "evaluator": "relevance" if index % 2 else "exact_match",
        "evaluator_kind": "judge" if index % 2 else "deterministic",
        "score": (index % 5) / 4, "reason": f"see judge notes for user{index}@example.com",
        "judge_request_id": None, "route": "default", "model": "sim-small",
        "prompt_name": "answer", "prompt_version": str(1 + index % 2), "prompt_variant": None,
        "answer_cost_usd": 0.001, "answer_latency_ms": 120.0,
    }


def test_evaluation_scores_land_once_and_bad_ones_are_dead_letters(stack: Stack) -> None:
    database = stack.database
    topic = stack.config.topics.evaluations
    records = [score_record(index) for index in range(200)]
    encode = serde("evaluation").encode
    producer = Producer(client_settings(stack.config.kafka, **{"enable.idempotence": True}))
    for record in records + records[:30]:  # 30 scores published twice
        producer.produce(topic, encode(record), key=record["request_id"].encode())
    producer.produce(topic, b"not an evaluation score", key=b"bad")
    assert producer.flush(30) == 0
    sink = stack.sink("scores-sink").start(timeout_s=120)
    try:
        wait_until(lambda: stack.committed_to_end(topic), 120,
                   "the sink to commit every score", interval_s=0.5)
        rows, positions, events = stack.query(
            f"SELECT count(), uniqExact(kafka_partition, kafka_offset), uniqExact(event_id) "
            f"FROM {database}.evaluation_scores")[0]
        assert int(rows) == int(positions) and 200 <= int(rows) <= 230
        assert int(events) == 200
        assert stack.count(f"SELECT count() FROM {database}.evaluation_scores FINAL") == 200
        by_version = {
            (str(r[0]), str(r[1]), str(r[2])): (int(r[3]), float(r[4]))
            for r in stack.query(scores_sql(database, "1",
                                            ("prompt_version", "evaluator", "source")))}
        expected: dict[tuple[str, str, str], list[float]] = {}
        for record in records:
            key = (record["prompt_version"], record["evaluator"], record["source"].lower())
            expected.setdefault(key, []).append(record["score"])
        assert by_version.keys() == expected.keys()
        for key, scores in expected.items():
            assert by_version[key][0] == len(scores)
            assert by_version[key][1] == pytest.approx(sum(scores) / len(scores))
        assert stack.count(f"SELECT countIf(reason LIKE '%@example.com%') "
                           f"FROM {database}.evaluation_scores") == 0
    finally:
        assert sink.stop() == 0, sink.log_tail()
    letters = read_dead_letters(stack.config)
    assert [(d.source_topic, d.error_code, d.value) for d in letters] == \
        [(topic, "decode_error", b"not an evaluation score")]


def read_dead_letters(config: Config) -> list[DeadLetter]:
    consumer = Consumer(client_settings(config.kafka, **{
        "group.id": f"reader-{uuid.uuid4().hex}", "auto.offset.reset": "earliest"}))
    consumer.subscribe([config.topics.dead_letter])
    found: list[DeadLetter] = []

    def read() -> bool:
        for message in consumer.consume(100, 0.5):
            if message.error() is None:
                found.append(DeadLetter.from_record(serde("dead_letter").decode(message.value())))
        return len(found) >= 1

    try:
        wait_until(read, 60, "the dead letter")
    finally:
        consumer.close()
    return found


def test_the_cli_sends_one_feedback_or_a_file_of_them(stack: Stack) -> None:
    database = stack.database
    lines = [{"request_id": stack.request_ids[n], "kind": kind, "event_id": f"cli-{n}"}
             for n, kind in enumerate(("thumbs_up", "regenerate", "task_failed"))]
    path = stack.directory / "feedback.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    cli = [sys.executable, "-m", "llmstream", "feedback"]
    config = ["--config", str(stack.config_path)]
    bulk = subprocess.run([*cli, "--file", str(path), *config], capture_output=True,
                          text=True, timeout=120)
    assert bulk.returncode == 0, bulk.stderr
    assert "3 feedback events published" in bulk.stderr
    single = subprocess.run([*cli, stack.request_ids[3], "--kind", "comment", "--comment",
                             "call me on +44 20 7946 0958", *config],
                            capture_output=True, text=True, timeout=120)
    assert single.returncode == 0, single.stderr
    event_id = single.stdout.strip()
    refused = subprocess.run([*cli, stack.request_ids[3], "--kind", "comment", *config],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "[missing_comment]" in refused.stderr

    sink = stack.sink("cli-sink").start(timeout_s=120)
    try:
        wait_until(lambda: stack.committed_to_end(stack.config.topics.feedback), 120,
                   "the sink to commit the CLI's feedback", interval_s=0.5)
        stored = dict(stack.query(
            f"SELECT event_id, kind FROM {database}.feedback FINAL "
            f"WHERE event_id IN ('cli-0', 'cli-1', 'cli-2', '{event_id}') ORDER BY event_id"))
        assert stored == {"cli-0": "thumbs_up", "cli-1": "regenerate", "cli-2": "task_failed",
                          event_id: "comment"}
        comment = stack.query(
            f"SELECT comment FROM {database}.feedback WHERE event_id = '{event_id}'")[0][0]
        assert comment == "call me on [PHONE_1]"
    finally:
        assert sink.stop() == 0, sink.log_tail()
