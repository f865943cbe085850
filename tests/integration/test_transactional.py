"""The request stage's exactly-once loop on the real broker: immediate records are not held
back by the transaction that commits their input, transactional ones are.

One input partition, two inputs: the handler of offset 0 is held until the test releases
it, offset 1 answers at once with one immediate and one transactional record. Offsets
commit in order, so offset 1's transaction waits for offset 0; its immediate record must
reach a read_committed reader anyway.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition

from llmstream.connectors.kafka.admin import KafkaAdmin, TopicSpec
from llmstream.connectors.kafka.consumer import TailReader
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer
from llmstream.streams.transactional import InRecord, TransactionalProcessor
from tests.integration.services import wait_until

pytestmark = pytest.mark.integration


class HeldHandler:
    """Holds the input with value ``held`` until ``release``; answers the others at once."""

    def __init__(self, out_topic: str, loop: asyncio.AbstractEventLoop) -> None:
        self.out_topic = out_topic
        self.loop = loop
        self._released = asyncio.Event()

    def release(self) -> None:
        self.loop.call_soon_threadsafe(self._released.set)

    async def __call__(self, record: InRecord) -> list[OutRecord]:
        value = record.value or b""
        if value == b"held":
            await self._released.wait()
            return [OutRecord(self.out_topic, None, b"held:transactional")]
        return [OutRecord(self.out_topic, None, value + b":immediate", immediate=True),
                OutRecord(self.out_topic, None, value + b":transactional")]


@pytest.fixture
def topics(infra: Any) -> Iterator[tuple[str, str]]:
    suffix = uuid.uuid4().hex[:8]
    names = (f"txn-in-{suffix}", f"txn-out-{suffix}")
    admin = KafkaAdmin.from_config(infra.config.kafka)
    admin.ensure_topics([TopicSpec(name, 1) for name in names])
    yield names
    admin.delete_topics(names)


def read_values(reader: TailReader, seen: list[bytes]) -> list[bytes]:
    """Append what the reader has now to ``seen``; return ``seen``."""
    for message in reader.consume(100, 0.2):
        if message.error() is None:
            seen.append(message.value() or b"")
    return seen


def committed_offset(infra: Any, group: str, topic: str) -> int:
    consumer = Consumer({"bootstrap.servers": infra.config.kafka.bootstrap_servers,
                         "group.id": group, "enable.auto.commit": False})
    try:
        (position,) = consumer.committed([TopicPartition(topic, 0)], timeout=10)
        return int(position.offset)
    finally:
        consumer.close()


def test_immediate_records_reach_readers_before_the_transaction_that_commits_them(
    infra: Any, topics: tuple[str, str],
) -> None:
    in_topic, out_topic = topics
    group = f"txn-test-{uuid.uuid4().hex[:8]}"
    loop = asyncio.new_event_loop()
    handler = HeldHandler(out_topic, loop)
    loop_thread = threading.Thread(target=loop.run_forever, daemon=True)
    loop_thread.start()
    processor = TransactionalProcessor(
        kafka=infra.config.kafka, group_id=group, topic=in_topic,
        transactional_id=f"{group}-worker", handler=handler,
        on_failure=lambda _record, error: [], loop=loop, max_in_flight=16,
        transaction_timeout_ms=10_000, commit_interval_ms=5, session_timeout_ms=10_000,
    )
    stage = threading.Thread(target=processor.run, daemon=True)
    reader = TailReader(infra.config.kafka, out_topic)
    seen: list[bytes] = []
    try:
        stage.start()
        producer = RecordProducer(infra.config.kafka)
        producer.produce(OutRecord(in_topic, None, b"held"))
        producer.produce(OutRecord(in_topic, None, b"quick"))
        producer.flush()

        wait_until(lambda: b"quick:immediate" in read_values(reader, seen), 60,
                   "the immediate record while its input's transaction is held back",
                   interval_s=0)
        read_values(reader, seen)
        assert seen == [b"quick:immediate"], "a transactional record got out of order"
        assert committed_offset(infra, group, in_topic) < 0, "an offset committed early"

        handler.release()
        wait_until(lambda: len(read_values(reader, seen)) == 3, 60,
                   "both inputs' transactional records", interval_s=0)
        assert seen == [b"quick:immediate", b"held:transactional", b"quick:transactional"]
        wait_until(lambda: committed_offset(infra, group, in_topic) == 2, 30,
                   "both offsets committed with them")
        assert processor.metrics.produced_immediately == 1
    finally:
        handler.release()
        processor.stop(drain=True)
        stage.join(timeout=60)
        loop.call_soon_threadsafe(loop.stop)
        loop_thread.join(timeout=10)
        reader.close()
    assert not stage.is_alive()
