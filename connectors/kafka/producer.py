"""Producers: a plain one for clients and a transactional one for exactly-once stages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from queue import SimpleQueue

from confluent_kafka import KafkaError, KafkaException, Message, Producer, TopicPartition

from llmstream.config import KafkaConfig
from llmstream.connectors.kafka.settings import client_settings


@dataclass(frozen=True, slots=True)
class OutRecord:
    """A record to produce: topic, key, value (already serialised).

    ``immediate`` records are sent the moment their input is handled, outside the
    transaction that commits the input's offset: readers see them a transaction sooner,
    and may see them twice if the stage dies before that commit (at-least-once).
    """

    topic: str
    key: bytes | None
    value: bytes
    immediate: bool = False


def _enqueue(
    producer: Producer,
    record: OutRecord,
    on_delivery: Callable[[KafkaError | None, Message], None] | None = None,
) -> None:
    """Hand ``record`` to librdkafka; while its local queue is full, let deliveries drain."""
    while True:
        try:
            producer.produce(record.topic, record.value, record.key, on_delivery=on_delivery)
            return
        except BufferError:
            producer.poll(0.05)


class DeliveryError(Exception):
    """A record was not acknowledged by the broker."""


class RecordProducer:
    """At-least-once producer with idempotence on; ``flush`` raises if anything failed."""

    def __init__(self, kafka: KafkaConfig, **overrides: object) -> None:
        self._producer = Producer(
            client_settings(kafka, **{"enable.idempotence": True, "linger.ms": 2, **overrides})
        )
        self._errors: list[KafkaError] = []

    def _on_delivery(self, error: KafkaError | None, _message: object) -> None:
        if error is not None:
            self._errors.append(error)

    def produce(self, record: OutRecord) -> None:
        _enqueue(self._producer, record, self._on_delivery)
        self._producer.poll(0)

    def flush(self, timeout_s: float = 30.0) -> None:
        remaining = self._producer.flush(timeout_s)
        if remaining:
            raise DeliveryError(f"{remaining} records not delivered within {timeout_s}s")
        if self._errors:
            errors, self._errors = self._errors, []
            raise DeliveryError(f"{len(errors)} records failed: {errors[0]}")


class ImmediateProducer:
    """Sends a transactional stage's ``immediate`` records at once (idempotent, acks=all).

    ``send`` may be called from any thread. ``settle`` (the stage's Kafka thread, before
    each commit) waits for every record sent so far and hands back those the broker
    refused, so the transaction that commits their offsets carries them instead: an input
    is never committed without its output.
    """

    def __init__(self, kafka: KafkaConfig) -> None:
        self._producer = Producer(
            client_settings(kafka, **{"enable.idempotence": True, "linger.ms": 0})
        )
        self._failed: SimpleQueue[OutRecord] = SimpleQueue()

    def send(self, record: OutRecord) -> None:
        def delivered(error: KafkaError | None, _message: Message) -> None:
            if error is not None:
                self._failed.put(record)

        _enqueue(self._producer, record, delivered)
        self._producer.poll(0)

    def settle(self, timeout_s: float = 30.0) -> list[OutRecord] | None:
        """Wait for the records sent so far; return the ones not delivered, or None if
        some are still unacknowledged after ``timeout_s``."""
        if self._producer.flush(timeout_s):
            return None
        failed: list[OutRecord] = []
        while not self._failed.empty():
            failed.append(self._failed.get_nowait())
        return failed

    def close(self) -> None:
        self._producer.flush(5)


class TransactionalProducer:
    """Produces records and consumer offsets atomically (librdkafka transactions, KIP-447).

    All methods block and must be called from one thread (the stage's Kafka thread).
    """

    def __init__(
        self, kafka: KafkaConfig, transactional_id: str, transaction_timeout_ms: int
    ) -> None:
        self._producer = Producer(
            client_settings(
                kafka,
                **{
                    "transactional.id": transactional_id,
                    "enable.idempotence": True,
                    "transaction.timeout.ms": transaction_timeout_ms,
                    "linger.ms": 1,
                    # A transaction that starts while the broker still writes the previous
                    # one's markers is refused (CONCURRENT_TRANSACTIONS) and retried after
                    # this backoff. librdkafka's 100 ms default put ~90 ms on back-to-back
                    # transactions (measured: docs/BENCHMARKS.md); the markers take a few ms.
                    "retry.backoff.ms": 5,
                    "retry.backoff.max.ms": 100,
                },
            )
        )

    def init(self, timeout_s: float = 30.0) -> None:
        """Register with the coordinator; fences and aborts a previous incarnation's open
        transaction (same transactional id)."""
        self._producer.init_transactions(timeout_s)

    def commit(
        self,
        records: Sequence[OutRecord],
        offsets: Sequence[TopicPartition],
        group_metadata: object,
        timeout_s: float = 30.0,
    ) -> None:
        """One transaction: every record plus the consumer offsets, or nothing.

        Raises ``KafkaException``; on an abortable error the transaction is aborted here
        and the caller may retry the same records.
        """
        self._producer.begin_transaction()
        try:
            for record in records:
                _enqueue(self._producer, record)
            self._producer.send_offsets_to_transaction(list(offsets), group_metadata, timeout_s)
            self._producer.commit_transaction(timeout_s)
        except KafkaException as error:
            if error.args and error.args[0].txn_requires_abort():
                self._producer.abort_transaction(timeout_s)
            raise

    def close(self) -> None:
        self._producer.flush(5)
