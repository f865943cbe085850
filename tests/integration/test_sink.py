"""The telemetry sink on the real broker and the real ClickHouse engine: exactly N rows
for N events, after a normal run, after a SIGKILL between insert and commit, and after
ClickHouse refusing inserts for a while.

Each test has its own topics, consumer group, data directory and query endpoint port, so
it shares nothing with the pipeline tests but the broker.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

from llmstream.config import Config, load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.remote import QueryEndpointStore
from llmstream.connectors.clickhouse.service import serve
from llmstream.connectors.clickhouse.store import AnalyticsStore, QueryResult, StoreError
from llmstream.connectors.kafka.admin import KafkaAdmin, TopicSpec
from llmstream.connectors.kafka.settings import client_settings
from llmstream.events import DeadLetter, Telemetry, now_ms
from tests.integration.services import ServiceProcess, wait_until
from tests.integration.stackfixture import free_ports

pytestmark = pytest.mark.integration

PARTITIONS = 3


@dataclass
class SinkCase:
    """One test's slice of the stack: its config file and what it produced."""

    config: Config
    config_path: Path
    logs: Path
    last_offsets: dict[int, int]  # highest offset of a committed event, per partition
    events: int = 0

    @property
    def database(self) -> str:
        return self.config.clickhouse.database

    def reader(self) -> QueryEndpointStore:
        return QueryEndpointStore(self.config.clickhouse.query_endpoint, timeout_s=30)

    def committed(self) -> dict[int, int]:
        """The sink group's committed offset per partition (-1001: none)."""
        consumer = Consumer(client_settings(self.config.kafka,
                                            **{"group.id": self.config.sink.group_id}))
        found: list[TopicPartition] = []

        def ask() -> bool:  # a young broker answers NOT_COORDINATOR for a while
            try:
                found[:] = consumer.committed(
                    [TopicPartition(self.config.topics.telemetry, p) for p in range(PARTITIONS)],
                    timeout=10)
            except KafkaException:
                return False
            return True

        try:
            wait_until(ask, 60, "the group coordinator to answer")
        finally:
            consumer.close()
        return {tp.partition: tp.offset for tp in found}

    def all_committed(self) -> bool:
        committed = self.committed()
        return all(committed[p] > last for p, last in self.last_offsets.items())

    def sink_process(self, name: str = "sink") -> ServiceProcess:
        return ServiceProcess(name, ["sink"], self.config_path, self.logs,
                              f"{self.config.clickhouse.query_endpoint}/health")


@pytest.fixture
def case(infra: Any, tmp_path: Path) -> Iterator[SinkCase]:
    """``infra``'s config with this test's own topics, group, data dir and endpoint."""
    tag = uuid.uuid4().hex[:10]
    document = yaml.safe_load(Path(infra.config_path).read_text())
    (port,) = free_ports(1)
    document["topics"] = {**document.get("topics", {}),
                          "telemetry": f"sinktest.{tag}.telemetry",
                          "dead_letter": f"sinktest.{tag}.dead-letter",
                          "feedback": f"sinktest.{tag}.feedback",
                          "evaluations": f"sinktest.{tag}.evaluations"}
    document["clickhouse"] = {**document.get("clickhouse", {}),
                              "data_dir": str(tmp_path / "chdb"),
                              "query_endpoint": f"http://127.0.0.1:{port}"}
    document["sink"] = {"group_id": f"sinktest-{tag}", "batch_size": 250,
                        "batch_interval_ms": 200}
    # A SIGKILLed member leaves the group after its session times out: keep that short.
    kafka = document.setdefault("kafka", {})
    kafka["client_config"] = {**kafka.get("client_config", {}), "session.timeout.ms": 6000}
    config_path = tmp_path / "llmstream.yaml"
    config_path.write_text(yaml.safe_dump(document, sort_keys=False))
    config = load_config(config_path)
    admin = KafkaAdmin.from_config(config.kafka)
    topics = [config.topics.telemetry, config.topics.dead_letter, config.topics.feedback,
              config.topics.evaluations]
    admin.ensure_topics([TopicSpec(name, PARTITIONS) for name in topics])
    try:
        yield SinkCase(config, config_path, tmp_path, last_offsets={})
    finally:
        admin.delete_topics(topics)


