"""The pure parts of exactly-once: rows, inserts per day partition, the offset ledger,
and the hold-back schedule."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from llmstream.connectors.clickhouse.holdback import HoldBack
from llmstream.connectors.clickhouse.positions import StoredPositions, positions_sql
from llmstream.connectors.clickhouse.schema import (
    ATTEMPTS,
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
)
from llmstream.connectors.clickhouse.telemetry_rows import (
    InvalidEvent,
    PendingRow,
    day_of,
    insert_runs,
    pending_row,
    telemetry_row,
    timestamp,
)
from llmstream.events import Telemetry

DAY_MS = 86_400_000
JAN1 = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)


def event(kind: str = "request", **fields: object) -> Telemetry:
    values: dict[str, object] = {"event_id": "e1", "kind": kind, "request_id": "r1",
                                 "status": "ok", "ts": JAN1, **fields}
    return Telemetry(**values)  # type: ignore[arg-type]


# -- rows ------------------------------------------------------------------------------


def test_a_request_event_becomes_a_requests_row_in_column_order() -> None:
    table, row = telemetry_row(
        event(route="default", model="m", prompt_tokens=3, stage_latency_ms={"guard": 1}),
        "llm.telemetry", 2, 41,
    )
    assert table == REQUESTS
    values = dict(zip(TELEMETRY_COLUMN_NAMES, row, strict=True))
    assert values["ts"] == datetime(2026, 1, 1, tzinfo=UTC)
    assert (values["route"], values["model"], values["prompt_tokens"]) == ("default", "m", 3)
    assert values["stage_latency_ms"] == {"guard": 1.0}
    assert values["error_type"] == "" and values["tenant"] == ""  # None is stored as ''
    assert (values["kafka_topic"], values["kafka_partition"], values["kafka_offset"]) == (
        "llm.telemetry", 2, 41)


def test_a_semantic_hit_keeps_its_similarity_and_other_outcomes_have_none() -> None:
    def similarity(telemetry: Telemetry) -> object:
        _table, row = telemetry_row(telemetry, "t", 0, 0)
        return dict(zip(TELEMETRY_COLUMN_NAMES, row, strict=True))["cache_similarity"]

    assert similarity(event(cache="semantic", cache_similarity=0.91)) == 0.91
    assert similarity(event(cache="exact")) is None
    assert similarity(event(cache="miss")) is None


def test_an_attempt_event_goes_to_attempts() -> None:
    assert telemetry_row(event("attempt", attempt=2), "t", 0, 0)[0] == ATTEMPTS


@pytest.mark.parametrize(("fields", "message"), [
    ({"kind": "span"}, "unknown telemetry kind"),
    ({"prompt_tokens": -1}, "prompt_tokens=-1"),
    ({"attempts": 70_000}, "attempts=70000"),
    ({"ts": -5}, "ts=-5"),
])
def test_values_the_columns_cannot_hold_make_the_event_invalid(
    fields: dict[str, object], message: str
) -> None:
    base = {"event_id": "e", "kind": "request", "request_id": "r", "status": "ok", "ts": JAN1}
    with pytest.raises(InvalidEvent, match=message) as raised:
        telemetry_row(Telemetry(**{**base, **fields}), "t", 0, 0)  # type: ignore[arg-type]
    assert raised.value.code == "invalid_event"


def test_timestamps_are_exact_to_the_millisecond() -> None:
    ms = JAN1 + 789
    assert timestamp(ms).microsecond == 789_000
    assert day_of(JAN1 - 1) == 20251231 and day_of(JAN1) == 20260101


# -- inserts ---------------------------------------------------------------------------


def row(table: str, offset: int, day: int = 1) -> PendingRow:
    return PendingRow(table, offset, day, (offset,))


def test_one_insert_per_table_in_offset_order() -> None:
    items = [row(REQUESTS, 0), row(ATTEMPTS, 1), row(REQUESTS, 2), row(ATTEMPTS, 3)]
    runs = insert_runs(items, (REQUESTS, ATTEMPTS))
    assert [(t, [i.offset for i in r]) for t, r in runs] == [
        (REQUESTS, [0, 2]), (ATTEMPTS, [1, 3])]


def test_a_new_insert_at_each_change_of_day_partition() -> None:
    items = [row(REQUESTS, 0, day=1), row(REQUESTS, 1, day=2), row(REQUESTS, 2, day=1)]
    runs = insert_runs(items, (REQUESTS, ATTEMPTS))
    assert [[i.offset for i in r] for _, r in runs] == [[0], [1], [2]]


def test_inserts_are_capped_in_rows() -> None:
    items = [row(REQUESTS, n) for n in range(5)]
    assert [len(r) for _, r in insert_runs(items, (REQUESTS,), max_rows=2)] == [2, 2, 1]


def test_pending_row_knows_its_day_partition() -> None:
    item = pending_row(event(ts=JAN1 + DAY_MS), "t", 0, 7)
    assert (item.table, item.offset, item.day) == (REQUESTS, 7, 20260102)


# -- the ledger ------------------------------------------------------------------------


def test_stored_means_at_or_below_the_tables_highest_offset() -> None:
    positions = StoredPositions({REQUESTS: 10})
    assert positions.is_stored(REQUESTS, 10) and not positions.is_stored(REQUESTS, 11)
    assert not positions.is_stored(ATTEMPTS, 0)
    later = positions.with_stored(ATTEMPTS, 4).with_stored(REQUESTS, 3)
    assert later.highest == {REQUESTS: 10, ATTEMPTS: 4}


def test_positions_sql_reads_the_partitions_asked_for() -> None:
    sql = positions_sql(SchemaSettings("db"), REQUESTS, "llm.telemetry", [3, 1, 3])
    assert "FROM `db`.`requests`" in sql
    assert "kafka_topic = 'llm.telemetry' AND kafka_partition IN (1, 3)" in sql


# -- hold back -------------------------------------------------------------------------


def test_hold_back_grows_then_caps_and_forgets_on_success() -> None:
    hold = HoldBack(base_delay_s=0.1, max_delay_s=1.0, rng=random.Random(7))
    assert hold.may_try("p0", now=0.0) and not hold.is_held("p0")
    delays = [hold.failed("p0", now=0.0) for _ in range(8)]
    assert all(0.0 <= d <= 1.0 for d in delays)
    assert hold.failures("p0") == 8
    retry_at = hold.retry_at("p0")
    assert retry_at is not None and not hold.may_try("p0", now=retry_at - 1e-6)
    assert hold.may_try("p0", now=retry_at)
    assert hold.next_retry() == retry_at
    assert hold.succeeded("p0") is not None and hold.succeeded("p0") is None
    assert hold.next_retry() is None and hold.failures("p0") == 0
