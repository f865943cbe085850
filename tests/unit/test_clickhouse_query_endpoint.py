"""The query endpoint, served in-process on a free port over the real engine, read with
the HTTP client other processes use."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.query_endpoint import QueryEndpoint, endpoint_address
from llmstream.connectors.clickhouse.read_only_sql import NotReadOnly, check_read_only
from llmstream.connectors.clickhouse.remote import QueryEndpointStore
from llmstream.connectors.clickhouse.schema import SchemaSettings, migrate
from llmstream.connectors.clickhouse.store import StoreError
from llmstream.connectors.clickhouse.summary import summary
from tests.integration.services import wait_until


@dataclass
class Served:
    url: str
    ready: threading.Event
    settings: SchemaSettings
    writer: EmbeddedStore


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The sink's arrangement: a writer, a read-only reader, the endpoint on its own loop."""
    writer = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    reader = EmbeddedStore(writer.path, read_only=True)
    ready = threading.Event()
    endpoint = QueryEndpoint(reader, ready.is_set)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    port = asyncio.run_coroutine_threadsafe(endpoint.start("127.0.0.1", 0), loop).result(30)
    settings = SchemaSettings(database=f"test_{uuid.uuid4().hex[:12]}")
    try:
        yield Served(f"http://127.0.0.1:{port}", ready, settings, writer)
    finally:
        asyncio.run_coroutine_threadsafe(endpoint.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)
        loop.close()
        reader.close()
        writer.close()


@pytest.fixture(scope="module")
def client(served: Served) -> Iterator[QueryEndpointStore]:
    reader = QueryEndpointStore(served.url, timeout_s=30)
    yield reader
    reader.close()


def test_health_is_503_until_the_schema_is_ready_then_200(served: Served,
                                                          client: QueryEndpointStore) -> None:
    served.ready.clear()
    assert httpx.get(f"{served.url}/health").status_code == 503
    assert not client.healthy()
    reply = httpx.post(f"{served.url}/query", content="SELECT 1")
    assert reply.status_code == 503 and "starting" in reply.json()["error"]
    migrate(served.writer, served.settings)
    served.ready.set()
    wait_until(client.healthy, 10, "the endpoint to report healthy")
    assert httpx.get(f"{served.url}/health").json() == {"status": "ok"}


@pytest.fixture
def ready(served: Served) -> Served:
    migrate(served.writer, served.settings)
    served.ready.set()
    return served


def test_select_answers_columns_and_rows(ready: Served, client: QueryEndpointStore) -> None:
    result = client.query("SELECT number AS n, toString(number) AS s FROM numbers(3)")
    assert result.columns == ["n", "s"]
    assert result.rows == [(0, "0"), (1, "1"), (2, "2")]
    reply = httpx.post(f"{ready.url}/query", content="SELECT 1 AS one")
    assert reply.json() == {"columns": ["one"], "rows": [[1]]}


def test_summary_reads_through_the_endpoint(ready: Served, client: QueryEndpointStore) -> None:
    assert summary(client, None, database=ready.settings.database)["requests"] == 0


@pytest.mark.parametrize("sql", [
    "INSERT INTO {db}.requests (event_id) VALUES ('x')",
    "DROP TABLE {db}.requests",
    "ALTER TABLE {db}.requests DELETE WHERE 1",
    "TRUNCATE TABLE {db}.requests",
    "SELECT 1; DROP TABLE {db}.requests",
    "/* a comment */ DROP TABLE {db}.requests",
    "SET readonly = 0",
    "SELECT 1 INTO OUTFILE '/tmp/x.csv'",
])
def test_writes_are_rejected_with_400_and_a_reason(ready: Served, sql: str) -> None:
    reply = httpx.post(f"{ready.url}/query", content=sql.format(db=ready.settings.database))
    assert reply.status_code == 400
    assert reply.json()["error"]
    tables = httpx.post(f"{ready.url}/query", content=(
        f"SELECT count() FROM system.tables WHERE database = '{ready.settings.database}' "
        "AND name = 'requests'")).json()
    assert tables["rows"] == [[1]]


def test_the_client_raises_store_errors_with_the_endpoints_reason(
    ready: Served, client: QueryEndpointStore
) -> None:
    with pytest.raises(StoreError, match="400: read-only endpoint: DROP is not allowed"):
        client.query("DROP TABLE x")
    with pytest.raises(StoreError, match="UNKNOWN_DATABASE"):
        client.query("SELECT * FROM no_such_db.t")


def test_an_unreachable_endpoint_is_a_store_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    reader = QueryEndpointStore("http://127.0.0.1:9", transport=httpx.MockTransport(refuse))
    with pytest.raises(StoreError, match="is `llmstream sink` running"):
        reader.query("SELECT 1")
    assert not reader.healthy()
    reader.close()


@pytest.mark.parametrize("sql", [
    "SELECT 1", "  select 1;", "WITH x AS (SELECT 1) SELECT * FROM x", "SHOW TABLES",
    "DESCRIBE TABLE t", "DESC t", "EXPLAIN SELECT 1", "-- note\nSELECT ';'",
    "SELECT 'DROP TABLE x; --' AS s", "/* DROP */ SELECT `we;ird`",
])
def test_read_only_statements_pass(sql: str) -> None:
    check_read_only(sql)


@pytest.mark.parametrize(("sql", "reason"), [
    ("", "empty"), ("  ;  ", "empty"), ("-- only a comment", "empty"),
    ("INSERT INTO t VALUES (1)", "INSERT is not allowed"),
    ("SELECT 1; SELECT 2", "one statement"),
    ("SELECT 'unterminated", "unterminated"),
    ("SELECT 1 /* open", "unterminated"),
    ("OPTIMIZE TABLE t FINAL", "OPTIMIZE"),
    ("select * from t into   outfile 'x'", "INTO OUTFILE"),
])
def test_everything_else_is_refused_with_a_reason(sql: str, reason: str) -> None:
    with pytest.raises(NotReadOnly, match=reason):
        check_read_only(sql)


def test_endpoint_address() -> None:
    assert endpoint_address("http://127.0.0.1:8124") == ("127.0.0.1", 8124)
    with pytest.raises(ValueError, match="query_endpoint"):
        endpoint_address("tcp://x")
