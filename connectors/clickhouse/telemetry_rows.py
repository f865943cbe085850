"""A telemetry event as a row of ``requests`` or ``attempts``. Pure.

Values that the column types cannot hold make the event invalid (it goes to the
dead-letter topic) instead of failing the insert of a whole batch forever.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from llmstream.connectors.clickhouse.schema import ATTEMPTS, REQUESTS
from llmstream.events import Telemetry

TABLE_BY_KIND = {"request": REQUESTS, "attempt": ATTEMPTS}

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_TS_MS = int((datetime(2299, 12, 31, 23, 59, 59, tzinfo=UTC) - _EPOCH).total_seconds() * 1000)
_UINT16 = 2**16 - 1
_UINT32 = 2**32 - 1

Row = tuple[Any, ...]

# Rows per insert at most: one insert must stay one block (max_insert_block_size).
MAX_ROWS_PER_INSERT = 100_000


class InvalidEvent(ValueError):
    """The event decodes but cannot be stored; ``code`` goes on its dead-letter record."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def timestamp(ms: int) -> datetime:
    """Epoch milliseconds as an aware UTC datetime, exactly (no float rounding)."""
    return _EPOCH + timedelta(milliseconds=ms)


def day_of(ms: int) -> int:
    """``toYYYYMMDD(ts)`` of the row: the table partition a row lands in."""
    day = timestamp(ms)
    return day.year * 10000 + day.month * 100 + day.day


def valid_ts(ms: int) -> int:
    """``ms`` if a DateTime64 column can hold it (else the event is invalid)."""
    return _in_range("ts", ms, _MAX_TS_MS)


def _in_range(name: str, value: int, high: int) -> int:
    if not 0 <= value <= high:
        raise InvalidEvent("invalid_event", f"{name}={value} is outside 0..{high}")
    return value


def telemetry_row(event: Telemetry, topic: str, partition: int, offset: int) -> tuple[str, Row]:
    """``(table, row)`` for ``event`` read at ``topic``/``partition``/``offset``; the row's
    values follow ``schema.TELEMETRY_COLUMN_NAMES``."""
    table = TABLE_BY_KIND.get(event.kind)
    if table is None:
        raise InvalidEvent("invalid_event", f"unknown telemetry kind {event.kind!r}")
    _in_range("ts", event.ts, _MAX_TS_MS)
    row = (
        event.event_id,
        event.request_id,
        timestamp(event.ts),
        event.route or "",
        event.status,
        event.error_type or "",
        event.reason or "",
        event.model or "",
        event.provider or "",
        event.tenant or "",
        event.user_id or "",
        event.feature or "",
        event.prompt_name or "",
        event.prompt_version or "",
        event.prompt_variant or "",
        _in_range("prompt_tokens", event.prompt_tokens, _UINT32),
        _in_range("completion_tokens", event.completion_tokens, _UINT32),
        float(event.cost_usd),
        float(event.latency_ms),
        float(event.provider_latency_ms),
        {str(k): float(v) for k, v in event.stage_latency_ms.items()},
        event.cache,
        _in_range("attempts", event.attempts, _UINT16),
        _in_range("attempt", event.attempt, _UINT16),
        bool(event.fallback),
        event.worker or "",
        topic,
        partition,
        offset,
        event.guard_input,
        event.guard_output,
        list(event.guard_findings),
        min(max(event.output_repairs, 0), 255),
        event.parent_request_id or "",
        None if event.cache_similarity is None else float(event.cache_similarity),
    )
    return table, row


@dataclass(frozen=True, slots=True)
class PendingRow:
    """A row waiting in a partition's batch."""

    table: str
    offset: int
    day: int
    row: Row


def pending_row(event: Telemetry, topic: str, partition: int, offset: int) -> PendingRow:
    table, row = telemetry_row(event, topic, partition, offset)
    return PendingRow(table, offset, day_of(event.ts), row)


def insert_runs(items: Iterable[PendingRow], tables: Iterable[str],
                max_rows: int = MAX_ROWS_PER_INSERT) -> list[tuple[str, list[PendingRow]]]:
    """The inserts that write ``items`` (one partition's rows, in offset order): per
    table, consecutive rows of the same day partition, at most ``max_rows`` each.

    Each insert is then one part of one table partition, which ClickHouse commits
    atomically, and each table receives its rows in offset order: the two facts the
    offset ledger (``positions.py``) rests on."""
    by_table: dict[str, list[PendingRow]] = {table: [] for table in tables}
    for item in items:
        by_table[item.table].append(item)
    runs: list[tuple[str, list[PendingRow]]] = []
    for table, rows in by_table.items():
        current: list[PendingRow] = []
        for item in rows:
            if current and (item.day != current[-1].day or len(current) >= max_rows):
                runs.append((table, current))
                current = []
            current.append(item)
        if current:
            runs.append((table, current))
    return runs
