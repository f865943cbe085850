"""The prompt registry's topic: ``PromptEvent`` records on a compacted topic, keyed by name.

``PromptTopicReader`` reads it from the beginning, outside any consumer group (every
reader wants every event), and says when it has caught up with the end. Each event is the
whole state of one prompt (``PromptState``), so reading the topic and ``apply``-ing every
event rebuilds the registry.

``PromptWriter`` is how changes are written: a read-modify-write (read the registry,
compute the prompt's next state, publish it) under one transactional id shared by every
writer. Kafka has no compare-and-set, but it fences: a writer that registers
(``init_transactions``) fences every earlier one, whose commit then fails. A writer
registers *before* it reads, so of two overlapping changes the earlier one fails instead
of silently overwriting the later one's base, and a version number is never given to two
different contents. Readers are read-committed, so nobody ever sees a fenced write.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    KafkaException,
    Producer,
    TopicPartition,
)

from llmstream.config import KafkaConfig
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.consumer import consume_available
from llmstream.connectors.kafka.settings import client_settings
from llmstream.errors import DecodeError, LLMStreamError
from llmstream.prompt_registry import PromptRegistry, PromptState
from llmstream.stack.polling import poll_until

log = logging.getLogger(__name__)

WRITER_TRANSACTIONAL_ID = "llmstream-prompt-writer"


class PromptTopicError(LLMStreamError):
    """The prompts topic is missing or could not be read in time."""


class PromptTopicReader:
    """Every event of the prompts topic from offset 0, then each new one as it arrives."""

    def __init__(self, kafka: KafkaConfig, topic: str, metadata_timeout_s: float = 30.0) -> None:
        self._topic = topic
        self._consumer = Consumer(
            client_settings(
                kafka,
                **{
                    "group.id": "llmstream-prompt-reader-unused",  # never joins or commits
                    "enable.auto.commit": False,
                    "enable.partition.eof": True,
                    "isolation.level": "read_committed",
                    "fetch.wait.max.ms": 50,
                },
            )
        )
        self._serde = serde("prompt")
        metadata = self._consumer.list_topics(topic, timeout=metadata_timeout_s)
        found = metadata.topics.get(topic)
        if found is None or found.error is not None or not found.partitions:
            self._consumer.close()
            raise PromptTopicError(
                f"prompts topic {topic!r} does not exist (create it with `llmstream topics`)"
            )
        self._partitions = sorted(found.partitions)
        self._at_end: set[int] = set()
        self._consumer.assign(
            [TopicPartition(topic, p, OFFSET_BEGINNING) for p in self._partitions]
        )
        self.skipped = 0  # events that did not decode

    @property
    def caught_up(self) -> bool:
        """True once every partition was read to its end (and stays true after)."""
        return len(self._at_end) == len(self._partitions)

    def poll(self, timeout_s: float) -> list[PromptState]:
        """The events that arrived, decoded; undecodable ones are logged and skipped."""
        states: list[PromptState] = []
        for message in consume_available(self._consumer, 500, timeout_s):
            error = message.error()
            if error is not None:
                if error.code() == KafkaError._PARTITION_EOF:
                    self._at_end.add(message.partition() or 0)
                    continue
                log.warning("prompts topic: %s", error)
                continue
            value = message.value()
            if value is None:  # a tombstone: nothing to apply (versions never disappear)
                continue
            try:
                states.append(PromptState.from_record(self._serde.decode(value)))
            except (DecodeError, KeyError, TypeError, ValueError) as failure:
                self.skipped += 1
                log.warning(
                    "prompts topic: skipped undecodable event at offset %s: %s",
                    message.offset(),
                    failure,
                )
        return states

    def close(self) -> None:
        self._consumer.close()


def read_registry(kafka: KafkaConfig, topic: str, timeout_s: float = 30.0) -> PromptRegistry:
    """The registry as the topic holds it now: every event read up to the end."""
    registry = PromptRegistry()
    reader = PromptTopicReader(kafka, topic)
    try:

        def done() -> bool:
            for state in reader.poll(0.2):
                registry.apply(state)
            return reader.caught_up

        if not poll_until(done, timeout_s, 0):
            raise PromptTopicError(f"could not read prompts topic {topic!r} within {timeout_s}s")
    finally:
        reader.close()
    return registry


class ConcurrentPromptChange(PromptTopicError):
    """Another writer registered after this one: this change was not written."""


class PromptWriter:
    """The registry's writer; create it *before* reading the state you change."""

    def __init__(
        self,
        kafka: KafkaConfig,
        topic: str,
        transactional_id: str = WRITER_TRANSACTIONAL_ID,
        timeout_s: float = 30.0,
    ) -> None:
        self._topic = topic
        self._timeout_s = timeout_s
        self._serde = serde("prompt")
        self._producer = Producer(
            client_settings(
                kafka,
                **{
                    "transactional.id": transactional_id,
                    "enable.idempotence": True,
                    "transaction.timeout.ms": 60_000,
                    "linger.ms": 0,
                },
            )
        )
        try:
            # Fences every earlier writer and completes or aborts its open transaction.
            self._producer.init_transactions(timeout_s)
        except KafkaException as error:
            raise PromptTopicError(f"cannot register as the prompts writer: {error}") from None

    def write(self, states: Iterable[PromptState]) -> None:
        """Every state as one event keyed by the prompt's name, in one transaction; raises
        ``ConcurrentPromptChange`` if another writer registered since this one did."""
        try:
            self._producer.begin_transaction()
            for state in states:
                self._producer.produce(
                    self._topic, self._serde.encode(state.to_record()), state.name.encode()
                )
            self._producer.commit_transaction(self._timeout_s)
        except KafkaException as error:
            kafka_error = error.args[0] if error.args else None
            if isinstance(kafka_error, KafkaError) and kafka_error.code() in (
                KafkaError._FENCED,
                KafkaError.PRODUCER_FENCED,
                KafkaError.INVALID_PRODUCER_EPOCH,
            ):
                raise ConcurrentPromptChange(
                    "another prompts change started while this one was in progress and took "
                    "over; this change was not written: check the state and re-run it"
                ) from None
            if isinstance(kafka_error, KafkaError) and kafka_error.txn_requires_abort():
                self._producer.abort_transaction(self._timeout_s)
            raise PromptTopicError(f"could not write to {self._topic!r}: {error}") from None


def publish_states(kafka: KafkaConfig, topic: str, states: Iterable[PromptState]) -> None:
    """Write states without a read before (seeding, benchmarks); returns once committed."""
    PromptWriter(kafka, topic).write(states)
