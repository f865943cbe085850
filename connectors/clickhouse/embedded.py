"""The embedded ClickHouse engine (chdb) on a data directory of this machine.

Only one process can open a data directory (chdb locks it): the telemetry sink owns it
and serves other processes' queries (``query_endpoint.py``). Inside that process any
number of ``EmbeddedStore`` objects may share the directory, e.g. the sink's writer and
the endpoint's read-only reader.

Inserts go in as one Arrow IPC stream per call (``send_insert(..., "ArrowStream")``),
typed from the table's own column types: about 2-3x the rows/s of JSONCompactEachRow
and faster than chdb's ``Python()`` table function or clickhouse-connect's Native over
chdb (numbers in ``insert_benchmark.py``).

Calls block; run them in a thread when an event loop is involved.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

import chdb
import pyarrow as pa

from llmstream.connectors.clickhouse.arrow_types import arrow_type
from llmstream.connectors.clickhouse.store import QueryResult, StoreError

# Numbers as JSON numbers (not strings) in query results, whatever the width.
_CONNECTION_SETTINGS = {"output_format_json_quote_64bit_integers": "0"}


class EmbeddedStore:
    """``AnalyticsStore`` on chdb. ``read_only`` makes the engine refuse writes."""

    def __init__(self, data_dir: str, *, read_only: bool = False) -> None:
        self.path = os.path.realpath(data_dir)
        self.read_only = read_only
        os.makedirs(self.path, exist_ok=True)
        settings = dict(_CONNECTION_SETTINGS)
        if read_only:
            settings["readonly"] = "1"
        try:
            self._connection: Any = chdb.connect(  # type: ignore[no-untyped-call]
                f"{self.path}?{urlencode(settings)}"
            )
        except Exception as error:
            raise StoreError(
                f"cannot open the embedded ClickHouse store at {self.path}: {error} "
                "(only one process may open it; others query it through "
                "clickhouse.query_endpoint)"
            ) from None
        self._lock = threading.Lock()
        self._column_types: dict[str, dict[str, pa.DataType]] = {}

    def command(self, sql: str) -> None:
        with self._lock:
            self._run(sql, "CSV")

    def query(self, sql: str) -> QueryResult:
        with self._lock:
            result = self._run(sql, "JSONCompact")
        return parse_json_compact(result.bytes())

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        if not rows:
            return
        with self._lock:
            types = self._types(table)
            try:
                payload = arrow_stream(columns, rows, types)
            except (pa.ArrowException, KeyError, OverflowError, TypeError, ValueError) as error:
                raise StoreError(f"rows do not fit {table}: {error}") from None
            column_list = ", ".join(f"`{name}`" for name in columns)
            try:
                inserter = self._live().send_insert(
                    f"INSERT INTO {table} ({column_list})", "ArrowStream"
                )
                with inserter:
                    inserter.append(payload)
                    inserter.finish()
            except Exception as error:
                self._column_types.pop(table, None)  # the table may have changed
                raise StoreError(f"insert into {table} failed: {error}") from None

    def close(self) -> None:
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def _live(self) -> Any:
        if self._connection is None:
            raise StoreError("the embedded store is closed")
        return self._connection

    def _run(self, sql: str, output_format: str) -> Any:
        try:
            return self._live().query(sql, output_format)
        except StoreError:
            raise
        except Exception as error:
            raise StoreError(str(error).strip()) from None

    def _types(self, table: str) -> dict[str, pa.DataType]:
        if table not in self._column_types:
            described = parse_json_compact(
                self._run(f"DESCRIBE TABLE {table}", "JSONCompact").bytes()
            )
            self._column_types[table] = {
                str(row[0]): arrow_type(str(row[1])) for row in described.rows
            }
        return self._column_types[table]


def parse_json_compact(body: bytes) -> QueryResult:
    """A ``FORMAT JSONCompact`` answer as a ``QueryResult`` (empty body: no columns)."""
    if not body.strip():
        return QueryResult(columns=[], rows=[])
    document = json.loads(body)
    columns = [str(column["name"]) for column in document.get("meta", [])]
    return QueryResult(columns=columns, rows=[tuple(row) for row in document.get("data", [])])


def arrow_stream(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], types: dict[str, pa.DataType]
) -> bytes:
    """Rows as one Arrow IPC stream (one record batch: one insert block)."""
    by_column = list(zip(*rows, strict=True))
    if len(by_column) != len(columns):
        raise ValueError(f"rows have {len(by_column)} values, expected {len(columns)}")
    arrays = [
        pa.array(values, type=types[name]) for name, values in zip(columns, by_column, strict=True)
    ]
    batch = pa.record_batch(arrays, names=list(columns))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return bytes(sink.getvalue().to_pybytes())
