"""ClickHouse: the telemetry tables, the sink that fills them, and the numbers read back.

One process owns the store. With the embedded engine (chdb, the default) that is the
telemetry sink, which serves every other process's queries over HTTP; with a server URL
every process talks to the server through clickhouse-connect.

Importing this package is cheap: the engines load only when a store is opened.
"""

from llmstream.connectors.clickhouse.store import (
    AnalyticsStore,
    QueryReader,
    QueryResult,
    StoreError,
    open_reader,
    open_store,
)

__all__ = [
    "AnalyticsStore",
    "QueryReader",
    "QueryResult",
    "StoreError",
    "open_reader",
    "open_store",
]
