"""The schema on the real engine (chdb): migrations, TTL, pricing."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from llmstream.config import PriceConfig
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.schema import (
    EPOCH,
    MIGRATIONS,
    ROLLUP_TABLES,
    Migration,
    SchemaSettings,
    migrate,
    pending_migrations,
    price_changes,
    reconcile_ttl,
    sync_pricing,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """One data directory per module: chdb lets a process open one at a time."""
    opened = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    yield opened
    opened.close()


@pytest.fixture
def settings() -> SchemaSettings:
    return SchemaSettings(database=f"test_{uuid.uuid4().hex[:12]}", ttl_days=90)


def tables(store: EmbeddedStore, database: str) -> list[str]:
    result = store.query(f"SELECT name FROM system.tables WHERE database = '{database}' "
                         "ORDER BY name")
    return [str(row[0]) for row in result.rows]


def create_query(store: EmbeddedStore, database: str, table: str) -> str:
    return str(store.query(
        "SELECT create_table_query FROM system.tables "
        f"WHERE database = '{database}' AND name = '{table}'").scalar())


def test_migrate_creates_every_table_once(store: EmbeddedStore,
                                          settings: SchemaSettings) -> None:
    assert migrate(store, settings) == [m.version for m in MIGRATIONS]
    assert tables(store, settings.database) == sorted([
        "attempts", "evaluation_scores", "feedback", "pricing", "requests",
        "requests_repriced", "schema_migrations",
        *ROLLUP_TABLES, *(f"{name}_mv" for name in ROLLUP_TABLES)])
    assert migrate(store, settings) == []
    assert migrate(store, settings) == []
    versions = store.query(
        f"SELECT version, count() FROM {settings.table('schema_migrations')} GROUP BY version")
    assert sorted(versions.rows) == [(m.version, 1) for m in MIGRATIONS]


def test_telemetry_tables_have_the_designed_engine_keys_and_ttl(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    migrate(store, settings)
    requests = create_query(store, settings.database, "requests")
    assert "ENGINE = ReplacingMergeTree" in requests
    assert "PARTITION BY toYYYYMMDD(ts)" in requests
    assert "ORDER BY (route, model, ts, event_id)" in requests
    assert "TTL toDateTime(ts) + toIntervalDay(90)" in requests
    assert "`stage_latency_ms` Map(String, Float64)" in requests
    assert "`kafka_offset` UInt64" in requests and "PROJECTION positions" in requests
    assert "ORDER BY (provider, model, ts, event_id)" in create_query(
        store, settings.database, "attempts")


def test_a_later_migration_is_applied_once_after_the_earlier_ones(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    migrate(store, settings)
    extra = Migration(MIGRATIONS[-1].version + 1, "a view", lambda s: [
        f"CREATE VIEW IF NOT EXISTS {s.table('requests_per_model')} AS "
        f"SELECT model, count() AS n FROM {s.table('requests')} GROUP BY model"])
    assert migrate(store, settings, [*MIGRATIONS, extra]) == [extra.version]
    assert migrate(store, settings, [*MIGRATIONS, extra]) == []
    assert "requests_per_model" in tables(store, settings.database)


def test_a_migration_interrupted_half_way_is_completed_by_the_next_start(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    broken = Migration(1, "half", lambda s: [
        *MIGRATIONS[0].statements(s), "THIS IS NOT SQL"])
    with pytest.raises(Exception, match="Syntax error"):
        migrate(store, settings, [broken])
    # re-runs the idempotent statements
    assert migrate(store, settings) == [m.version for m in MIGRATIONS]


def test_tables_created_before_migration_5_get_the_cache_similarity_column(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    migrate(store, settings)
    for table in ("requests", "attempts"):  # the layout migrations 1-4 left behind
        store.command(f"ALTER TABLE {settings.table(table)} DROP COLUMN cache_similarity")
    store.command(f"DELETE FROM {settings.table('schema_migrations')} WHERE version = 5")
    assert migrate(store, settings) == [5]
    for table in ("requests", "attempts"):
        assert "`cache_similarity` Nullable(Float64)" in create_query(
            store, settings.database, table)
    _insert(store, settings, [{"event_id": "e1", "request_id": "r1", "ts": RECENT,
                               "cache": "semantic", "cache_similarity": 0.93}])
    _insert(store, settings, [{"event_id": "e2", "request_id": "r2", "ts": RECENT,
                               "cache": "miss"}])
    stored = store.query(f"SELECT request_id, cache_similarity FROM "
                         f"{settings.table('requests')} ORDER BY request_id")
    assert stored.rows == [("r1", 0.93), ("r2", None)]


def test_pending_migrations_are_ordered_and_versions_unique() -> None:
    one = Migration(1, "a", lambda s: [])
    two = Migration(2, "b", lambda s: [])
    assert pending_migrations({1}, [two, one]) == [two]
    assert pending_migrations(set(), [two, one]) == [one, two]
    with pytest.raises(ValueError, match="duplicate"):
        pending_migrations(set(), [one, one])


def test_a_changed_ttl_is_applied_to_existing_tables(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    migrate(store, settings)
    shorter = SchemaSettings(settings.database, ttl_days=30)
    assert sorted(reconcile_ttl(store, shorter)) == sorted(
        ["attempts", "evaluation_scores", "feedback", "requests", *ROLLUP_TABLES])
    assert "toIntervalDay(30)" in create_query(store, settings.database, "requests")
    assert reconcile_ttl(store, shorter) == []


def test_prices_are_recorded_once_and_changes_kept_as_history(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    migrate(store, settings)
    prices = {"small": PriceConfig(input_per_mtok=0.15, output_per_mtok=0.6),
              "large": PriceConfig(input_per_mtok=3.0, output_per_mtok=15.0)}
    assert sync_pricing(store, settings, prices) == 2
    assert sync_pricing(store, settings, prices) == 0
    changed = {**prices, "small": PriceConfig(input_per_mtok=0.1, output_per_mtok=0.4)}
    assert sync_pricing(store, settings, changed, datetime(2026, 3, 1, tzinfo=UTC)) == 1
    history = store.query(
        f"SELECT model, input_per_mtok, output_per_mtok, toString(valid_from) "
        f"FROM {settings.table('pricing')} ORDER BY model, valid_from")
    assert history.rows == [
        ("large", 3.0, 15.0, "1970-01-01 00:00:00.000"),
        ("small", 0.15, 0.6, "1970-01-01 00:00:00.000"),
        ("small", 0.1, 0.4, "2026-03-01 00:00:00.000"),
    ]


def test_price_changes_is_pure_arithmetic() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    configured = {"a": PriceConfig(input_per_mtok=1, output_per_mtok=2)}
    assert price_changes({}, configured, now) == [("a", 1, 2, EPOCH)]
    assert price_changes({"a": (1.0, 2.0)}, configured, now) == []
    assert price_changes({"a": (1.0, 3.0)}, configured, now) == [("a", 1, 2, now)]


def test_the_store_directory_is_locked_to_one_process(tmp_path: Path,
                                                      store: EmbeddedStore) -> None:
    """A second process cannot open a directory this process holds."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from llmstream.connectors.clickhouse.embedded import EmbeddedStore\n"
        "from llmstream.connectors.clickhouse.store import StoreError\n"
        "try:\n"
        f"    EmbeddedStore({store.path!r})\n"
        "except StoreError as error:\n"
        "    print(error); sys.exit(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 3, done.stderr
    assert "only one process may open it" in done.stdout


