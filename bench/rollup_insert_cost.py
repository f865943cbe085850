"""What the per-minute rollups cost the sink: rows/s into ``requests`` with and without
their materialized views, on the embedded engine.

    .venv/bin/python bench/rollup_insert_cost.py --rows 5000 --batches 20

Two databases in one scratch directory: one migrated to version 1 (tables only), one to
the current schema (rollups and views). The same batches go into each, alternating, with
the sink's own insert path (``EmbeddedStore.insert_rows``); row counts are checked.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time

from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.insert_benchmark import sample_rows
from llmstream.connectors.clickhouse.schema import (
    MIGRATIONS,
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
    migrate,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as directory:
        store = EmbeddedStore(directory)
        plain, rolled = SchemaSettings("bench_plain"), SchemaSettings("bench_rollups")
        migrate(store, plain, MIGRATIONS[:1])
        migrate(store, rolled)
        seconds: dict[str, list[float]] = {"without rollups": [], "with rollups": []}
        for batch in range(args.batches):
            rows = sample_rows(args.rows, batch * args.rows, rng)
            for name, settings in (("without rollups", plain), ("with rollups", rolled)):
                started = time.perf_counter()
                store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, rows)
                seconds[name].append(time.perf_counter() - started)
        for name, settings in (("without rollups", plain), ("with rollups", rolled)):
            count = store.query(f"SELECT count() FROM {settings.table(REQUESTS)}").scalar()
            assert count == args.rows * args.batches, (name, count)
            rate = args.rows / statistics.median(seconds[name])
            print(f"{name:16} median {rate / 1000:.0f}k rows/s per {args.rows}-row insert")
        minutes = store.query(
            f"SELECT sum(requests) FROM {rolled.table('usage_per_minute')}").scalar()
        assert minutes == args.rows * args.batches
        store.close()


if __name__ == "__main__":
    main()
