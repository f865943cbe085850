"""The sink's decisions on the real engine, with the Kafka side in memory.

``FakeConsumer`` keeps librdkafka's contract as the sink relies on it: messages of a
partition in offset order from the committed offset, none from paused partitions,
reading resumes where the application stopped taking. The real broker is in
``tests/integration/test_sink.py``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from confluent_kafka import Message, TopicPartition

from llmstream.connectors.avro import serde
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.schema import ATTEMPTS, REQUESTS, SchemaSettings, migrate
from llmstream.connectors.clickhouse.sink import SinkSettings, TelemetrySink
from llmstream.connectors.clickhouse.store import QueryResult, StoreError
from llmstream.connectors.kafka.producer import OutRecord
from llmstream.events import DeadLetter, Telemetry, now_ms

TOPIC = "llm.telemetry"
PARTITIONS = (0, 1, 2)


class Crash(Exception):
    """The process dies here (nothing after it runs)."""


class FakeConsumer:
    def __init__(self, log: dict[int, list[Message]], committed: dict[int, int],
                 sink: TelemetrySink) -> None:
        self.log = log
        self.committed = committed
        self.sink = sink
        self.position: dict[int, int] = {}
        self.paused: set[int] = set()
        self.closed = False

    def assign(self, partitions: Sequence[int] = PARTITIONS) -> None:
        for p in partitions:
            self.position[p] = self.committed.get(p, 0)
        self.sink.on_assign([TopicPartition(TOPIC, p) for p in partitions])

    def consume(self, max_messages: int, timeout_s: float) -> list[Message]:
        taken: list[Message] = []
        for p in sorted(self.position):
            if p in self.paused:
                continue
            while len(taken) < max_messages and self.position[p] < len(self.log[p]):
                taken.append(self.log[p][self.position[p]])
                self.position[p] += 1
        return taken

    def pause(self, partitions: list[TopicPartition]) -> None:
        self.paused.update(tp.partition for tp in partitions)

    def resume(self, partitions: list[TopicPartition]) -> None:
        self.paused.difference_update(tp.partition for tp in partitions)

    def commit(self, offsets: list[TopicPartition]) -> None:
        for tp in offsets:
            self.committed[tp.partition] = tp.offset

    def close(self) -> None:
        self.sink.on_revoke([TopicPartition(TOPIC, p) for p in sorted(self.position)])
        self.position.clear()
        self.closed = True


class FakeProducer:
    def __init__(self) -> None:
        self.records: list[OutRecord] = []

    def produce(self, record: OutRecord) -> None:
        self.records.append(record)

    def flush(self, timeout_s: float = 30.0) -> None:
        pass


class FlakyStore:
    """The real store, refusing (or half-refusing) inserts while told to."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        self.down = False
        self.fail_after_insert = False
        self.refused = 0

    def command(self, sql: str) -> None:
        self._check()
        self.store.command(sql)

    def query(self, sql: str) -> QueryResult:
        self._check()
        return self.store.query(sql)

    def insert_rows(self, table: str, columns: Sequence[str],
                    rows: Sequence[Sequence[Any]]) -> None:
        self._check()
        self.store.insert_rows(table, columns, rows)
        if self.fail_after_insert:  # written, but the caller hears a failure
            self.refused += 1
            raise StoreError("connection reset after the insert")

    def close(self) -> None:
        pass

    def _check(self) -> None:
        if self.down:
            self.refused += 1
            raise StoreError("ClickHouse unavailable")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    yield opened
    opened.close()


@pytest.fixture
def schema(engine: EmbeddedStore) -> SchemaSettings:
    settings = SchemaSettings(database=f"test_{uuid.uuid4().hex[:12]}")
    migrate(engine, settings)
    return settings


def telemetry_log(requests_per_partition: int, seed: int = 1) -> dict[int, list[Message]]:
    """Each request: a request event and one or two attempt events, as a worker writes."""
    rng = random.Random(seed)
    encode = serde("telemetry").encode
    log: dict[int, list[Message]] = {p: [] for p in PARTITIONS}
    base = now_ms() - 60_000
    for p in PARTITIONS:
        for n in range(requests_per_partition):
            request_id = f"p{p}-r{n}"
            events = [Telemetry(event_id=f"{request_id}:request", kind="request",
                                request_id=request_id, status="ok", ts=base + n, model="m")]
            events += [Telemetry(event_id=f"{request_id}:attempt:{a}", kind="attempt",
                                 request_id=request_id, status="ok", ts=base + n, attempt=a)
                       for a in range(1, rng.randint(1, 2) + 1)]
            for event in events:
                log[p].append(Message(topic=TOPIC, partition=p, offset=len(log[p]),
                                      key=request_id.encode(),
                                      value=encode(event.to_record())))
    return log