# Within the TTL (rows older than ttl_days are dropped as they arrive), on a minute.
RECENT = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)


def _request_rows(count: int, seed: int) -> list[dict[str, object]]:
    """Seeded request rows over three minutes, two models, two prompt versions."""
    rng = random.Random(seed)
    start = RECENT
    rows = []
    for n in range(count):
        rows.append({
            "event_id": f"e{n}", "request_id": f"r{n}",
            "ts": start + timedelta(seconds=rng.uniform(0, 180)),
            "model": rng.choice(["small", "large"]), "prompt_name": "p",
            "prompt_version": rng.choice(["1", "2"]), "tenant": rng.choice(["t1", "t2"]),
            "feature": rng.choice(["chat", "summary"]), "user_id": f"u{rng.randrange(5)}",
            "status": rng.choice(["ok"] * 8 + ["provider_error", "deadline_exceeded"]),
            "error_type": "", "cache": rng.choice(["miss", "miss", "exact"]),
            "latency_ms": round(rng.lognormvariate(5, 0.6), 3),
            "prompt_tokens": rng.randrange(10, 500), "completion_tokens": rng.randrange(1, 200),
            "cost_usd": rng.uniform(0, 0.01),
        })
    return rows


def _insert(store: EmbeddedStore, settings: SchemaSettings,
            rows: list[dict[str, object]]) -> None:
    columns = tuple(rows[0])
    store.insert_rows(settings.table("requests"), columns,
                      [tuple(row[c] for c in columns) for row in rows])


