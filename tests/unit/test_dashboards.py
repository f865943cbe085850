"""Every dashboard panel's and alert's SQL, macros expanded as Grafana would, runs on the
embedded ClickHouse engine against seeded data and returns the numbers computed here in
Python from the same rows; and the generated dashboard files are up to date."""

from __future__ import annotations

import json
import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from llmstream.config import PriceConfig
from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.schema import SchemaSettings, migrate, sync_pricing
from llmstream.dashboards import build
from llmstream.dashboards.grafana_macros import QueryContext, UnknownMacro, expand
from llmstream.dashboards.panels import (
    ALERTS,
    DASHBOARDS,
    DATABASE,
    DATASOURCE_UID,
    FEEDBACK_PANEL_UIDS,
    GUARDRAIL_STATUSES,
    QUALITY_ALERT_UIDS,
    VARIABLE_SQL,
    Alert,
    Panel,
)

INTERVAL_S = 300
# The dashboard range ends on a minute, an hour before now (inside the TTL); data starts
# an hour before the range and runs ten minutes past it, so the time filter matters.
TO = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)
FROM = TO - timedelta(hours=1)
INCIDENT = TO - timedelta(minutes=10)  # errors, slow "large" calls, no cache hits after it
PRICES = {"small": (0.5, 1.5), "large": (3.0, 15.0)}
HITS = {"hit", "exact", "semantic"}


