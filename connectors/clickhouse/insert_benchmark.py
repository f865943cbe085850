"""How fast can rows get into the embedded engine? Compares the ways chdb can take them.

    python -m llmstream.connectors.clickhouse.insert_benchmark --rows 5000 --batches 20

Each method inserts the same kind of batches (telemetry rows, ``requests`` schema) into
its own table in a scratch directory; the time covers encoding in Python and the insert.
Every method's row count is checked, so a fast wrong method cannot win.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import chdb
import clickhouse_connect
import pyarrow as pa

from llmstream.connectors.clickhouse.arrow_types import arrow_type
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.schema import (
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
    telemetry_table_ddl,
)
from llmstream.connectors.clickhouse.telemetry_rows import Row, telemetry_row
from llmstream.events import Telemetry, now_ms

Insert = Callable[[str, list[Row]], None]


def sample_rows(count: int, first_offset: int, rng: random.Random) -> list[Row]:
    base = now_ms() - 3_600_000
    rows = []
    for n in range(first_offset, first_offset + count):
        event = Telemetry(
            event_id=f"{n:032x}", kind="request", request_id=f"r{n:031x}", status="ok",
            ts=base + n, route="default", model=rng.choice(["sim-small", "sim-claude"]),
            provider="simulator", tenant="acme", user_id=f"user-{n % 500}", feature="chat",
            prompt_name="support", prompt_version="v3", prompt_variant="A",
            prompt_tokens=rng.randint(10, 4000), completion_tokens=rng.randint(0, 800),
            cost_usd=rng.random() / 100, latency_ms=rng.random() * 2000,
            provider_latency_ms=rng.random() * 1800,
            stage_latency_ms={"guard": rng.random(), "cache": rng.random(),
                              "provider": rng.random() * 1800},
            cache="miss", attempts=1, worker="w1")
        rows.append(telemetry_row(event, "llm.telemetry", n % 6, n)[1])
    return rows


def _json_compact(rows: Sequence[Row]) -> str:
    ts = TELEMETRY_COLUMN_NAMES.index("ts")
    lines = []
    for row in rows:
        values = list(row)
        stamp: datetime = values[ts]
        values[ts] = stamp.timestamp()
        lines.append(json.dumps(values))
    return "\n".join(lines)


def methods(store: EmbeddedStore, connection: Any, data_dir: str) -> dict[str, Insert]:
    columns = ", ".join(TELEMETRY_COLUMN_NAMES)
    client = clickhouse_connect.get_client(interface="chdb", path=data_dir)

    def arrow_send_insert(table: str, rows: list[Row]) -> None:
        store.insert_rows(table, TELEMETRY_COLUMN_NAMES, rows)

    def json_in_sql(table: str, rows: list[Row]) -> None:
        connection.query(f"INSERT INTO {table} ({columns}) FORMAT JSONCompactEachRow\n"
                         + _json_compact(rows))

    def json_send_insert(table: str, rows: list[Row]) -> None:
        with connection.send_insert(f"INSERT INTO {table} ({columns})",
                                    "JSONCompactEachRow") as inserter:
            inserter.append(_json_compact(rows))
            inserter.finish()

    described = store.query(f"DESCRIBE TABLE bench.{REQUESTS}_arrow_send_insert")
    types = {str(row[0]): arrow_type(str(row[1])) for row in described.rows}

    def python_table_function(table: str, rows: list[Row]) -> None:
        by_column = list(zip(*rows, strict=True))
        # chdb's Python() table function finds the variable by name in this frame.
        arrow_table = pa.table({name: pa.array(values, type=types[name])  # noqa: F841
                                for name, values in zip(TELEMETRY_COLUMN_NAMES, by_column,
                                                        strict=True)})
        connection.query(f"INSERT INTO {table} ({columns}) SELECT {columns} "
                         "FROM Python(arrow_table)")

    def clickhouse_connect_native(table: str, rows: list[Row]) -> None:
        client.insert(table, rows, column_names=list(TELEMETRY_COLUMN_NAMES))

    return {
        "arrow_send_insert": arrow_send_insert,
        "json_compact_in_sql": json_in_sql,
        "json_compact_send_insert": json_send_insert,
        "python_table_function_arrow": python_table_function,
        "clickhouse_connect_native": clickhouse_connect_native,
    }


def run(rows_per_batch: int, batches: int, seed: int = 1) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="chdb-bench-") as data_dir:
        store = EmbeddedStore(data_dir)
        connection = chdb.connect(data_dir)  # type: ignore[no-untyped-call]
        settings = SchemaSettings("bench")
        store.command("CREATE DATABASE IF NOT EXISTS bench")
        names = ["arrow_send_insert", "json_compact_in_sql", "json_compact_send_insert",
                 "python_table_function_arrow", "clickhouse_connect_native"]
        for name in names:
            ddl = telemetry_table_ddl(settings, REQUESTS).replace(
                f"`bench`.`{REQUESTS}`", f"`bench`.`{REQUESTS}_{name}`")
            store.command(ddl)
        inserts = methods(store, connection, data_dir)
        timings: dict[str, list[float]] = {name: [] for name in names}
        offset = 0
        for _ in range(batches + 1):  # the first round warms up and is not counted
            for name in names:
                rows = sample_rows(rows_per_batch, offset, rng)
                offset += rows_per_batch
                started = time.perf_counter()
                inserts[name](f"bench.{REQUESTS}_{name}", rows)
                timings[name].append(time.perf_counter() - started)
        for name in names:
            stored = store.query(f"SELECT count() FROM bench.{REQUESTS}_{name}").scalar()
            expected = rows_per_batch * (batches + 1)
            if stored != expected:
                raise AssertionError(f"{name}: {stored} rows stored, expected {expected}")
            counted = timings[name][1:]
            results[name] = {
                "median_rows_per_s": rows_per_batch / statistics.median(counted),
                "best_rows_per_s": rows_per_batch / min(counted),
            }
        connection.close()
        store.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=5000, help="rows per insert")
    parser.add_argument("--batches", type=int, default=20, help="inserts per method")
    arguments = parser.parse_args()
    results = run(arguments.rows, arguments.batches)
    print(f"{'method':30s} {'median rows/s':>14s} {'best rows/s':>12s}  "
          f"({arguments.rows} rows per insert, {arguments.batches} inserts)")
    for name, figures in sorted(results.items(), key=lambda kv: -kv[1]["median_rows_per_s"]):
        print(f"{name:30s} {figures['median_rows_per_s']:14,.0f} "
              f"{figures['best_rows_per_s']:12,.0f}")


if __name__ == "__main__":
    main()