def telemetry(count: int, run: str) -> list[Telemetry]:
    events = []
    now = now_ms()
    for n in range(count):
        request_id = f"{run}-{n}"
        kind = "attempt" if n % 3 == 2 else "request"
        events.append(Telemetry(
            event_id=f"{request_id}:{kind}", kind=kind, request_id=request_id,
            status="ok" if n % 10 else "provider_unavailable", ts=now - n, model="sim-small",
            latency_ms=float(n % 997), prompt_tokens=n % 50, completion_tokens=n % 7,
            attempt=1 if kind == "attempt" else 0))
    return events


def produce(case: SinkCase, events: Sequence[Telemetry], *, commit: bool = True,
            extra: Sequence[bytes] = ()) -> None:
    """One Kafka transaction with ``events`` (and raw ``extra`` values); aborted unless
    ``commit``. Records the offsets of committed events in ``case.last_offsets``."""
    producer = Producer(client_settings(case.config.kafka, **{
        "transactional.id": f"sinktest-{uuid.uuid4().hex}", "linger.ms": 5}))
    delivered: list[tuple[int, int]] = []

    def on_delivery(error: Any, message: Any) -> None:
        assert error is None, error
        delivered.append((message.partition(), message.offset()))

    encode = serde("telemetry").encode
    producer.init_transactions(30)
    producer.begin_transaction()
    values = [encode(e.to_record()) for e in events] + list(extra)
    for n, value in enumerate(values):
        producer.produce(case.config.topics.telemetry, value, key=str(n).encode(),
                         on_delivery=on_delivery)
        producer.poll(0)
    producer.flush(30)
    if commit:
        producer.commit_transaction(30)
        case.events += len(events)
        for partition, offset in delivered:
            case.last_offsets[partition] = max(offset, case.last_offsets.get(partition, -1))
    else:
        producer.abort_transaction(30)


def stored(reader: Any, database: str) -> tuple[int, int]:
    """(rows, distinct event ids) over both telemetry tables."""
    result: QueryResult = reader.query(
        f"SELECT count(), uniqExact(event_id) FROM (SELECT event_id FROM {database}.requests "
        f"UNION ALL SELECT event_id FROM {database}.attempts)")
    return int(result.rows[0][0]), int(result.rows[0][1])


def assert_exactly_once(case: SinkCase) -> None:
    """Once the sink committed past every event, each is a row exactly once."""
    wait_until(case.all_committed, 120, "the sink to commit every event")
    reader = case.reader()
    try:
        assert stored(reader, case.database) == (case.events, case.events)
    finally:
        reader.close()


def dead_letters(case: SinkCase, expected: int) -> list[DeadLetter]:
    consumer = Consumer(client_settings(case.config.kafka, **{
        "group.id": f"reader-{uuid.uuid4().hex}", "auto.offset.reset": "earliest"}))
    consumer.subscribe([case.config.topics.dead_letter])
    found: list[DeadLetter] = []

    def read() -> bool:
        for message in consumer.consume(100, 0.5):
            if message.error() is None:
                record = serde("dead_letter").decode(message.value())
                found.append(DeadLetter.from_record(record))
        return len(found) >= expected

    try:
        wait_until(read, 60, f"{expected} dead letters")
    finally:
        consumer.close()
    return found


def test_every_committed_event_is_one_row_and_bad_ones_are_dead_letters(
    case: SinkCase,
) -> None:
    produce(case, telemetry(300, "aborted"), commit=False)  # read_committed: never seen
    produce(case, telemetry(2000, "run1"), extra=[b"not avro at all"])
    sink = case.sink_process().start(timeout_s=120)
    try:
        assert_exactly_once(case)
        (letter,) = dead_letters(case, 1)
        assert letter.error_code == "decode_error" and letter.value == b"not avro at all"
        assert letter.source_topic == case.config.topics.telemetry
        produce(case, telemetry(500, "run2"))  # more while it runs
        assert_exactly_once(case)
    finally:
        assert sink.stop() == 0, sink.log_tail()  # SIGTERM: flush, commit, exit cleanly


