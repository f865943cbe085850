"""An evaluation-score event (``schemas/evaluation.avsc``) as a row of
``evaluation_scores``. Pure.

The judge's ``reason`` may quote the answer, so PII in it is redacted before the row
exists, like feedback comments.
"""

from __future__ import annotations

import math

from llmstream.connectors.clickhouse.schema import EVALUATION_SCORES
from llmstream.connectors.clickhouse.telemetry_rows import (
    InvalidEvent,
    PendingRow,
    Row,
    day_of,
    timestamp,
    valid_ts,
)
from llmstream.events import EvaluationScore
from llmstream.guard.input_guard import redact_pii


def _finite_or_none(name: str, value: float | None) -> float | None:
    if value is not None and not math.isfinite(value):
        raise InvalidEvent("invalid_event", f"{name}={value} is not a finite number")
    return value


def evaluation_row(event: EvaluationScore, topic: str, partition: int, offset: int) -> Row:
    """The row of ``event`` in ``schema.EVALUATION_COLUMN_NAMES`` order."""
    if not (math.isfinite(event.score) and 0.0 <= event.score <= 1.0):
        raise InvalidEvent("invalid_event", f"score {event.score} is outside [0, 1]")
    if event.source == "UNKNOWN":
        raise InvalidEvent("invalid_event", "evaluation source UNKNOWN (a newer schema)")
    if not event.request_id or not event.evaluator:
        raise InvalidEvent("invalid_event", "evaluation score without request_id or evaluator")
    return (
        event.event_id,
        timestamp(valid_ts(event.ts)),
        event.request_id,
        event.source.lower(),
        event.run_id or "",
        event.arm or "",
        event.dataset or "",
        event.item_id or "",
        event.evaluator,
        event.evaluator_kind,
        event.score,
        redact_pii(event.reason),
        event.judge_request_id or "",
        event.route or "",
        event.model or "",
        event.prompt_name or "",
        event.prompt_version or "",
        event.prompt_variant or "",
        _finite_or_none("answer_cost_usd", event.answer_cost_usd),
        _finite_or_none("answer_latency_ms", event.answer_latency_ms),
        topic,
        partition,
        offset,
    )


def pending_evaluation(event: EvaluationScore, topic: str, partition: int,
                       offset: int) -> PendingRow:
    return PendingRow(EVALUATION_SCORES, offset, day_of(event.ts),
                      evaluation_row(event, topic, partition, offset))
