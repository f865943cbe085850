"""Consumers: a group member for stages, and an unmanaged tail reader for clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from confluent_kafka import OFFSET_END, Consumer, Message, TopicPartition

from llmstream.config import KafkaConfig
from llmstream.connectors.kafka.settings import client_settings

PartitionsCallback = Callable[[list[TopicPartition]], None]


def consume_available(consumer: Consumer, max_messages: int, timeout_s: float) -> list[Message]:
    """Wait up to ``timeout_s`` for the first message, then take what is already there.

    librdkafka's batch ``consume(n, timeout)`` waits until it has ``n`` messages *or* the
    timeout passes, so at low rates every message would wait out the timeout (measured:
    +48 ms median at 50 requests/s with a 100 ms timeout).
    """
    first = consumer.consume(1, timeout_s)
    if not first or max_messages <= 1:
        return list(first)
    return [*first, *consumer.consume(max_messages - 1, 0)]


class GroupConsumer:
    """A consumer-group member with manual offsets that reads only committed data."""

    def __init__(
        self,
        kafka: KafkaConfig,
        group_id: str,
        topics: list[str],
        on_assign: PartitionsCallback | None = None,
        on_revoke: PartitionsCallback | None = None,
        **overrides: Any,
    ) -> None:
        self._consumer = Consumer(
            client_settings(
                kafka,
                **{
                    "group.id": group_id,
                    "enable.auto.commit": False,
                    "isolation.level": "read_committed",
                    "auto.offset.reset": "earliest",
                    **overrides,
                },
            )
        )
        self._on_assign = on_assign
        self._on_revoke = on_revoke
        self._consumer.subscribe(
            topics,
            on_assign=lambda _c, parts: on_assign(parts) if on_assign else None,
            on_revoke=lambda _c, parts: on_revoke(parts) if on_revoke else None,
            on_lost=lambda _c, parts: on_revoke(parts) if on_revoke else None,
        )

    def consume(self, max_messages: int, timeout_s: float) -> list[Message]:
        return consume_available(self._consumer, max_messages, timeout_s)

    def pause(self, partitions: list[TopicPartition]) -> None:
        if partitions:
            self._consumer.pause(partitions)

    def resume(self, partitions: list[TopicPartition]) -> None:
        if partitions:
            self._consumer.resume(partitions)

    def assignment(self) -> list[TopicPartition]:
        return list(self._consumer.assignment())

    def group_metadata(self) -> object:
        return self._consumer.consumer_group_metadata()

    def commit(self, offsets: list[TopicPartition]) -> None:
        self._consumer.commit(offsets=offsets, asynchronous=False)

    def close(self) -> None:
        self._consumer.close()


class TailReader:
    """Reads every partition of a topic from its end at creation time, outside any group.

    Used by clients to wait for responses: records produced after the reader was created
    are seen, older ones are not. Only committed (transactional) records are returned.
    """

    def __init__(self, kafka: KafkaConfig, topic: str, **overrides: Any) -> None:
        self._consumer = Consumer(
            client_settings(
                kafka,
                **{
                    "group.id": "llmstream-client-unused",
                    "enable.auto.commit": False,
                    "isolation.level": "read_committed",
                    "fetch.wait.max.ms": 10,
                    **overrides,
                },
            )
        )
        metadata = self._consumer.list_topics(topic, timeout=30)
        partitions = metadata.topics[topic].partitions
        if not partitions:
            raise ValueError(f"topic {topic!r} does not exist")
        starts = []
        for partition in partitions:
            _low, high = self._consumer.get_watermark_offsets(
                TopicPartition(topic, partition), timeout=30
            )
            starts.append(TopicPartition(topic, partition, high if high >= 0 else OFFSET_END))
        self._consumer.assign(starts)

    def consume(self, max_messages: int, timeout_s: float) -> list[Message]:
        return consume_available(self._consumer, max_messages, timeout_s)

    def close(self) -> None:
        self._consumer.close()