KILL_AFTER_FIRST_INSERT = """
import asyncio, os, signal, sys
from llmstream.config import load_config
from llmstream.connectors.clickhouse.log_format import configure_json_logging
from llmstream.connectors.clickhouse.service import serve

def die(table: str, partition: int, offset: int) -> None:
    print(f"inserted {table} up to {partition}/{offset}; dying before the commit", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

configure_json_logging()
asyncio.run(serve(load_config(sys.argv[1]), after_insert=die))
"""


def test_a_sink_killed_between_insert_and_commit_counts_nothing_twice(
    case: SinkCase,
) -> None:
    produce(case, telemetry(3000, "kill"))
    log = (case.logs / "killed-sink.log").open("wb")
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_FIRST_INSERT, str(case.config_path)],
        stdout=log, stderr=subprocess.STDOUT, timeout=180, start_new_session=True)
    log.close()
    assert killed.returncode == -signal.SIGKILL, (case.logs / "killed-sink.log").read_text()

    # The state the kill left: rows in ClickHouse, no offset committed for them.
    store = EmbeddedStore(case.config.clickhouse.data_dir)
    try:
        rows_after_kill = stored(store, case.database)[0]
    finally:
        store.close()
    assert 0 < rows_after_kill < case.events
    assert all(offset < 0 for offset in case.committed().values())

    sink = case.sink_process("restarted-sink").start(timeout_s=120)
    try:
        assert_exactly_once(case)
    finally:
        assert sink.stop() == 0, sink.log_tail()


class RefusingStore:
    """The real store, whose inserts fail while ``refusing`` is set; with ``after_write``
    they fail after writing (the caller cannot tell whether the insert happened)."""

    def __init__(self, store: AnalyticsStore) -> None:
        self.store = store
        self.refusing = threading.Event()
        self.after_write = False
        self.refused = 0

    def command(self, sql: str) -> None:
        self.store.command(sql)

    def query(self, sql: str) -> QueryResult:
        return self.store.query(sql)

    def insert_rows(self, table: str, columns: Sequence[str],
                    rows: Sequence[Sequence[Any]]) -> None:
        if self.refusing.is_set():
            self.refused += 1
            if self.after_write:
                self.store.insert_rows(table, columns, rows)
            raise StoreError("ClickHouse unavailable (test)")
        self.store.insert_rows(table, columns, rows)

    def close(self) -> None:
        self.store.close()


@pytest.mark.parametrize("after_write", [False, True], ids=["refused", "lost-reply"])
def test_clickhouse_refusing_inserts_loses_and_duplicates_nothing(
    case: SinkCase, after_write: bool
) -> None:
    refusing: list[RefusingStore] = []

    def wrap(store: AnalyticsStore) -> AnalyticsStore:
        wrapper = RefusingStore(store)
        wrapper.after_write = after_write
        refusing.append(wrapper)
        return wrapper

    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            loop.run_until_complete(serve(case.config, stop=stop, handle_signals=False,
                                          wrap_store=wrap))
        except BaseException as error:  # reported by the test below
            failure.append(error)

    thread = threading.Thread(target=run, name="sink-service")
    thread.start()
    reader = case.reader()
    try:
        wait_until(lambda: reader.healthy() or bool(failure), 120, "the sink to be ready")
        assert not failure, failure
        refusing[0].refusing.set()  # ClickHouse goes away
        produce(case, telemetry(1500, "refused"))
        wait_until(lambda: refusing[0].refused >= 3, 60, "the sink to retry refused inserts")
        assert not case.all_committed()
        refusing[0].refusing.clear()  # ClickHouse is back
        assert_exactly_once(case)
    finally:
        reader.close()
        loop.call_soon_threadsafe(stop.set)
        thread.join(60)
        loop.close()
    assert not thread.is_alive() and not failure, failure
