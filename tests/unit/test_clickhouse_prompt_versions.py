"""The per-prompt-version query against ground truth computed in Python, on chdb."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator

import pytest

from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.prompt_versions import prompt_versions, prompt_versions_sql
from llmstream.connectors.clickhouse.schema import (
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
    migrate,
)
from llmstream.connectors.clickhouse.telemetry_rows import telemetry_row
from llmstream.events import Telemetry, now_ms

# (name, version): versions 2 and 10 sort numerically, not as text.
PROMPTS = [("support", "1"), ("support", "2"), ("support", "10"), ("triage", "1"), (None, None)]


def percentile(values: list[float], level: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * level
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    yield opened
    opened.close()


def test_p95_latency_tokens_and_cost_per_prompt_version(store: EmbeddedStore) -> None:
    settings = SchemaSettings(database=f"test_{uuid.uuid4().hex[:12]}")
    migrate(store, settings)
    rng = random.Random(4)
    now = now_ms()
    events = []
    for n in range(2000):
        name, version = rng.choice(PROMPTS)
        events.append(Telemetry(
            event_id=f"e{n}", kind="request", request_id=f"r{n}",
            status=rng.choice(("ok",) * 9 + ("provider_error",)), ts=now - rng.randint(1, 10**6),
            prompt_name=name, prompt_version=version,
            prompt_variant=None if version is None else f"production:v{version}",
            latency_ms=round(rng.lognormvariate(5, 1), 3),
            prompt_tokens=rng.randint(1, 4000), completion_tokens=rng.randint(0, 800),
            cost_usd=rng.randint(0, 10_000) / 2**20))
    rows = [telemetry_row(e, "t", 0, n)[1] for n, e in enumerate(events)]
    store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, rows)

    found = prompt_versions(store, database=settings.database)
    assert [(r["prompt_name"], r["prompt_version"]) for r in found] == PROMPTS[:-1]
    for row in found:
        mine = [e for e in events
                if (e.prompt_name, e.prompt_version) == (row["prompt_name"], row["prompt_version"])]
        assert row["requests"] == len(mine)
        assert row["errors"] == sum(e.status != "ok" for e in mine)
        assert row["p95_latency_ms"] == pytest.approx(
            percentile([e.latency_ms for e in mine], 0.95), rel=1e-9)
        assert row["prompt_tokens"] == sum(e.prompt_tokens for e in mine)
        assert row["completion_tokens"] == sum(e.completion_tokens for e in mine)
        assert row["total_cost_usd"] == sum(e.cost_usd for e in mine)
        assert row["cost_per_request_usd"] == pytest.approx(row["total_cost_usd"] / len(mine))
    only = prompt_versions(store, prompt_name="triage", database=settings.database)
    assert [r["prompt_version"] for r in only] == ["1"]


def test_the_sql_is_one_query_grouped_by_prompt_version() -> None:
    sql = prompt_versions_sql("db", 60, "sup'port")
    assert sql.count("SELECT") == 1 and "GROUP BY prompt_name, prompt_version" in sql
    assert "FROM `db`.`requests`" in sql and "prompt_name = 'sup\\'port'" in sql
