"""Publishing scores to the evaluations topic (``llm.evaluations``), keyed by request id."""

from __future__ import annotations

from collections.abc import Iterable

from llmstream.config import Config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer
from llmstream.events import EvaluationScore


class ScorePublisher:
    def __init__(self, config: Config) -> None:
        self._topic = config.topics.evaluations
        self._serde = serde("evaluation")
        self._producer = RecordProducer(config.kafka)

    def publish(self, events: Iterable[EvaluationScore]) -> int:
        """Publish and wait until the broker has them all; returns how many."""
        count = 0
        for event in events:
            self._producer.produce(OutRecord(
                self._topic, event.request_id.encode(), self._serde.encode(event.to_record())
            ))
            count += 1
        self._producer.flush()
        return count
