"""HTTP access to the embedded store for the processes that cannot open it.

The process that owns the embedded store (the sink) serves:

* ``GET /health``: 200 once the schema is ready, 503 before.
* ``POST /query`` with the SQL as the body: ``{"columns": [...], "rows": [[...]]}``;
  400 with ``{"error": ...}`` for anything but one SELECT/WITH/SHOW/DESCRIBE/EXPLAIN
  statement or for SQL the engine rejects.

Queries run in a thread on a connection the engine holds read-only. With a ClickHouse
server there is no reader here (clients query the server) and only ``/health`` answers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from llmstream.connectors.clickhouse.read_only_sql import NotReadOnly, check_read_only
from llmstream.connectors.clickhouse.store import QueryReader, StoreError

MAX_SQL_BYTES = 1 << 20

READER_KEY: web.AppKey[QueryReader | None] = web.AppKey("reader")
READY_KEY: web.AppKey[Callable[[], bool]] = web.AppKey("ready")


def _json(status: int, body: dict[str, Any]) -> web.Response:
    return web.json_response(body, status=status, dumps=lambda v: json.dumps(v, default=str))


async def health(request: web.Request) -> web.Response:
    if request.app[READY_KEY]():
        return _json(200, {"status": "ok"})
    return _json(503, {"status": "starting"})


async def query(request: web.Request) -> web.Response:
    reader = request.app[READER_KEY]
    if reader is None:
        return _json(404, {"error": "no embedded store here: query the ClickHouse server"})
    if not request.app[READY_KEY]():
        return _json(503, {"error": "the store is starting (schema not ready yet)"})
    sql = await request.text()
    try:
        check_read_only(sql)
    except NotReadOnly as error:
        return _json(400, {"error": str(error)})
    try:
        result = await asyncio.to_thread(reader.query, sql)
    except StoreError as error:
        return _json(400, {"error": str(error)})
    return _json(200, {"columns": result.columns, "rows": [list(row) for row in result.rows]})


def query_app(reader: QueryReader | None, ready: Callable[[], bool]) -> web.Application:
    app = web.Application(client_max_size=MAX_SQL_BYTES)
    app[READER_KEY] = reader
    app[READY_KEY] = ready
    app.router.add_get("/health", health)
    app.router.add_post("/query", query)
    return app


def endpoint_address(url: str) -> tuple[str, int]:
    """``http://127.0.0.1:8124`` -> ``("127.0.0.1", 8124)``."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"clickhouse.query_endpoint: expected http://host:port, got {url!r}")
    return parts.hostname, parts.port or 80


class QueryEndpoint:
    """The HTTP server around ``query_app``; ``start`` and ``stop`` on a running loop."""

    def __init__(self, reader: QueryReader | None, ready: Callable[[], bool]) -> None:
        self._runner = web.AppRunner(query_app(reader, ready), access_log=None)
        self.port: int | None = None

    async def start(self, host: str, port: int) -> int:
        """Listen on ``host:port`` (port 0: any free port); returns the port."""
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self.port

    async def stop(self) -> None:
        await self._runner.cleanup()