def _interpolated(values: list[float], level: float) -> float:
    ordered = sorted(values)
    position = level * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def test_rollups_hold_every_inserted_request_once(store: EmbeddedStore,
                                                  settings: SchemaSettings) -> None:
    migrate(store, settings)
    rows = _request_rows(900, seed=7)
    _insert(store, settings, rows[:400])  # two inserts: two parts merged at query time
    _insert(store, settings, rows[400:])

    usage = store.query(
        "SELECT tenant, feature, sum(requests), sum(prompt_tokens), sum(completion_tokens), "
        f"sum(cost_usd) FROM {settings.table('usage_per_minute')} "
        "GROUP BY tenant, feature ORDER BY tenant, feature")
    expected = []
    for tenant in ("t1", "t2"):
        for feature in ("chat", "summary"):
            group = [r for r in rows if r["tenant"] == tenant and r["feature"] == feature]
            expected.append((tenant, feature, len(group),
                             sum(int(str(r["prompt_tokens"])) for r in group),
                             sum(int(str(r["completion_tokens"])) for r in group),
                             sum(float(str(r["cost_usd"])) for r in group)))
    assert [row[:5] for row in usage.rows] == [row[:5] for row in expected]
    assert [row[5] for row in usage.rows] == pytest.approx([row[5] for row in expected])

    latency = store.query(
        "SELECT model, prompt_version, sum(requests), quantilesMerge(0.5, 0.95, 0.99)(latency_ms) "
        f"FROM {settings.table('latency_per_minute')} "
        "GROUP BY model, prompt_version ORDER BY model, prompt_version")
    for model, version, requests, quantiles in latency.rows:
        values = [float(str(r["latency_ms"])) for r in rows
                  if r["model"] == model and r["prompt_version"] == version]
        assert requests == len(values)
        assert quantiles == pytest.approx(
            [_interpolated(values, q) for q in (0.5, 0.95, 0.99)], rel=1e-9)

    errors = store.query(
        f"SELECT status, sum(requests) FROM {settings.table('errors_per_minute')} "
        "GROUP BY status ORDER BY status")
    statuses = sorted({str(r["status"]) for r in rows})
    assert errors.rows == [(s, sum(1 for r in rows if r["status"] == s)) for s in statuses]
    hits = store.query(
        f"SELECT sumIf(requests, cache = 'exact') / sum(requests) "
        f"FROM {settings.table('cache_per_minute')}").scalar()
    assert hits == pytest.approx(sum(1 for r in rows if r["cache"] == "exact") / len(rows))
    minutes = store.query(
        f"SELECT count(DISTINCT minute) FROM {settings.table('errors_per_minute')}").scalar()
    assert minutes == 3


def test_costs_are_recomputed_at_the_price_valid_when_each_request_ran(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    migrate(store, settings)
    rows = _request_rows(50, seed=11)
    _insert(store, settings, rows)
    change = RECENT + timedelta(seconds=90)
    sync_pricing(store, settings, {"small": PriceConfig(input_per_mtok=1, output_per_mtok=2),
                                   "large": PriceConfig(input_per_mtok=10, output_per_mtok=20)})
    sync_pricing(store, settings, {"small": PriceConfig(input_per_mtok=0.5, output_per_mtok=1),
                                   "large": PriceConfig(input_per_mtok=10, output_per_mtok=20)},
                 change)
    repriced = store.query(
        f"SELECT request_id, cost_usd FROM {settings.table('requests_repriced')} "
        "ORDER BY request_id")
    by_id = {str(r["request_id"]): r for r in rows}
    for request_id, cost in repriced.rows:
        row = by_id[request_id]
        cheaper = row["model"] == "small" and row["ts"] >= change  # type: ignore[operator]
        scale = (0.5, 1.0) if cheaper else ((1, 2) if row["model"] == "small" else (10, 20))
        expected = (int(str(row["prompt_tokens"])) * scale[0]
                    + int(str(row["completion_tokens"])) * scale[1]) / 1_000_000
        assert cost == pytest.approx(expected, rel=1e-12)
    assert len(repriced.rows) == 50


def test_migration_4_adds_parent_request_id_to_a_store_from_before_it(
    store: EmbeddedStore, settings: SchemaSettings
) -> None:
    assert migrate(store, settings, MIGRATIONS[:3]) == [1, 2, 3]
    for table in ("requests", "attempts"):  # as a store created before issue 8 was
        store.command(f"ALTER TABLE {settings.table(table)} DROP COLUMN parent_request_id")
    store.command(f"INSERT INTO {settings.table('requests')} (event_id, request_id, ts) "
                  "VALUES ('e1', 'r1', now64(3))")
    assert migrate(store, settings) == [4, 5, 6]
    for table in ("requests", "attempts"):
        assert "`parent_request_id` String" in create_query(store, settings.database, table)
    old = store.query(f"SELECT parent_request_id FROM {settings.table('requests')}")
    assert old.rows == [("",)]
