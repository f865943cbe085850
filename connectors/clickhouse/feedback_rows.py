"""A feedback event as a row of ``feedback``. Pure.

The comment is free user text: PII is replaced by typed placeholders
(``llmstream.guard.redact_pii``) here, before the row exists, so raw PII never reaches
ClickHouse whatever the application sent.
"""

from __future__ import annotations

import math

from llmstream.connectors.clickhouse.schema import FEEDBACK
from llmstream.connectors.clickhouse.telemetry_rows import (
    InvalidEvent,
    PendingRow,
    Row,
    day_of,
    timestamp,
    valid_ts,
)
from llmstream.events import Feedback
from llmstream.guard.input_guard import redact_pii


def feedback_row(event: Feedback, topic: str, partition: int, offset: int) -> Row:
    """The row of ``event`` in ``schema.FEEDBACK_COLUMN_NAMES`` order."""
    if event.kind == "UNKNOWN":
        raise InvalidEvent("invalid_event", "feedback kind UNKNOWN (written by a newer schema)")
    if not event.request_id:
        raise InvalidEvent("invalid_event", "feedback without a request_id")
    value = event.value
    if value is not None and not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise InvalidEvent("invalid_event", f"feedback value {value} is outside [0, 1]")
    return (
        event.event_id,
        event.request_id,
        timestamp(valid_ts(event.ts)),
        event.kind.lower(),
        value,
        redact_pii(event.comment) if event.comment else "",
        event.user_id or "",
        event.tenant or "",
        event.feature or "",
        {str(k): redact_pii(str(v)) for k, v in event.metadata.items()},
        topic,
        partition,
        offset,
    )


def pending_feedback(event: Feedback, topic: str, partition: int, offset: int) -> PendingRow:
    return PendingRow(FEEDBACK, offset, day_of(event.ts),
                      feedback_row(event, topic, partition, offset))