@dataclass(frozen=True)
class Row:
    ts: datetime
    route: str
    status: str
    error_type: str
    model: str
    tenant: str
    user_id: str
    feature: str
    prompt_name: str
    prompt_version: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    latency_ms: float
    cache: str
    attempts: int
    fallback: bool

    @property
    def seconds(self) -> float:
        return self.ts.timestamp()

    @property
    def minute(self) -> int:
        return int(self.seconds // 60 * 60)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def generate(count: int, seed: int) -> list[Row]:
    rng = random.Random(seed)
    start = FROM - timedelta(hours=1)
    span_ms = int((TO + timedelta(minutes=10) - start).total_seconds() * 1000)
    rows = []
    for _ in range(count):
        ts = start + timedelta(milliseconds=rng.randrange(span_ms))
        late = ts >= INCIDENT
        model = rng.choice(["small", "small", "large"])
        status = rng.choices(
            ["ok", "provider_unavailable", "deadline_exceeded", *GUARDRAIL_STATUSES[:2]],
            [80, 8, 4, 4, 4] if late else [92, 2, 2, 2, 2])[0]
        cache = "miss" if late or status != "ok" else rng.choice(["miss", "miss", "exact",
                                                                  "semantic"])
        tokens = (rng.randrange(20, 800), rng.randrange(0, 300) if status == "ok" else 0)
        price = PRICES[model]
        latency = rng.lognormvariate(6.5 if model == "large" else 5.5, 0.5)
        if late and model == "large":
            latency += 6000
        rows.append(Row(
            ts=ts, route=rng.choice(["chat", "extract"]), status=status,
            error_type="" if status == "ok" else rng.choice(["timeout", "http_503", ""]),
            model=model, tenant=rng.choice(["acme", "globex", "initech"]),
            user_id=f"user-{rng.randrange(30)}", feature=rng.choice(["support", "search"]),
            prompt_name="answer", prompt_version=rng.choice(["1", "2"]),
            prompt_tokens=tokens[0], completion_tokens=tokens[1],
            cost_usd=(tokens[0] * price[0] + tokens[1] * price[1]) / 1_000_000 * 1.1,
            latency_ms=round(latency, 3), cache=cache, attempts=rng.choice([1, 1, 1, 2, 3]),
            fallback=rng.random() < 0.05))
    return rows


ROWS = generate(4000, seed=20260507)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    settings = SchemaSettings(DATABASE)
    migrate(opened, settings)
    # Prices at the epoch, then "small" got cheaper half-way through the range.
    sync_pricing(opened, settings, {m: PriceConfig(input_per_mtok=i, output_per_mtok=o)
                                    for m, (i, o) in PRICES.items()})
    sync_pricing(opened, settings, {"small": PriceConfig(input_per_mtok=0.25, output_per_mtok=1),
                                    "large": PriceConfig(input_per_mtok=3, output_per_mtok=15)},
                 FROM + timedelta(minutes=30))
    columns = ("event_id", "request_id", "ts", "route", "status", "error_type", "model",
               "tenant", "user_id", "feature", "prompt_name", "prompt_version",
               "prompt_tokens", "completion_tokens", "cost_usd", "latency_ms", "cache",
               "attempts", "fallback")
    values = [(f"e{n}", f"r{n}", r.ts, r.route, r.status, r.error_type, r.model, r.tenant,
               r.user_id, r.feature, r.prompt_name, r.prompt_version, r.prompt_tokens,
               r.completion_tokens, r.cost_usd, r.latency_ms, r.cache, r.attempts, r.fallback)
              for n, r in enumerate(ROWS)]
    for start in range(0, len(values), 1000):  # several inserts: several parts to merge
        opened.insert_rows(settings.table("requests"), columns, values[start:start + 1000])
    yield opened
    opened.close()


# -- the oracle: the same numbers from the rows in Python ----------------------------------

def quantile(values: list[float], level: float) -> float:
    """Linear interpolation between closest ranks (ClickHouse ``quantile`` on fewer than
    8,192 values, numpy's default)."""
    ordered = sorted(values)
    position = level * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def bucket(row: Row) -> str:
    start = int(row.seconds // INTERVAL_S * INTERVAL_S)
    return datetime.fromtimestamp(start, UTC).strftime("%Y-%m-%d %H:%M:%S")


def grouped(rows: list[Row], key: Callable[[Row], tuple[Any, ...]]) -> dict[tuple[Any, ...],
                                                                           list[Row]]:
    groups: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return dict(sorted(groups.items()))


def per(rows: list[Row], key: Callable[[Row], tuple[Any, ...]],
        figures: Callable[[list[Row]], tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [(*k, *figures(group)) for k, group in grouped(rows, key).items()]


def n_errors(rows: list[Row]) -> int:
    return sum(not r.ok for r in rows)


def hit_rate(rows: list[Row]) -> float:
    return sum(r.cache in HITS for r in rows) / len(rows)


def cost(rows: list[Row]) -> float:
    return sum(r.cost_usd for r in rows)


def lat(rows: list[Row]) -> list[float]:
    return [r.latency_ms for r in rows]


def guard(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r.status in GUARDRAIL_STATUSES]


def repriced(row: Row) -> float:
    inp, out = PRICES[row.model]
    if row.model == "small" and row.ts >= FROM + timedelta(minutes=30):
        inp, out = 0.25, 1.0
    return (row.prompt_tokens * inp + row.completion_tokens * out) / 1_000_000


def errors_by_type(rows: list[Row]) -> list[tuple[Any, ...]]:
    counted = per([r for r in rows if not r.ok], lambda r: (r.status, r.error_type),
                  lambda g: (len(g),))
    return sorted(counted, key=lambda t: (-t[2], t[0], t[1]))


def top_users(rows: list[Row]) -> list[tuple[Any, ...]]:
    users = per(rows, lambda r: (r.tenant, r.user_id), lambda g: (len(g), cost(g)))
    return sorted(users, key=lambda t: (-t[3], t[0], t[1]))[:20]


def bucket_key(r: Row) -> tuple[str]:
    return (bucket(r),)


EXPECTED: dict[str, Callable[[list[Row]], list[tuple[Any, ...]]]] = {
    "overview-requests": lambda rows: [(len(rows),)],
    "overview-error-rate": lambda rows: [(n_errors(rows) / len(rows),)],
    "overview-p95": lambda rows: [(quantile(lat(rows), 0.95),)],
    "overview-cost": lambda rows: [(cost(rows),)],
    "overview-traffic": lambda rows: per(rows, lambda r: (bucket(r), r.status),
                                         lambda g: (len(g) / INTERVAL_S,)),
    "overview-errors": errors_by_type,
    "latency-percentiles": lambda rows: per(rows, bucket_key, lambda g: tuple(
        quantile(lat(g), q) for q in (0.5, 0.95, 0.99))),
    "latency-p95-by-model": lambda rows: per(rows, lambda r: (bucket(r), r.model),
                                             lambda g: (quantile(lat(g), 0.95),)),
    "latency-by-prompt-version": lambda rows: per(
        rows, lambda r: (r.model, r.prompt_name, r.prompt_version),
        lambda g: (len(g), *(quantile(lat(g), q) for q in (0.5, 0.95, 0.99)))),
    "cost-tokens": lambda rows: per(rows, bucket_key, lambda g: (
        sum(r.prompt_tokens for r in g), sum(r.completion_tokens for r in g))),
    "cost-by-tenant": lambda rows: per(rows, lambda r: (r.tenant,),
                                       lambda g: (len(g), cost(g), cost(g) / len(g))),
    "cost-by-feature": lambda rows: per(rows, lambda r: (r.feature,), lambda g: (
        len(g), sum(r.prompt_tokens + r.completion_tokens for r in g), cost(g))),
    "cost-by-user": top_users,
    "cost-repriced": lambda rows: per(rows, lambda r: (r.model,), lambda g: (
        cost(g), sum(repriced(r) for r in g))),
    "errors-rate": lambda rows: per(rows, bucket_key, lambda g: (n_errors(g) / len(g),)),
    "errors-by-type": errors_by_type,
    "errors-by-model": lambda rows: per(rows, lambda r: (r.model,), lambda g: (
        len(g), n_errors(g), n_errors(g) / len(g))),
    "cache-hit-rate": lambda rows: [(hit_rate(rows),)],
    "cache-hit-rate-over-time": lambda rows: per(rows, bucket_key, lambda g: (hit_rate(g),)),
    "cache-outcomes": lambda rows: per(rows, lambda r: (r.model, r.prompt_version, r.cache),
                                       lambda g: (len(g),)),
    "guardrails-blocked": lambda rows: [(len(guard(rows)),)],
    "guardrails-by-reason": lambda rows: per(guard(rows), lambda r: (r.route, r.status),
                                             lambda g: (len(g),)),
    "guardrails-over-time": lambda rows: per(rows, bucket_key, lambda g: (len(guard(g)),)),
    "quality-by-prompt-version": lambda rows: per(
        rows, lambda r: (r.prompt_name, r.prompt_version), lambda g: (
            len(g), sum(r.ok for r in g) / len(g), sum(r.fallback for r in g) / len(g),
            sum(r.attempts for r in g) / len(g),
            sum(r.completion_tokens for r in g if r.ok) / sum(r.ok for r in g))),
    "quality-ok-rate": lambda rows: per(rows, lambda r: (bucket(r), r.prompt_version),
                                        lambda g: (sum(r.ok for r in g) / len(g),)),
}

# Panels and alerts on feedback and evaluation scores: tests/unit/test_quality_dashboard.py.
EVERY_PANEL = [panel for dashboard in DASHBOARDS for panel in dashboard.panels]
ALL_PANELS = [panel for panel in EVERY_PANEL if panel.uid not in FEEDBACK_PANEL_UIDS]
REQUEST_ALERTS = [alert for alert in ALERTS if alert.uid not in QUALITY_ALERT_UIDS]
Selection = dict[str, list[str] | None]
SELECTIONS: dict[str, Selection] = {
    "all": {"model": None, "tenant": None},
    "one-model-two-tenants": {"model": ["large"], "tenant": ["acme", "initech"]},
}


def context(selection: dict[str, list[str] | None], start: datetime = FROM,
            end: datetime = TO) -> QueryContext:
    return QueryContext(
        from_ms=int(start.timestamp() * 1000), to_ms=int(end.timestamp() * 1000),
        interval_s=INTERVAL_S, variables=selection,
        all_values={"model": ["large", "small"], "tenant": ["acme", "globex", "initech"]})


def in_view(sql: str, selection: dict[str, list[str] | None], start: datetime = FROM,
            end: datetime = TO) -> list[Row]:
    """The rows a query sees: its time column in range, its variables' values."""
    rollup = "_per_minute" in sql
    low, high = start.timestamp(), end.timestamp()
    rows = [r for r in ROWS if low <= (r.minute if rollup else r.seconds) <= high]
    for name, chosen in selection.items():
        if chosen is not None and f"$__conditionalAll({name} IN" in sql:
            rows = [r for r in rows if getattr(r, name) in chosen]
    return rows


def assert_rows_match(actual: list[tuple[Any, ...]], expected: list[tuple[Any, ...]],
                      what: str) -> None:
    assert len(actual) == len(expected), f"{what}: {len(actual)} rows, expected {len(expected)}"
    assert expected, f"{what}: the generated data should give this query rows"
    for got, want in zip(actual, expected, strict=True):
        assert len(got) == len(want), f"{what}: {got} vs {want}"
        for value, wanted in zip(got, want, strict=True):
            if isinstance(wanted, float):
                assert value == pytest.approx(wanted, rel=1e-9, abs=1e-12), \
                    f"{what}: {got} vs {want}"
            else:
                assert value == wanted, f"{what}: {got} vs {want}"


def test_every_panel_has_an_expectation_and_unique_uid() -> None:
    uids = [panel.uid for panel in ALL_PANELS]
    assert len(uids) == len(set(uids))
    assert set(uids) == set(EXPECTED)


@pytest.mark.parametrize("selection", list(SELECTIONS), ids=list(SELECTIONS))
@pytest.mark.parametrize("panel", ALL_PANELS, ids=[p.uid for p in ALL_PANELS])
def test_panel_sql_returns_the_expected_numbers(store: EmbeddedStore, panel: Panel,
                                                selection: str) -> None:
    chosen = SELECTIONS[selection]
    result = store.query(expand(panel.sql, context(chosen)))
    expected = EXPECTED[panel.uid](in_view(panel.sql, chosen))
    assert_rows_match(result.rows, expected, panel.uid)


@pytest.mark.parametrize("name", list(VARIABLE_SQL))
def test_template_variable_queries_list_the_values_in_range(store: EmbeddedStore,
                                                            name: str) -> None:
    result = store.query(expand(VARIABLE_SQL[name], context(SELECTIONS["all"])))
    expected = sorted({getattr(r, name) for r in in_view(VARIABLE_SQL[name], {})})
    assert [row[0] for row in result.rows] == expected


def alert_value(alert: Alert, rows: list[Row], end: datetime) -> list[tuple[Any, ...]]:
    if alert.uid == "llmstream-error-rate":
        return [(n_errors(rows) / len(rows),)]
    if alert.uid == "llmstream-p95-latency":
        return per(rows, lambda r: (r.model,), lambda g: (quantile(lat(g), 0.95),))
    if alert.uid == "llmstream-cost-burn":
        return [(cost(rows) * 86400 / alert.window_s,)]
    if alert.uid == "llmstream-cache-hit-drop":
        recent = [r for r in rows if r.minute >= (end - timedelta(minutes=15)).timestamp()]
        return [(hit_rate(recent) / hit_rate(rows),)]
    raise AssertionError(f"no expectation for alert {alert.uid}")


# Which series each rule fires for on the generated data (the incident at the end).
FIRING = {
    "llmstream-error-rate": [True],
    "llmstream-p95-latency": [True, False],  # large, small
    "llmstream-cost-burn": [False],
    "llmstream-cache-hit-drop": [True],
}


@pytest.mark.parametrize("alert", REQUEST_ALERTS, ids=[a.uid for a in REQUEST_ALERTS])
def test_alert_sql_returns_the_expected_value_and_fires_as_designed(
    store: EmbeddedStore, alert: Alert
) -> None:
    start = TO - timedelta(seconds=alert.window_s)
    result = store.query(expand(alert.sql, context({}, start, TO)))
    expected = alert_value(alert, in_view(alert.sql, {}, start, TO), TO)
    assert_rows_match(result.rows, expected, alert.uid)
    values = [float(row[-1]) for row in result.rows]
    fires = [v > alert.threshold if alert.above else v < alert.threshold for v in values]
    assert fires == FIRING[alert.uid]


def test_the_macro_expander_refuses_what_it_does_not_know() -> None:
    with pytest.raises(UnknownMacro):
        expand("SELECT $__timeGroup(ts, '1m')", context(SELECTIONS["all"]))
    with pytest.raises(UnknownMacro):
        expand("SELECT 1 WHERE x IN (${region:csv})", context(SELECTIONS["all"]))


# -- the generated files ---------------------------------------------------------------

def test_generated_dashboards_and_alerts_are_up_to_date() -> None:
    stale = [str(path) for path, text in build.rendered().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"run `make dashboards`: out of date: {stale}"
    generated = {path.name for path in build.rendered() if path.suffix == ".json"}
    assert {path.name for path in build.JSON_DIR.glob("*.json")} == generated


def test_the_files_grafana_reads_carry_exactly_the_tested_sql() -> None:
    in_files = []
    for path in sorted(build.JSON_DIR.glob("*.json")):
        dashboard = json.loads(path.read_text(encoding="utf-8"))
        for panel in dashboard["panels"]:
            assert panel["datasource"]["uid"] == DATASOURCE_UID
            in_files += [target["rawSql"] for target in panel["targets"]]
        variables = [v["query"] for v in dashboard["templating"]["list"]]
        assert sorted(variables) == sorted(VARIABLE_SQL.values())
    assert sorted(in_files) == sorted(panel.sql for panel in EVERY_PANEL)
    document = yaml.safe_load(build.ALERTING_FILE.read_text(encoding="utf-8"))
    (group,) = document["groups"]
    rule_sql = [query["model"]["rawSql"] for rule in group["rules"] for query in rule["data"]
                if query["datasourceUid"] == DATASOURCE_UID]
    assert sorted(rule_sql) == sorted(alert.sql for alert in ALERTS)
    assert {rule["uid"] for rule in group["rules"]} == set(FIRING) | QUALITY_ALERT_UIDS
    assert all(rule["condition"] == "C" for rule in group["rules"])
    assert Path(build.ALERTING_FILE).parent.name == "alerting"
