"""The sink process: owns the store, migrates it, serves queries, runs the sink loop.

Order of start: the query endpoint listens first (``/health`` answers 503 while
starting), then the schema is migrated and the prices recorded (retried while a server
is unreachable), then ``/health`` turns 200 and the sink consumes. SIGTERM/SIGINT: the
sink flushes and commits, the endpoint stops, the store closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from llmstream.config import Config
from llmstream.connectors.clickhouse.query_endpoint import QueryEndpoint, endpoint_address
from llmstream.connectors.clickhouse.schema import SchemaSettings, migrate, sync_pricing
from llmstream.connectors.clickhouse.server import redacted
from llmstream.connectors.clickhouse.sink import AfterInsert, SinkSettings, TelemetrySink
from llmstream.connectors.clickhouse.store import (
    AnalyticsStore,
    QueryReader,
    StoreError,
    open_store,
    uses_server,
)
from llmstream.connectors.kafka.consumer import GroupConsumer
from llmstream.connectors.kafka.producer import RecordProducer
from llmstream.retry import backoff_delay

log = logging.getLogger("llmstream.sink")


def prepare_store(store: AnalyticsStore, config: Config) -> list[int]:
    """Migrate the schema and record the configured prices; returns migrations applied."""
    settings = SchemaSettings(config.clickhouse.database, config.clickhouse.ttl_days)
    applied: list[int] = migrate(store, settings)
    added = sync_pricing(store, settings, {name: m.price for name, m in config.models.items()},
                         datetime.now(UTC))
    log.info("schema ready", extra={"fields": {"migrations_applied": applied,
                                               "prices_recorded": added}})
    return applied


async def _prepare_until_ready(store: AnalyticsStore, config: Config,
                               stop: asyncio.Event) -> bool:
    rng = random.Random()
    attempt = 0
    while not stop.is_set():
        try:
            await asyncio.to_thread(prepare_store, store, config)
            return True
        except StoreError as error:
            attempt += 1
            delay = backoff_delay(attempt, 0.5, 10.0, rng)
            log.warning("store not ready; retrying", extra={"fields": {
                "error": str(error), "retry_in_s": round(delay, 3)}})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
    return False


def _location(config: Config) -> str:
    if config.clickhouse.url:
        location: str = redacted(config.clickhouse.url)
        return location
    return config.clickhouse.data_dir


async def serve(
    config: Config,
    *,
    stop: asyncio.Event | None = None,
    handle_signals: bool = True,
    wrap_store: Callable[[AnalyticsStore], AnalyticsStore] | None = None,
    after_insert: AfterInsert | None = None,
) -> None:
    """Run the sink process until ``stop`` is set (or SIGTERM/SIGINT)."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if handle_signals:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
    store = await asyncio.to_thread(open_store, config)
    reader: QueryReader | None = None
    ready = threading.Event()
    endpoint: QueryEndpoint | None = None
    try:
        if not uses_server(config):
            reader = await asyncio.to_thread(open_store, config, read_only=True)
        log.info("store opened", extra={"fields": {
            "backend": "server" if uses_server(config) else "embedded",
            "location": _location(config)}})
        endpoint = QueryEndpoint(reader, ready.is_set)
        host, port = endpoint_address(config.clickhouse.query_endpoint)
        await endpoint.start(host, port)
        log.info("query endpoint listening", extra={"fields": {"host": host, "port": port}})
        writer = wrap_store(store) if wrap_store else store
        if not await _prepare_until_ready(writer, config, stop):
            return
        ready.set()
        settings = SinkSettings.from_config(config)
        sink = TelemetrySink(settings, writer,
                             RecordProducer(config.kafka, **{"client.id": "llmstream-sink"}),
                             after_insert=after_insert)
        topics = [topic.name for topic in settings.sink_topics()]
        consumer = GroupConsumer(config.kafka, config.sink.group_id, topics,
                                 on_assign=sink.on_assign, on_revoke=sink.on_revoke,
                                 **{"client.id": "llmstream-sink"})
        running = asyncio.ensure_future(asyncio.to_thread(sink.run, consumer))
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait({running, stopped}, return_when=asyncio.FIRST_COMPLETED)
        sink.stop()
        stopped.cancel()
        await running  # re-raises if the sink loop failed
    finally:
        ready.clear()
        if endpoint is not None:
            await endpoint.stop()
        for opened in (reader, store):
            if opened is not None:
                await asyncio.to_thread(opened.close)
