"""The summary numbers against ground truth computed in Python from the same rows."""

from __future__ import annotations

import math
import random
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.schema import (
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
    migrate,
)
from llmstream.connectors.clickhouse.summary import (
    CACHE_HITS,
    errors_sql,
    summary,
    time_filter,
    totals_sql,
)
from llmstream.connectors.clickhouse.telemetry_rows import telemetry_row
from llmstream.events import Telemetry, now_ms

MODELS = ("sim-small", "sim-claude", "")  # '' : rejected before a model was chosen
STATUSES = ("ok",) * 8 + ("provider_unavailable", "too_large")
CACHES = ("miss",) * 6 + ("exact", "semantic", "bypass")
TENANTS = ("acme", "globex", None)
FEATURES = ("chat", "search")
VERSIONS = ("1", "2", None)
HOUR_MS = 3_600_000


@dataclass
class Dataset:
    settings: SchemaSettings
    recent: list[Telemetry]
    old: list[Telemetry]


def generate(count: int, ts_from: int, ts_to: int, rng: random.Random) -> list[Telemetry]:
    events = []
    for _ in range(count):
        status = rng.choice(STATUSES)
        events.append(Telemetry(
            event_id=uuid.uuid4().hex, kind="request", request_id=uuid.uuid4().hex,
            status=status, ts=rng.randint(ts_from, ts_to), model=rng.choice(MODELS),
            latency_ms=round(rng.lognormvariate(5, 1), 3),
            prompt_tokens=rng.randint(1, 4000), completion_tokens=rng.randint(0, 800),
            cost_usd=rng.randint(0, 10_000) / 2**20,  # exact in binary: sums are exact
            cache=rng.choice(CACHES), tenant=rng.choice(TENANTS),
            feature=rng.choice(FEATURES), prompt_version=rng.choice(VERSIONS)))
    return events


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def dataset(store: EmbeddedStore) -> Dataset:
    settings = SchemaSettings(database=f"test_{uuid.uuid4().hex[:12]}")
    migrate(store, settings)
    rng = random.Random(20260101)
    now = now_ms()
    recent = generate(3000, now - HOUR_MS + 60_000, now - 1000, rng)
    old = generate(500, now - 3 * HOUR_MS, now - 2 * HOUR_MS, rng)
    rows = [telemetry_row(e, "t", 0, n)[1] for n, e in enumerate(recent + old)]
    for start in range(0, len(rows), 1000):
        store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES,
                          rows[start:start + 1000])
    return Dataset(settings, recent, old)


def percentile(values: list[float], level: float) -> float:
    """Linear interpolation between closest ranks (numpy's default, Excel's INC)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * level
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def expected(events: list[Telemetry]) -> dict[str, Any]:
    latencies = [e.latency_ms for e in events]
    return {
        "requests": len(events),
        "errors_by_status": dict(sorted(Counter(e.status for e in events
                                                if e.status != "ok").items())),
        "latency_ms": {"p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95),
                       "p99": percentile(latencies, 0.99)},
        "tokens": {"prompt": sum(e.prompt_tokens for e in events),
                   "completion": sum(e.completion_tokens for e in events)},
        "cost_usd": sum(e.cost_usd for e in events),
        "cache_hit_rate": sum(e.cache in CACHE_HITS for e in events) / len(events),
    }


def assert_figures(actual: dict[str, Any], truth: dict[str, Any]) -> None:
    assert actual["requests"] == truth["requests"]
    assert actual["errors_by_status"] == truth["errors_by_status"]
    assert actual["tokens"] == truth["tokens"]
    assert actual["cost_usd"] == truth["cost_usd"]
    assert actual["cache_hit_rate"] == pytest.approx(truth["cache_hit_rate"], rel=1e-12)
    for name in ("p50", "p95", "p99"):
        assert actual["latency_ms"][name] == pytest.approx(truth["latency_ms"][name], rel=1e-9)


def test_all_time_numbers_match_ground_truth(store: EmbeddedStore, dataset: Dataset) -> None:
    numbers = summary(store, None, database=dataset.settings.database)
    assert_figures(numbers, expected(dataset.recent + dataset.old))


def test_the_last_hour_excludes_older_rows(store: EmbeddedStore, dataset: Dataset) -> None:
    numbers = summary(store, 3600, database=dataset.settings.database)
    assert_figures(numbers, expected(dataset.recent))


def test_per_model_numbers_match_ground_truth(store: EmbeddedStore, dataset: Dataset) -> None:
    numbers = summary(store, 3600, database=dataset.settings.database)
    assert sorted(numbers["by_model"]) == sorted(MODELS)
    for model, figures in numbers["by_model"].items():
        assert_figures(figures, expected([e for e in dataset.recent if e.model == model]))


@pytest.mark.parametrize(("key", "field"), [
    ("by_prompt_version", "prompt_version"), ("by_tenant", "tenant"), ("by_feature", "feature")])
def test_breakdowns_match_ground_truth(store: EmbeddedStore, dataset: Dataset, key: str,
                                       field: str) -> None:
    numbers = summary(store, 3600, database=dataset.settings.database)
    values = {getattr(e, field) or "" for e in dataset.recent}
    assert sorted(numbers[key]) == sorted(values)
    for value, figures in numbers[key].items():
        assert_figures(figures, expected(
            [e for e in dataset.recent if (getattr(e, field) or "") == value]))


def test_an_empty_window_gives_zeros(store: EmbeddedStore, dataset: Dataset) -> None:
    numbers = summary(store, 0.001, database=dataset.settings.database)
    assert numbers == {
        "requests": 0, "errors_by_status": {},
        "latency_ms": {"p50": 0.0, "p95": 0.0, "p99": 0.0},
        "tokens": {"prompt": 0, "completion": 0}, "cost_usd": 0.0, "cache_hit_rate": 0.0,
        "by_model": {}, "by_prompt_version": {}, "by_tenant": {}, "by_feature": {}}


def test_sql_is_built_without_running_it() -> None:
    sql = totals_sql("db", 60, per_model=True)
    assert "FROM `db`.`requests`" in sql and "model AS key" in sql
    assert "quantilesExactInclusive(0.5, 0.95, 0.99)(latency_ms)" in sql
    assert "toIntervalMillisecond(60000)" in sql
    assert "GROUP BY" not in totals_sql("db", None, per_model=False)
    assert "status != 'ok'" in errors_sql("db", None)
    assert "GROUP BY key" in totals_sql("db", None, by="tenant")
    with pytest.raises(ValueError):
        totals_sql("db", None, by="user_id; DROP TABLE x")
    assert time_filter(None) == "1"
    with pytest.raises(ValueError):
        time_filter(-1)
