"""An evaluation-score record (``schemas/evaluation.avsc``, as fastavro decodes it) as a
row of ``evaluation_scores``. Pure.

The judge's ``reason`` may quote the answer, so PII in it is redacted before the row
exists, like feedback comments.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from llmstream.connectors.clickhouse.schema import EVALUATION_SCORES
from llmstream.connectors.clickhouse.telemetry_rows import (
    InvalidEvent,
    PendingRow,
    Row,
    day_of,
    timestamp,
    valid_ts,
)
from llmstream.events import millis
from llmstream.guard.input_guard import redact_pii


def _text(record: Mapping[str, Any], name: str) -> str:
    value = record.get(name)
    return "" if value is None else str(value)


def _optional_number(record: Mapping[str, Any], name: str) -> float | None:
    value = record.get(name)
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number):
        raise InvalidEvent("invalid_event", f"{name}={number} is not a finite number")
    return number


def evaluation_row(record: Mapping[str, Any], topic: str, partition: int,
                   offset: int) -> tuple[int, Row]:
    """``(ts in epoch ms, row)`` in ``schema.EVALUATION_COLUMN_NAMES`` order."""
    ts = valid_ts(millis(record["ts"]))
    score = float(record["score"])
    if not (math.isfinite(score) and 0.0 <= score <= 1.0):
        raise InvalidEvent("invalid_event", f"score {score} is outside [0, 1]")
    if str(record["source"]) == "UNKNOWN":
        raise InvalidEvent("invalid_event", "evaluation source UNKNOWN (a newer schema)")
    if not record["request_id"] or not record["evaluator"]:
        raise InvalidEvent("invalid_event", "evaluation score without request_id or evaluator")
    row = (
        str(record["event_id"]),
        timestamp(ts),
        str(record["request_id"]),
        str(record["source"]).lower(),
        _text(record, "run_id"),
        _text(record, "arm"),
        _text(record, "dataset"),
        _text(record, "item_id"),
        str(record["evaluator"]),
        str(record["evaluator_kind"]),
        score,
        redact_pii(str(record["reason"])),
        _text(record, "judge_request_id"),
        _text(record, "route"),
        _text(record, "model"),
        _text(record, "prompt_name"),
        _text(record, "prompt_version"),
        _text(record, "prompt_variant"),
        _optional_number(record, "answer_cost_usd"),
        _optional_number(record, "answer_latency_ms"),
        topic,
        partition,
        offset,
    )
    return ts, row


def pending_evaluation(record: Mapping[str, Any], topic: str, partition: int,
                       offset: int) -> PendingRow:
    ts, row = evaluation_row(record, topic, partition, offset)
    return PendingRow(EVALUATION_SCORES, offset, day_of(ts), row)
