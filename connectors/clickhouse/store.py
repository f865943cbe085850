"""The one small interface every ClickHouse backend implements, and how to open one.

Backends: ``EmbeddedStore`` (chdb, in this process), ``ServerStore`` (clickhouse-connect
to a server) and, for reading only, ``QueryEndpointStore`` (HTTP to the process that owns
the embedded store). Callers never import a backend directly: ``open_store`` gives the
writer (only the telemetry sink uses it), ``open_reader`` gives everyone else a reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from llmstream.config import Config
from llmstream.errors import LLMStreamError


class StoreError(LLMStreamError):
    """A statement failed or the store could not be reached (the message says which)."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Column names and rows of a query, values as the backend decoded them.

    The embedded engine and the query endpoint give JSON values (numbers, strings, lists,
    objects; DateTime as ``'YYYY-MM-DD hh:mm:ss.sss'``); clickhouse-connect gives Python
    objects (``datetime``...). Queries meant for every backend select numbers and strings.
    """

    columns: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def scalar(self) -> Any:
        """The first column of the first row (``None`` when there is no row)."""
        return self.rows[0][0] if self.rows else None


class QueryReader(Protocol):
    """What reports, tests and dashboards need: read-only SQL."""

    def query(self, sql: str) -> QueryResult: ...

    def close(self) -> None: ...


class AnalyticsStore(QueryReader, Protocol):
    """A store that can also be written to: DDL, inserts. Calls block; keep them off loops."""

    def command(self, sql: str) -> None: ...

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Insert ``rows`` (values in ``columns`` order, ``datetime`` for DateTime64,
        ``dict`` for Map) as one block: all of them or none."""
        ...


def uses_server(config: Config) -> bool:
    return bool(config.clickhouse.url)


def open_store(config: Config, *, read_only: bool = False) -> AnalyticsStore:
    """The writable store: the server when ``clickhouse.url`` is set, else the embedded
    engine on ``clickhouse.data_dir`` (which only one process may open).

    ``read_only`` opens a connection the engine itself refuses writes on (the query
    endpoint's)."""
    if uses_server(config):
        from llmstream.connectors.clickhouse.server import ServerStore

        assert config.clickhouse.url is not None
        server: AnalyticsStore = ServerStore.from_url(config.clickhouse.url, read_only=read_only)
        return server
    from llmstream.connectors.clickhouse.embedded import EmbeddedStore

    embedded: AnalyticsStore = EmbeddedStore(config.clickhouse.data_dir, read_only=read_only)
    return embedded


def open_reader(config: Config) -> QueryReader:
    """A reader for any process: the server directly, or the embedded store's owner."""
    if uses_server(config):
        return open_store(config, read_only=True)
    from llmstream.connectors.clickhouse.remote import QueryEndpointStore

    remote: QueryReader = QueryEndpointStore(config.clickhouse.query_endpoint)
    return remote
