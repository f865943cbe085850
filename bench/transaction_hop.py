"""One transactional hop in isolation, phase by phase: what the request stage's commit costs.

A transactional producer writes one record and a consumer offset in one transaction, the
way the request stage does, and a read-committed reader waits for the record:

  produce        begin_transaction + produce (local: librdkafka queues the record)
  send_offsets   send_offsets_to_transaction (AddOffsetsToTxn, then TxnOffsetCommit)
  commit         commit_transaction (the record acknowledged, then EndTxn)
  visible        commit returned -> the reader has the record (markers, LSO, fetch)
  total          begin -> visible

    # on a throw-away broker on free ports:
    PYTHONPATH=. .venv/bin/python bench/transaction_hop.py --own-stack /tmp/txn-hop
    # back-to-back transactions with librdkafka's default retry backoff (100 ms):
    PYTHONPATH=. .venv/bin/python bench/transaction_hop.py --own-stack /tmp/txn-hop \\
        --gap-ms 0 --retry-backoff-ms 100
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

from llmstream.config import Config, load_config
from llmstream.connectors.kafka.admin import KafkaAdmin, pipeline_topic_specs
from llmstream.connectors.kafka.consumer import TailReader
from llmstream.connectors.kafka.settings import client_settings

PHASES = ("produce", "send_offsets", "commit", "visible", "total")


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100)
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}


def measure(config: Config, transactions: int, warmup: int, gap_s: float,
            retry_backoff_ms: int) -> dict[str, dict[str, float]]:
    """Percentiles per phase over ``transactions``, after ``warmup`` uncounted ones (a
    fresh broker's JIT needs a few hundred to settle)."""
    run = uuid.uuid4().hex[:8]
    producer = Producer(client_settings(config.kafka, **{
        "transactional.id": f"bench-hop-{run}", "enable.idempotence": True,
        "transaction.timeout.ms": 10_000, "linger.ms": 1,
        "retry.backoff.ms": retry_backoff_ms,
    }))
    producer.init_transactions(30)
    group = Consumer(client_settings(config.kafka, **{
        "group.id": f"bench-hop-{run}", "enable.auto.commit": False,
        "isolation.level": "read_committed",
    }))
    group.subscribe([config.topics.requests])
    deadline = time.monotonic() + 60
    while not group.assignment() and time.monotonic() < deadline:
        group.poll(0.1)
    reader = tail_reader(config)
    samples: dict[str, list[float]] = {phase: [] for phase in PHASES}
    for index in range(warmup + transactions):
        value = f"{run}-{index}".encode()
        begun = time.perf_counter()
        producer.begin_transaction()
        producer.produce(config.topics.responses, value, value)
        produced = time.perf_counter()
        offsets = [TopicPartition(config.topics.requests, 0, index + 1)]
        producer.send_offsets_to_transaction(offsets, group.consumer_group_metadata(), 30)
        offsets_sent = time.perf_counter()
        producer.commit_transaction(30)
        committed = time.perf_counter()
        seen = False
        while not seen and time.perf_counter() - committed < 30:
            seen = any(not m.error() and m.value() == value for m in reader.consume(100, 0.2))
        visible = time.perf_counter()
        if not seen:
            raise KafkaException(f"transaction {index} not visible within 30 s")
        if index >= warmup:
            for phase, start, end in (("produce", begun, produced),
                                      ("send_offsets", produced, offsets_sent),
                                      ("commit", offsets_sent, committed),
                                      ("visible", committed, visible),
                                      ("total", begun, visible)):
                samples[phase].append((end - start) * 1000)
        time.sleep(gap_s)
    reader.close()
    group.close()
    producer.flush(5)
    return {phase: percentiles(values) for phase, values in samples.items()}


def tail_reader(config: Config, timeout_s: float = 60) -> TailReader:
    """A reader of the responses topic, once its partitions have leaders (a topic just
    created has none for a moment)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return TailReader(config.kafka, config.topics.responses)
        except KafkaException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def own_broker(directory: Path) -> Iterator[Config]:
    """A Kafka broker on free ports under ``directory``, with the pipeline's topics."""
    from tests.integration.stackfixture import TestStack

    with TestStack(directory, services=["kafka"]) as stack:
        KafkaAdmin.from_config(stack.config.kafka).ensure_topics(
            pipeline_topic_specs(stack.config))
        yield stack.config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--own-stack", default=None, help="a directory for a throw-away broker")
    parser.add_argument("--transactions", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--gap-ms", type=float, default=50.0,
                        help="pause between transactions (50 ms: one request at 20/s)")
    parser.add_argument("--retry-backoff-ms", type=int, default=5,
                        help="librdkafka retry.backoff.ms of the transactional producer")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        config = (stack.enter_context(own_broker(Path(args.own_stack))) if args.own_stack
                  else load_config(args.config))
        result = {
            "transactions": args.transactions, "warmup": args.warmup, "gap_ms": args.gap_ms,
            "retry_backoff_ms": args.retry_backoff_ms,
            "phases_ms": measure(config, args.transactions, args.warmup, args.gap_ms / 1000,
                                 args.retry_backoff_ms),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
