"""What the sink reads and where each topic's events go: one ``SinkTopic`` per topic.

``llm.telemetry`` fills ``requests``/``attempts``, ``llm.feedback`` fills ``feedback``
and ``llm.evaluations`` fills ``evaluation_scores``. Every topic goes through the same
batching, offset ledger, hold-back and dead-letter path in ``sink.py``; a topic only says
how a decoded record becomes a row (``to_row``, pure) and which tables and columns it
writes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from llmstream.connectors.clickhouse.evaluation_rows import pending_evaluation
from llmstream.connectors.clickhouse.feedback_rows import pending_feedback
from llmstream.connectors.clickhouse.schema import (
    ATTEMPTS,
    EVALUATION_COLUMN_NAMES,
    EVALUATION_SCORES,
    FEEDBACK,
    FEEDBACK_COLUMN_NAMES,
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
)
from llmstream.connectors.clickhouse.telemetry_rows import PendingRow, pending_row
from llmstream.events import EvaluationScore, Feedback, Telemetry

# (decoded Avro record, topic, partition, offset) -> the row, or InvalidEvent
ToRow = Callable[[dict[str, Any], str, int, int], PendingRow]


@dataclass(frozen=True, slots=True)
class SinkTopic:
    name: str
    schema: str  # the serde name (``connectors/avro.py``)
    columns: Mapping[str, tuple[str, ...]]  # table -> insert columns, in write order
    to_row: ToRow

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(self.columns)


def _telemetry(record: dict[str, Any], topic: str, partition: int, offset: int) -> PendingRow:
    return pending_row(Telemetry.from_record(record), topic, partition, offset)


def _feedback(record: dict[str, Any], topic: str, partition: int, offset: int) -> PendingRow:
    return pending_feedback(Feedback.from_record(record), topic, partition, offset)


def _evaluation(record: dict[str, Any], topic: str, partition: int, offset: int) -> PendingRow:
    return pending_evaluation(EvaluationScore.from_record(record), topic, partition, offset)


def telemetry_topic(name: str) -> SinkTopic:
    return SinkTopic(name, "telemetry",
                     {REQUESTS: TELEMETRY_COLUMN_NAMES, ATTEMPTS: TELEMETRY_COLUMN_NAMES},
                     _telemetry)


def feedback_topic(name: str) -> SinkTopic:
    return SinkTopic(name, "feedback", {FEEDBACK: FEEDBACK_COLUMN_NAMES}, _feedback)


def evaluations_topic(name: str) -> SinkTopic:
    return SinkTopic(name, "evaluation", {EVALUATION_SCORES: EVALUATION_COLUMN_NAMES},
                     _evaluation)
