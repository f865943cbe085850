"""The analytics sink: Kafka ``llm.telemetry`` -> ClickHouse ``requests``/``attempts``, and
``llm.feedback`` -> ``feedback``, ``llm.evaluations`` -> ``evaluation_scores``.

Each topic is a ``SinkTopic`` (``sink_topics.py``): how its records become rows, and
which tables they fill. Everything below is per (topic, partition) and the same for all.

Read like Quix Streams' sinks: a batch per partition (``batching.py``), flushed when full
(``sink.batch_size``) or expired (``sink.batch_interval_ms``), and only then the offsets
committed. On top of that:

* Exactly once in the table: rows carry their Kafka position and the sink skips what the
  table already holds (``positions.py``), so a crash between insert and commit, or an
  insert reported failed that did happen, never counts a row twice.
* Hold back, never drop: when the store refuses a batch the sink keeps it, pauses that
  partition, retries with backoff (``holdback.py``) and catches up when the store is back.
* A message that cannot be decoded or stored goes to the dead-letter topic with the
  reason, and the partition moves on.
* ``stop()`` (SIGTERM in the command) flushes, commits and closes.

All of it runs on the thread calling ``run``: store calls block it, never an event loop.
The Kafka clients are the project's wrappers (``connectors/kafka``), passed in.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from confluent_kafka import KafkaException, Message, TopicPartition

from llmstream.config import Config
from llmstream.connectors.avro import serde
from llmstream.connectors.clickhouse.batching import Batch, BatchStore
from llmstream.connectors.clickhouse.holdback import HoldBack
from llmstream.connectors.clickhouse.positions import StoredPositions, read_positions
from llmstream.connectors.clickhouse.schema import SchemaSettings
from llmstream.connectors.clickhouse.sink_topics import (
    SinkTopic,
    evaluations_topic,
    feedback_topic,
    telemetry_topic,
)
from llmstream.connectors.clickhouse.store import AnalyticsStore, StoreError
from llmstream.connectors.clickhouse.telemetry_rows import (
    InvalidEvent,
    PendingRow,
    insert_runs,
)
from llmstream.connectors.kafka.producer import DeliveryError, OutRecord
from llmstream.errors import DecodeError
from llmstream.events import DeadLetter, new_id

log = logging.getLogger("llmstream.sink")

MAX_POLL_WAIT_S = 0.2
POSITIONS = "positions"  # hold-back key of the ledger read for newly assigned partitions

PartitionKey = tuple[str, int]  # (topic, partition)

# Called after each successful insert with (table, partition, last offset inserted).
AfterInsert = Callable[[str, int, int], None]


class SinkConsumer(Protocol):
    """The consumer-group member the sink reads with (``kafka.consumer.GroupConsumer``)."""

    def consume(self, max_messages: int, timeout_s: float) -> list[Message]: ...
    def pause(self, partitions: list[TopicPartition]) -> None: ...
    def resume(self, partitions: list[TopicPartition]) -> None: ...
    def commit(self, offsets: list[TopicPartition]) -> None: ...
    def close(self) -> None: ...


class DeadLetterProducer(Protocol):
    """Where undecodable events go (``kafka.producer.RecordProducer``)."""

    def produce(self, record: OutRecord) -> None: ...
    def flush(self, timeout_s: float = 30.0) -> None: ...


@dataclass
class SinkStats:
    rows_inserted: int = 0
    inserts: int = 0
    commits: int = 0
    replayed_skipped: int = 0
    dead_letters: int = 0
    store_failures: int = 0


@dataclass
class PartitionState:
    """What the sink knows about one assigned partition."""

    positions: StoredPositions | None  # None: not read yet (the store was unavailable)
    next_offset: int = -1  # messages below it were taken already (redeliveries ignored)
    flushed_to: int | None = None  # offset to commit: everything below is stored
    committed: int | None = None
    positions_uncertain: bool = False  # an insert failed: re-read before trying again
    paused: bool = False


@dataclass(frozen=True)
class SinkSettings:
    topic: str  # telemetry
    dead_letter_topic: str
    schema: SchemaSettings
    batch_size: int
    batch_interval_s: float
    feedback_topic: str | None = None
    evaluations_topic: str | None = None
    retry_base_delay_s: float = 0.2
    retry_max_delay_s: float = 5.0
    shutdown_timeout_s: float = 20.0
    max_poll_messages: int = 5000
    worker: str = field(default_factory=lambda: f"sink-{new_id()[:8]}")

    @classmethod
    def from_config(cls, config: Config) -> SinkSettings:
        return cls(
            topic=config.topics.telemetry,
            dead_letter_topic=config.topics.dead_letter,
            schema=SchemaSettings(config.clickhouse.database, config.clickhouse.ttl_days),
            batch_size=config.sink.batch_size,
            batch_interval_s=config.sink.batch_interval_ms / 1000.0,
            max_poll_messages=max(1, min(config.sink.batch_size, 10_000)),
            feedback_topic=config.topics.feedback,
            evaluations_topic=config.topics.evaluations,
        )

    def sink_topics(self) -> tuple[SinkTopic, ...]:
        """The topics to read, each with the tables it fills."""
        topics = [telemetry_topic(self.topic)]
        if self.feedback_topic:
            topics.append(feedback_topic(self.feedback_topic))
        if self.evaluations_topic:
            topics.append(evaluations_topic(self.evaluations_topic))
        return tuple(topics)


class TelemetrySink:
    """Construct, hand ``on_assign``/``on_revoke`` to the consumer, then ``run(consumer)``."""

    def __init__(
        self,
        settings: SinkSettings,
        store: AnalyticsStore,
        dead_letters: DeadLetterProducer,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        after_insert: AfterInsert | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.stats = SinkStats()
        self._dead_letters = dead_letters
        self._consumer: SinkConsumer | None = None
        self._clock = clock
        self._after_insert = after_insert
        self._batches: BatchStore[PendingRow] = BatchStore(
            settings.batch_size, settings.batch_interval_s
        )
        self._holdback = HoldBack(settings.retry_base_delay_s, settings.retry_max_delay_s,
                                  rng or random.Random())
        self._partitions: dict[PartitionKey, PartitionState] = {}
        self._stopping = threading.Event()
        self._topics = {topic.name: topic for topic in settings.sink_topics()}
        self._serdes = {topic.name: serde(topic.schema) for topic in self._topics.values()}
        self._dead_letter = serde("dead_letter")
        self._dead_letters_pending = False

    # -- lifecycle -------------------------------------------------------------------

    def stop(self) -> None:
        """Ask ``run`` to flush, commit and return (safe from any thread)."""
        self._stopping.set()

    def attach(self, consumer: SinkConsumer) -> None:
        """The consumer ``step`` reads from and commits to (``run`` attaches it)."""
        self._consumer = consumer

    def run(self, consumer: SinkConsumer) -> None:
        """Consume until ``stop()``; then flush, commit and close ``consumer``."""
        self.attach(consumer)
        log.info("sink started", extra={"fields": {
            "topics": list(self._topics), "batch_size": self.settings.batch_size,
            "batch_interval_s": self.settings.batch_interval_s}})
        try:
            while not self._stopping.is_set():
                self.step()
            self._shutdown()
        finally:
            consumer.close()  # leaves the group: on_revoke flushes and commits what is left
            self._deliver_dead_letters()
            self._consumer = None  # the consumer's callbacks point back here: break the cycle
        log.info("sink stopped", extra={"fields": vars(self.stats)})

    def step(self) -> None:
        """One poll: read what is there, flush what is due, retry what is held."""
        consumer = self._live_consumer()
        self._read_missing_positions()
        messages = consumer.consume(self.settings.max_poll_messages, self._poll_timeout())
        now = self._clock()
        for message in messages:
            self._take(message, now)
        self._flush_due(self._clock())

    # -- reading ---------------------------------------------------------------------

    def _poll_timeout(self) -> float:
        """Wait for messages until the next batch is due (a held one: its retry time)."""
        wakeups = []
        for batch in self._batches:
            due = batch.expires_at(self._batches.max_age_s)
            retry_at = self._holdback.retry_at(batch.key)
            wakeups.append(due if retry_at is None else max(due, retry_at))
        if any(s.positions is None for s in self._partitions.values()):
            retry_at = self._holdback.retry_at(POSITIONS)
            wakeups.append(self._clock() if retry_at is None else retry_at)
        if not wakeups:
            return MAX_POLL_WAIT_S
        return float(max(0.0, min(MAX_POLL_WAIT_S, min(wakeups) - self._clock())))

    def _take(self, message: Message, now: float) -> None:
        error = message.error()
        if error is not None:
            if error.fatal():
                raise KafkaException(error)
            log.warning("consumer error", extra={"fields": {"error": str(error)}})
            return
        topic, partition, offset = message.topic(), message.partition(), message.offset()
        if topic is None or partition is None or offset is None:
            return
        state = self._partitions.get((topic, partition))
        if state is None or offset < state.next_offset:
            return  # not ours any more, or delivered again after a pause
        state.next_offset = offset + 1
        item = self._row_or_dead_letter(message, topic, partition, offset)
        if item is not None and state.positions is not None and \
                state.positions.is_stored(item.table, offset):
            self.stats.replayed_skipped += 1
            item = None
        self._batches.take(topic, partition, offset, item, now)

    def _row_or_dead_letter(self, message: Message, topic: str, partition: int,
                            offset: int) -> PendingRow | None:
        try:
            record = self._serdes[topic].decode(message.value())
        except DecodeError as error:
            self._send_dead_letter(message, topic, partition, offset, "decode_error",
                                   error.reason)
            return None
        try:
            return self._topics[topic].to_row(record, topic, partition, offset)
        except InvalidEvent as error:
            self._send_dead_letter(message, topic, partition, offset, error.code, error.reason)
            return None
        except (KeyError, TypeError, ValueError) as error:
            self._send_dead_letter(message, topic, partition, offset, "invalid_event",
                                   f"{type(error).__name__}: {error}")
            return None

    def _send_dead_letter(self, message: Message, topic: str, partition: int, offset: int,
                          code: str, reason: str) -> None:
        record = DeadLetter.for_source(
            topic, partition, offset, code, reason, message.key(),
            message.value(), self.settings.worker,
        )
        self._dead_letters.produce(OutRecord(self.settings.dead_letter_topic, message.key(),
                                             self._dead_letter.encode(record.to_record())))
        self._dead_letters_pending = True
        self.stats.dead_letters += 1
        log.warning("dead letter", extra={"fields": {
            "topic": topic, "partition": partition, "offset": offset, "error_code": code,
            "reason": reason}})

    def _deliver_dead_letters(self) -> bool:
        if not self._dead_letters_pending:
            return True
        try:
            self._dead_letters.flush(10.0)
        except DeliveryError as error:
            log.error("dead letters not delivered", extra={"fields": {"error": str(error)}})
            return False
        self._dead_letters_pending = False
        return True

    # -- assignment ------------------------------------------------------------------

    def on_assign(self, partitions: list[TopicPartition]) -> None:
        """Read the ledger for the new partitions. Reading starts at the committed offset;
        what the tables already hold is skipped message by message."""
        wanted = [(tp.topic, tp.partition) for tp in partitions if tp.topic in self._topics]
        try:
            positions: dict[PartitionKey, StoredPositions] | None = self._read_positions(wanted)
        except StoreError as error:
            positions = None
            self._holdback.failed(POSITIONS, self._clock())
            log.warning("store unavailable at assignment; held until it answers",
                        extra={"fields": {"partitions": wanted, "error": str(error)}})
        for key in wanted:
            self._partitions[key] = PartitionState(
                positions=positions[key] if positions is not None else None)
        log.info("partitions assigned", extra={"fields": {
            "partitions": wanted, "positions": None if positions is None else {
                f"{t}[{p}]": dict(s.highest) for (t, p), s in positions.items()}}})

    def _read_positions(self, keys: list[PartitionKey]) -> dict[PartitionKey, StoredPositions]:
        """The ledger of each (topic, partition), read from the tables its topic fills."""
        found: dict[PartitionKey, StoredPositions] = {}
        for name, topic in self._topics.items():
            wanted = [p for t, p in keys if t == name]
            if wanted:
                read = read_positions(self.store, self.settings.schema, name, wanted,
                                      topic.tables)
                found.update({(name, p): s for p, s in read.items()})
        return found

    def on_revoke(self, partitions: list[TopicPartition]) -> None:
        """Flush (one try) and commit what the revoked partitions hold, then forget them."""
        revoked = [(tp.topic, tp.partition) for tp in partitions]
        now = self._clock()
        for key in revoked:
            batch = self._batches.get(*key)
            state = self._partitions.get(key)
            if batch is not None and state is not None and state.positions is not None:
                self._flush(batch, state, now)
        self._commit(revoked)
        for key in revoked:
            # Unwritten batches are dropped: the next owner reads them again from the
            # committed offset, and the ledger skips what is already stored.
            self._batches.pop(*key)
            self._partitions.pop(key, None)
            self._holdback.succeeded(key)
        log.info("partitions revoked", extra={"fields": {"partitions": revoked}})

    def _read_missing_positions(self) -> None:
        missing = [p for p, s in self._partitions.items() if s.positions is None]
        if not missing or not self._holdback.may_try(POSITIONS, self._clock()):
            return
        try:
            positions = self._read_positions(missing)
        except StoreError as error:
            delay = self._holdback.failed(POSITIONS, self._clock())
            log.warning("store still unavailable", extra={"fields": {
                "partitions": missing, "retry_in_s": round(delay, 3), "error": str(error)}})
            return
        self._holdback.succeeded(POSITIONS)
        for key in missing:
            self._partitions[key].positions = positions[key]
        log.info("ledger read", extra={"fields": {"partitions": missing}})

    # -- writing ---------------------------------------------------------------------

    def _flush_due(self, now: float) -> None:
        for batch in self._batches.due(now):
            state = self._partitions.get(batch.key)
            if state is None:
                continue
            if state.positions is None:
                self._pause(batch.key, state)  # due, but the ledger is unknown yet
            elif self._holdback.may_try(batch.key, now):
                self._flush(batch, state, now)

    def _flush(self, batch: Batch[PendingRow], state: PartitionState, now: float) -> bool:
        """Write ``batch`` and commit it; False (batch kept, partition paused) when the
        store refused it."""
        try:
            if state.positions_uncertain:
                state.positions = self._read_positions([batch.key])[batch.key]
                state.positions_uncertain = False
            self._insert(batch, state)
        except StoreError as error:
            state.positions_uncertain = True
            self.stats.store_failures += 1
            delay = self._holdback.failed(batch.key, now)
            self._pause(batch.key, state)
            log.warning("store unavailable; holding the batch back", extra={"fields": {
                "topic": batch.topic, "partition": batch.partition, "rows": batch.size,
                "failures": self._holdback.failures(batch.key),
                "retry_in_s": round(delay, 3), "error": str(error)}})
            return False
        self._batches.pop(batch.topic, batch.partition)
        state.flushed_to = batch.next_offset
        if self._holdback.succeeded(batch.key) is not None:
            log.info("store back; batch written", extra={"fields": {
                "topic": batch.topic, "partition": batch.partition, "rows": batch.size}})
        self._resume(batch.key, state)
        self._commit([batch.key])
        return True

    def _insert(self, batch: Batch[PendingRow], state: PartitionState) -> None:
        assert state.positions is not None
        positions = state.positions
        topic = self._topics[batch.topic]
        pending = [i for i in batch.items if not positions.is_stored(i.table, i.offset)]
        for table, run in insert_runs(pending, topic.tables):
            self.store.insert_rows(self.settings.schema.table(table), topic.columns[table],
                                   [item.row for item in run])
            positions = positions.with_stored(table, run[-1].offset)
            state.positions = positions
            self.stats.inserts += 1
            self.stats.rows_inserted += len(run)
            if self._after_insert is not None:
                self._after_insert(table, batch.partition, run[-1].offset)

    def _commit(self, partitions: list[PartitionKey]) -> None:
        """Commit what is flushed. Dead letters are delivered first, so a commit never
        passes a message that is neither a row nor on the dead-letter topic."""
        offsets = []
        for key in partitions:
            state = self._partitions.get(key)
            if state is None or state.flushed_to is None:
                continue
            if state.committed is not None and state.flushed_to <= state.committed:
                continue
            offsets.append(TopicPartition(key[0], key[1], state.flushed_to))
        if not offsets or self._consumer is None:
            return
        if not self._deliver_dead_letters():
            return  # commit deferred to the next flush
        try:
            self._consumer.commit(offsets)
        except KafkaException as error:
            log.warning("commit failed; retried after the next flush",
                        extra={"fields": {"error": str(error)}})
            return
        self.stats.commits += 1
        for tp in offsets:
            state = self._partitions.get((tp.topic, tp.partition))
            if state is not None:
                state.committed = tp.offset

    def _pause(self, key: PartitionKey, state: PartitionState) -> None:
        if not state.paused and self._consumer is not None:
            try:
                self._consumer.pause([TopicPartition(*key)])
            except KafkaException as error:  # e.g. revoked meanwhile
                log.warning("pause failed", extra={"fields": {"error": str(error)}})
                return
            state.paused = True

    def _resume(self, key: PartitionKey, state: PartitionState) -> None:
        if state.paused and self._consumer is not None:
            try:
                self._consumer.resume([TopicPartition(*key)])
            except KafkaException as error:
                log.warning("resume failed", extra={"fields": {"error": str(error)}})
                return
            state.paused = False

    def _shutdown(self) -> None:
        """Flush every batch, retrying a refusing store until the shutdown deadline."""
        deadline = self._clock() + self.settings.shutdown_timeout_s
        while len(self._batches) and self._clock() < deadline:
            self._read_missing_positions()
            now = self._clock()
            for batch in self._batches:
                state = self._partitions.get(batch.key)
                if state is None:
                    self._batches.pop(batch.topic, batch.partition)
                elif state.positions is not None and self._holdback.may_try(batch.key, now):
                    self._flush(batch, state, now)
            if len(self._batches):
                retry = self._holdback.next_retry()
                wait = 0.05 if retry is None else max(0.0, retry - self._clock())
                time.sleep(min(wait, max(0.0, deadline - self._clock()), 0.5))
        if len(self._batches):
            log.error("stopping with unwritten batches: not committed, read again at the "
                      "next start", extra={"fields": {"batches": len(self._batches)}})
        self._commit(list(self._partitions))

    def _live_consumer(self) -> SinkConsumer:
        if self._consumer is None:
            raise RuntimeError("attach(consumer) or run(consumer) first")
        return self._consumer
