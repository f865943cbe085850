"""Reading what a topic holds from a point in time up to now (Kafka as the store).

``read_since`` finds, per partition, the first offset at or after ``since_ms``
(``offsets_for_times``) and reads up to the end offsets taken when it started, outside
any consumer group: what replay needs to find the requests of the last hour and their
answers. Only committed (transactional) records are returned.
"""

from __future__ import annotations

import time

from confluent_kafka import Consumer, TopicPartition

from llmstream.config import KafkaConfig
from llmstream.connectors.kafka.settings import client_settings


class TopicReadTimeout(TimeoutError):
    """The topic's records up to the end offsets were not all read in time."""


def read_since(
    kafka: KafkaConfig, topic: str, since_ms: int, timeout_s: float = 60.0
) -> list[tuple[bytes | None, bytes | None]]:
    """Every record (key, value) of ``topic`` with a timestamp at or after ``since_ms``,
    up to the end of each partition when called, in partition order."""
    consumer = Consumer(client_settings(kafka, **{
        "group.id": "llmstream-time-range-unused",
        "enable.auto.commit": False,
        "isolation.level": "read_committed",
    }))
    try:
        metadata = consumer.list_topics(topic, timeout=30)
        if topic not in metadata.topics or metadata.topics[topic].error is not None:
            raise ValueError(f"topic {topic!r} does not exist")
        partitions = sorted(metadata.topics[topic].partitions)
        starts = consumer.offsets_for_times(
            [TopicPartition(topic, p, since_ms) for p in partitions], timeout=30
        )
        ends: dict[int, int] = {}
        assigned = []
        for start in starts:
            _low, high = consumer.get_watermark_offsets(
                TopicPartition(topic, start.partition), timeout=30
            )
            if start.offset < 0 or start.offset >= high:
                continue  # nothing at or after since_ms in this partition
            ends[start.partition] = high
            assigned.append(TopicPartition(topic, start.partition, start.offset))
        if not assigned:
            return []
        consumer.assign(assigned)
        records: list[tuple[bytes | None, bytes | None]] = []
        deadline = time.monotonic() + timeout_s
        remaining = dict(ends)
        while remaining:
            if time.monotonic() > deadline:
                raise TopicReadTimeout(
                    f"{topic}: partitions {sorted(remaining)} not read to their end in "
                    f"{timeout_s:g} s"
                )
            for message in consumer.consume(1000, 0.2):
                if message.error() is None:
                    records.append((message.key(), message.value()))
            positions = consumer.position(
                [TopicPartition(topic, p) for p in remaining]
            )
            for position in positions:
                if position.offset >= remaining[position.partition]:
                    del remaining[position.partition]
        return records
    finally:
        consumer.close()