def counts(engine: EmbeddedStore, schema: SchemaSettings) -> dict[str, tuple[int, int]]:
    """(rows, distinct event ids) per table."""
    found = {}
    for table in (REQUESTS, ATTEMPTS):
        row = engine.query(f"SELECT count(), uniqExact(event_id) FROM {schema.table(table)}")
        found[table] = (int(row.rows[0][0]), int(row.rows[0][1]))
    return found


def expected_counts(log: dict[int, list[Message]]) -> dict[str, tuple[int, int]]:
    decode = serde("telemetry").decode
    kinds = [decode(m.value())["kind"] for messages in log.values() for m in messages]
    return {REQUESTS: (kinds.count("request"),) * 2, ATTEMPTS: (kinds.count("attempt"),) * 2}


def make_sink(store: Any, schema: SchemaSettings, clock: Clock, producer: FakeProducer,
              batch_size: int = 50, **hooks: Any) -> TelemetrySink:
    settings = SinkSettings(topic=TOPIC, dead_letter_topic="llm.dead-letter", schema=schema,
                            batch_size=batch_size, batch_interval_s=0.5,
                            retry_base_delay_s=0.1, retry_max_delay_s=1.0,
                            max_poll_messages=40)
    return TelemetrySink(settings, store, producer, clock=clock, rng=random.Random(3), **hooks)


def drain(sink: TelemetrySink, consumer: FakeConsumer, clock: Clock,
          max_steps: int = 2000) -> None:
    """Step until every message is committed, advancing the fake clock a little per step."""
    ends = {p: len(messages) for p, messages in consumer.log.items()}
    for _ in range(max_steps):
        if all(consumer.committed.get(p) == end for p, end in ends.items()):
            return
        sink.step()
        clock.now += 0.1
    raise AssertionError(f"not drained: committed {consumer.committed}, ends {ends}")


def test_every_event_is_stored_once_and_committed(engine: EmbeddedStore,
                                                  schema: SchemaSettings) -> None:
    log = telemetry_log(120)
    clock, producer = Clock(), FakeProducer()
    sink = make_sink(engine, schema, clock, producer)
    consumer = FakeConsumer(log, {}, sink)
    sink.attach(consumer)
    consumer.assign()
    drain(sink, consumer, clock)
    assert counts(engine, schema) == expected_counts(log)
    assert sink.stats.rows_inserted == sum(len(m) for m in log.values())
    assert producer.records == []


def test_a_crash_between_insert_and_commit_counts_nothing_twice(
    engine: EmbeddedStore, schema: SchemaSettings
) -> None:
    log = telemetry_log(100)
    clock, producer = Clock(), FakeProducer()
    inserted: list[tuple[str, int, int]] = []

    def die_on_the_third_insert(table: str, partition: int, offset: int) -> None:
        inserted.append((table, partition, offset))
        if len(inserted) == 3:
            raise Crash()

    committed: dict[int, int] = {}
    first = make_sink(engine, schema, clock, producer, after_insert=die_on_the_third_insert)
    consumer = FakeConsumer(log, committed, first)
    first.attach(consumer)
    consumer.assign()
    with pytest.raises(Crash):
        drain(first, consumer, clock)
    assert sum(counts(engine, schema)[t][0] for t in (REQUESTS, ATTEMPTS)) > 0
    uncommitted_partition = inserted[-1][1]
    assert committed.get(uncommitted_partition, 0) <= inserted[-1][2]

    restarted = make_sink(engine, schema, clock, producer)  # a new process: no memory
    consumer = FakeConsumer(log, committed, restarted)
    restarted.attach(consumer)
    consumer.assign()
    drain(restarted, consumer, clock)
    assert counts(engine, schema) == expected_counts(log)
    assert restarted.stats.replayed_skipped > 0


