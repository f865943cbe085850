"""The store backends on the real engine: the embedded one, and the server one driven
through clickhouse-connect's in-process chdb client (same client code as for a server)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import clickhouse_connect
import pyarrow as pa
import pytest

from llmstream.config import parse_config
from llmstream.connectors.clickhouse.arrow_types import arrow_type, split_arguments
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.remote import QueryEndpointStore
from llmstream.connectors.clickhouse.schema import (
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
    migrate,
)
from llmstream.connectors.clickhouse.server import ServerStore, redacted
from llmstream.connectors.clickhouse.store import StoreError, open_reader, open_store
from llmstream.connectors.clickhouse.telemetry_rows import telemetry_row
from llmstream.events import Telemetry, now_ms

# Recent: rows older than the TTL (90 days) are dropped by the engine's TTL merges.
BASE_MS = (now_ms() // 1000 - 3600) * 1000 + 123


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("chdb") / "data")


@pytest.fixture(scope="module")
def store(data_dir: str) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def settings(store: EmbeddedStore) -> SchemaSettings:
    chosen = SchemaSettings(database=f"test_{uuid.uuid4().hex[:12]}")
    migrate(store, chosen)
    return chosen


def rows(count: int, **fields: object) -> list[tuple[object, ...]]:
    made = []
    for n in range(count):
        values: dict[str, object] = {
            "event_id": f"e{n}", "kind": "request", "request_id": f"r{n}", "status": "ok",
            "ts": BASE_MS + n, "model": "m", **fields}
        made.append(telemetry_row(Telemetry(**values), "t", 0, n)[1])  # type: ignore[arg-type]
    return made


def test_rows_come_back_as_written(store: EmbeddedStore, settings: SchemaSettings) -> None:
    tricky = "quotes ' \" `, backslash \\, tab \t, newline \n, unicode ü 😀"
    store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, rows(
        3, reason=tricky, stage_latency_ms={"guard": 0.25, "provider": 812.5},
        cost_usd=0.000123, fallback=True, prompt_tokens=2**32 - 1))
    result = store.query(
        "SELECT event_id, toString(ts), reason, stage_latency_ms, cost_usd, fallback, "
        f"prompt_tokens, kafka_offset FROM {settings.table(REQUESTS)} ORDER BY kafka_offset")
    assert result.columns[:3] == ["event_id", "toString(ts)", "reason"]
    second = datetime.fromtimestamp((BASE_MS + 1) / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    assert result.rows[1] == ("e1", second[:-3], tricky,
                              {"guard": 0.25, "provider": 812.5}, 0.000123, True,
                              2**32 - 1, 1)


def test_an_insert_is_all_or_nothing(store: EmbeddedStore, settings: SchemaSettings) -> None:
    good = rows(2)
    bad = list(good[1])
    bad[TELEMETRY_COLUMN_NAMES.index("prompt_tokens")] = -1  # no UInt32
    with pytest.raises(StoreError, match="do not fit"):
        store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, [good[0], bad])
    assert store.query(f"SELECT count() FROM {settings.table(REQUESTS)}").scalar() == 0


def test_an_empty_insert_does_nothing(store: EmbeddedStore, settings: SchemaSettings) -> None:
    store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, [])
    assert store.query(f"SELECT count() FROM {settings.table(REQUESTS)}").scalar() == 0


def test_sql_errors_are_store_errors_with_the_engines_message(store: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match="UNKNOWN_DATABASE"):
        store.query("SELECT * FROM no_such_database.no_such_table")


def test_a_read_only_store_refuses_writes_in_the_engine(store: EmbeddedStore,
                                                        settings: SchemaSettings) -> None:
    reader = EmbeddedStore(store.path, read_only=True)
    try:
        with pytest.raises(StoreError, match="readonly"):
            reader.command(f"DROP TABLE {settings.table(REQUESTS)}")
        with pytest.raises(StoreError):
            reader.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, rows(1))
        assert reader.query(f"SELECT count() FROM {settings.table(REQUESTS)}").scalar() == 0
    finally:
        reader.close()


def test_a_closed_store_says_so(store: EmbeddedStore) -> None:
    extra = EmbeddedStore(store.path)
    extra.close()
    extra.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        extra.query("SELECT 1")


def test_the_server_backend_writes_and_reads_the_same_rows(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    """ServerStore is clickhouse-connect; chdb's in-process client runs its code paths."""
    server = ServerStore(lambda: clickhouse_connect.get_client(interface="chdb",
                                                               path=store.path), "chdb")
    try:
        server.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES,
                           rows(2, stage_latency_ms={"guard": 1.5}))
        result = server.query(f"SELECT event_id, ts, stage_latency_ms FROM "
                              f"{settings.table(REQUESTS)} ORDER BY event_id")
        assert result.columns == ["event_id", "ts", "stage_latency_ms"]
        assert result.rows[0][0] == "e0" and result.rows[0][2] == {"guard": 1.5}
        stored_ts = result.rows[0][1].replace(tzinfo=UTC)
        assert stored_ts == datetime.fromtimestamp(BASE_MS / 1000, UTC)
        with pytest.raises(StoreError, match="chdb"):
            server.query("SELECT * FROM no_such_database.no_such_table")
        assert server.query("SELECT 1").scalar() == 1  # reconnects after a failure
    finally:
        server.close()
    assert store.query(f"SELECT count() FROM {settings.table(REQUESTS)}").scalar() == 2


def test_open_store_and_open_reader_pick_by_url(data_dir: str) -> None:
    base = {"providers": {"p": {"kind": "openai", "base_url": "http://x"}},
            "models": {"m": {"provider": "p", "name": "m",
                             "price": {"input_per_mtok": 1, "output_per_mtok": 1}}},
            "routes": {"default": {"model": "m"}}}
    embedded = parse_config({**base, "clickhouse": {"data_dir": data_dir}})
    reader = open_reader(embedded)
    assert isinstance(reader, QueryEndpointStore)
    reader.close()
    writer = open_store(embedded)
    assert isinstance(writer, EmbeddedStore)
    writer.close()
    server = parse_config({**base, "clickhouse": {"url": "http://u:secret@127.0.0.1:1"}})
    assert isinstance(open_store(server), ServerStore)
    assert isinstance(open_reader(server), ServerStore)


def test_urls_are_logged_without_passwords() -> None:
    assert redacted("http://u:secret@host:8123/db") == "http://u:***@host:8123/db"
    assert redacted("http://host:8123") == "http://host:8123"


@pytest.mark.parametrize(("clickhouse", "arrow"), [
    ("String", pa.string()),
    ("LowCardinality(String)", pa.string()),
    ("Nullable(UInt32)", pa.uint32()),
    ("DateTime64(3, 'UTC')", pa.timestamp("ms", tz="UTC")),
    ("DateTime('Europe/Paris')", pa.timestamp("s", tz="Europe/Paris")),
    ("Map(String, Float64)", pa.map_(pa.string(), pa.float64())),
    ("Array(LowCardinality(String))", pa.list_(pa.string())),
    ("Bool", pa.bool_()),
])
def test_arrow_types(clickhouse: str, arrow: pa.DataType) -> None:
    assert arrow_type(clickhouse) == arrow


def test_types_without_an_arrow_twin_are_named() -> None:
    with pytest.raises(ValueError, match="AggregateFunction"):
        arrow_type("AggregateFunction(uniq, String)")
    assert split_arguments("String, Map(String, Float64), 'a,b'") == [
        "String", "Map(String, Float64)", "'a,b'"]
