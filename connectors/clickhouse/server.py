"""A ClickHouse server through clickhouse-connect (``clickhouse.url`` is set).

Every process talks to the server directly; the same DDL and queries as the embedded
engine. The client is created on first use and dropped after a failed call, so a server
that restarts is picked up again by the next call (the sink retries with backoff).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from llmstream.connectors.clickhouse.store import QueryResult, StoreError


def redacted(url: str) -> str:
    """``url`` without its password, for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


class ServerStore:
    """``AnalyticsStore`` on a ClickHouse server.

    ``read_only`` is advisory here: what a user may do is the server's grants."""

    def __init__(self, client_factory: Any, description: str, *, read_only: bool = False) -> None:
        self._factory = client_factory
        self.description = description
        self.read_only = read_only
        self._client: Client | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str, *, read_only: bool = False) -> ServerStore:
        return cls(lambda: clickhouse_connect.get_client(dsn=url), redacted(url),
                   read_only=read_only)

    def command(self, sql: str) -> None:
        self._call(lambda client: client.command(sql))

    def query(self, sql: str) -> QueryResult:
        result = self._call(lambda client: client.query(sql))
        return QueryResult(columns=list(result.column_names),
                           rows=[tuple(row) for row in result.result_rows])

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        if rows:
            self._call(lambda client: client.insert(table, rows, column_names=list(columns)))

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    def _call(self, action: Any) -> Any:
        with self._lock:
            try:
                if self._client is None:
                    self._client = self._factory()
                return action(self._client)
            except Exception as error:
                client, self._client = self._client, None
                if client is not None:
                    client.close()
                raise StoreError(f"ClickHouse at {self.description}: {error}") from None