def test_an_unavailable_store_holds_back_then_catches_up(engine: EmbeddedStore,
                                                         schema: SchemaSettings) -> None:
    log = telemetry_log(150)
    clock, producer = Clock(), FakeProducer()
    flaky = FlakyStore(engine)
    sink = make_sink(flaky, schema, clock, producer)
    consumer = FakeConsumer(log, {}, sink)
    sink.attach(consumer)
    consumer.assign()
    for _ in range(5):  # some batches in
        sink.step()
        clock.now += 0.1
    stored_before = counts(engine, schema)
    flaky.down = True
    for _ in range(100):
        sink.step()
        clock.now += 0.1
    assert flaky.refused > 3  # retried, with backoff
    assert consumer.paused  # held back, not dropped
    assert counts(engine, schema) == stored_before
    committed_while_down = dict(consumer.committed)
    flaky.down = False
    drain(sink, consumer, clock)
    assert counts(engine, schema) == expected_counts(log)
    assert not consumer.paused
    assert all(consumer.committed[p] >= committed_while_down.get(p, 0) for p in PARTITIONS)


def test_an_insert_that_failed_after_it_happened_is_not_repeated(
    engine: EmbeddedStore, schema: SchemaSettings
) -> None:
    log = telemetry_log(60)
    clock, producer = Clock(), FakeProducer()
    flaky = FlakyStore(engine)
    sink = make_sink(flaky, schema, clock, producer)
    consumer = FakeConsumer(log, {}, sink)
    sink.attach(consumer)
    consumer.assign()
    flaky.fail_after_insert = True
    for _ in range(20):
        sink.step()
        clock.now += 0.1
    assert flaky.refused > 0
    flaky.fail_after_insert = False
    drain(sink, consumer, clock)
    assert counts(engine, schema) == expected_counts(log)


def test_the_store_down_at_assignment_holds_the_partitions(
    engine: EmbeddedStore, schema: SchemaSettings
) -> None:
    log = telemetry_log(40)
    clock, producer = Clock(), FakeProducer()
    flaky = FlakyStore(engine)
    flaky.down = True
    sink = make_sink(flaky, schema, clock, producer)
    consumer = FakeConsumer(log, {}, sink)
    sink.attach(consumer)
    consumer.assign()
    for _ in range(30):
        sink.step()
        clock.now += 0.1
    assert consumer.committed == {} and consumer.paused
    flaky.down = False
    drain(sink, consumer, clock)
    assert counts(engine, schema) == expected_counts(log)


def test_undecodable_and_invalid_events_go_to_the_dead_letter_topic(
    engine: EmbeddedStore, schema: SchemaSettings
) -> None:
    log = telemetry_log(20)
    encode = serde("telemetry").encode
    bad_kind = Telemetry(event_id="x", kind="span", request_id="x", status="ok",
                         ts=now_ms()).to_record()
    log[1].insert(5, Message(topic=TOPIC, partition=1, offset=5, key=b"k", value=b"garbage"))
    log[1].insert(9, Message(topic=TOPIC, partition=1, offset=9, key=None,
                             value=encode(bad_kind)))
    log[1] = [Message(topic=TOPIC, partition=1, offset=n, key=m.key(), value=m.value())
              for n, m in enumerate(log[1])]
    clock, producer = Clock(), FakeProducer()
    sink = make_sink(engine, schema, clock, producer)
    consumer = FakeConsumer(log, {}, sink)
    sink.attach(consumer)
    consumer.assign()
    drain(sink, consumer, clock)

    letters = [DeadLetter.from_record(serde("dead_letter").decode(r.value))
               for r in producer.records]
    assert [(d.source_partition, d.source_offset, d.error_code) for d in letters] == [
        (1, 5, "decode_error"), (1, 9, "invalid_event")]
    assert letters[0].value == b"garbage" and "unknown framing" in letters[0].reason
    assert {r.topic for r in producer.records} == {"llm.dead-letter"}
    stored = counts(engine, schema)
    assert sum(n for n, _ in stored.values()) == sum(len(m) for m in log.values()) - 2


def test_stop_flushes_commits_and_closes(engine: EmbeddedStore,
                                         schema: SchemaSettings) -> None:
    log = telemetry_log(10)
    clock, producer = Clock(), FakeProducer()
    sink = make_sink(engine, schema, clock, producer, batch_size=10_000)
    consumer = FakeConsumer(log, {}, sink)
    sink.attach(consumer)
    consumer.assign()
    while any(consumer.position[p] < len(log[p]) for p in PARTITIONS):
        sink.step()  # the clock stands still: batches are neither full nor expired
    assert consumer.committed == {}
    sink.stop()
    sink.run(consumer)
    assert consumer.closed
    assert consumer.committed == {p: len(m) for p, m in log.items()}
    assert counts(engine, schema) == expected_counts(log)
