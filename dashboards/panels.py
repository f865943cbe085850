"""What every dashboard panel and alert asks ClickHouse. Pure data, no Grafana types.

The SQL is written for the grafana-clickhouse-datasource plugin (v4): ``$__timeFilter``,
``$__timeInterval``, ``$__interval_s``, ``$__fromTime``/``$__toTime`` and
``$__conditionalAll`` are its macros, ``${model:singlequote}`` Grafana's variable format.
``build.py`` turns these into dashboards and alert rules; the unit tests expand the macros
(``grafana_macros.py``) and run every query on the embedded engine against generated data.

Raw panels read ``requests``; the heavier ones read the per-minute rollups (migration 2 in
``connectors/clickhouse/schema.py``), filtering on their ``minute`` column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llmstream.connectors.clickhouse.quality import feedback_rates_sql, scores_sql

DATABASE = "llmstream"
DATASOURCE_UID = "llmstream-clickhouse"
DATASOURCE_TYPE = "grafana-clickhouse-datasource"

NOT_OK = "status != 'ok'"
CACHE_HITS = "cache IN ('hit', 'exact', 'semantic')"
# Statuses a guardrail answers with (input length today; issue 6 adds blocked/repaired).
GUARDRAIL_STATUSES = ("too_large", "blocked_input", "invalid_output", "blocked_output")
GUARDRAILS = "status IN (" + ", ".join(f"'{s}'" for s in GUARDRAIL_STATUSES) + ")"
# The template variables every dashboard offers (multi-value, with "All").
VARIABLES = ("model", "tenant")


@dataclass(frozen=True, slots=True)
class Panel:
    uid: str  # unique over all dashboards; the tests' expectations are keyed by it
    title: str
    kind: str  # "stat", "timeseries" or "table"
    sql: str
    unit: str = "short"
    description: str = ""


@dataclass(frozen=True, slots=True)
class Dashboard:
    uid: str
    title: str
    description: str
    panels: tuple[Panel, ...]


@dataclass(frozen=True, slots=True)
class Alert:
    """A rule: ``sql`` over the last ``window_s`` gives one value per series; the rule
    fires when it is above (``above=True``) or below ``threshold`` for ``for_``."""

    uid: str
    title: str
    sql: str
    threshold: float
    above: bool
    window_s: int
    summary: str
    for_: str = "5m"
    labels: dict[str, str] = field(default_factory=lambda: {"team": "llm-platform"})


def _table(name: str) -> str:
    return f"{DATABASE}.{name}"


def where(time_column: str = "ts", *, variables: tuple[str, ...] = VARIABLES,
          extra: str = "") -> str:
    """The time range, the template variables a table has, and ``extra``."""
    conditions = [f"$__timeFilter({time_column})"]
    conditions += [f"$__conditionalAll({name} IN (${{{name}:singlequote}}), ${name})"
                   for name in variables]
    if extra:
        conditions.append(extra)
    return "WHERE " + "\n  AND ".join(conditions)


REQUESTS = _table("requests")
LATENCY = _table("latency_per_minute")
USAGE = _table("usage_per_minute")
ERRORS = _table("errors_per_minute")
CACHE = _table("cache_per_minute")
REPRICED = _table("requests_repriced")
BUCKET = "$__timeInterval(ts) AS time"
MINUTE_BUCKET = "$__timeInterval(minute) AS time"
P = "quantilesMerge(0.5, 0.95, 0.99)(latency_ms)"

OVERVIEW = Dashboard(
    "llmstream-overview", "llmstream overview",
    "Traffic, errors, latency and cost of the pipeline, from llmstream.requests.",
    (
        Panel("overview-requests", "Requests", "stat",
              f"SELECT count() AS requests\nFROM {REQUESTS}\n{where()}"),
        Panel("overview-error-rate", "Error rate", "stat",
              f"SELECT countIf(status != 'ok') / count() AS error_rate\nFROM {REQUESTS}\n"
              f"{where()}", unit="percentunit"),
        Panel("overview-p95", "p95 latency", "stat",
              f"SELECT quantile(0.95)(latency_ms) AS p95_ms\nFROM {REQUESTS}\n{where()}",
              unit="ms"),
        Panel("overview-cost", "Cost", "stat",
              f"SELECT sum(cost_usd) AS cost_usd\nFROM {REQUESTS}\n{where()}",
              unit="currencyUSD"),
        Panel("overview-traffic", "Requests per second by status", "timeseries",
              f"SELECT {BUCKET}, status, count() / $__interval_s AS requests_per_s\n"
              f"FROM {REQUESTS}\n{where()}\nGROUP BY time, status\nORDER BY time, status",
              unit="reqps"),
        Panel("overview-errors", "Errors by status and type", "table",
              f"SELECT status, error_type, count() AS requests\nFROM {REQUESTS}\n"
              f"{where(extra=NOT_OK)}\nGROUP BY status, error_type\n"
              "ORDER BY requests DESC, status, error_type"),
    ),
)

LATENCY_DASHBOARD = Dashboard(
    "llmstream-latency", "llmstream latency",
    "Latency percentiles per model and prompt version (per-minute rollup).",
    (
        Panel("latency-percentiles", "Latency p50 / p95 / p99", "timeseries",
              f"SELECT {BUCKET}, quantile(0.5)(latency_ms) AS p50,\n"
              "  quantile(0.95)(latency_ms) AS p95, quantile(0.99)(latency_ms) AS p99\n"
              f"FROM {REQUESTS}\n{where()}\nGROUP BY time\nORDER BY time", unit="ms"),
        Panel("latency-p95-by-model", "p95 latency by model", "timeseries",
              f"SELECT {MINUTE_BUCKET}, model, {P}[2] AS p95\nFROM {LATENCY}\n"
              f"{where('minute', variables=('model',))}\nGROUP BY time, model\n"
              "ORDER BY time, model", unit="ms"),
        Panel("latency-by-prompt-version", "Latency by model and prompt version", "table",
              f"SELECT model, prompt_name, prompt_version, sum(requests) AS requests,\n"
              f"  {P}[1] AS p50_ms, {P}[2] AS p95_ms, {P}[3] AS p99_ms\nFROM {LATENCY}\n"
              f"{where('minute', variables=('model',))}\n"
              "GROUP BY model, prompt_name, prompt_version\n"
              "ORDER BY model, prompt_name, prompt_version", unit="ms"),
    ),
)

COST = Dashboard(
    "llmstream-cost", "llmstream tokens and cost",
    "Token usage and cost per tenant, user and feature (per-minute rollup).",
    (
        Panel("cost-tokens", "Tokens", "timeseries",
              f"SELECT {MINUTE_BUCKET}, sum(prompt_tokens) AS prompt,\n"
              f"  sum(completion_tokens) AS completion\nFROM {USAGE}\n{where('minute')}\n"
              "GROUP BY time\nORDER BY time"),
        Panel("cost-by-tenant", "Cost by tenant", "table",
              f"SELECT tenant, sum(requests) AS requests, sum(cost_usd) AS cost,\n"
              "  cost / requests AS cost_per_request_usd\n"
              f"FROM {USAGE}\n{where('minute')}\nGROUP BY tenant\nORDER BY tenant",
              unit="currencyUSD"),
        Panel("cost-by-feature", "Cost by feature", "table",
              f"SELECT feature, sum(requests) AS requests,\n"
              "  sum(prompt_tokens) + sum(completion_tokens) AS tokens, sum(cost_usd) AS cost_usd\n"
              f"FROM {USAGE}\n{where('minute')}\nGROUP BY feature\nORDER BY feature",
              unit="currencyUSD"),
        Panel("cost-by-user", "Top users by cost", "table",
              f"SELECT tenant, user_id, sum(requests) AS requests, sum(cost_usd) AS cost_usd\n"
              f"FROM {USAGE}\n{where('minute')}\nGROUP BY tenant, user_id\n"
              "ORDER BY cost_usd DESC, tenant, user_id\nLIMIT 20", unit="currencyUSD"),
        Panel("cost-repriced", "Cost at the recorded and the current price table", "table",
              "SELECT model, sum(recorded_cost_usd) AS recorded_usd,\n"
              f"  sum(cost_usd) AS at_price_table_usd\nFROM {REPRICED}\n{where()}\n"
              "GROUP BY model\nORDER BY model", unit="currencyUSD"),
    ),
)

ERRORS_DASHBOARD = Dashboard(
    "llmstream-errors", "llmstream errors",
    "Error rate and errors by status and type (per-minute rollup).",
    (
        Panel("errors-rate", "Error rate", "timeseries",
              f"SELECT {MINUTE_BUCKET}, sumIf(requests, status != 'ok') / sum(requests)"
              f" AS error_rate\nFROM {ERRORS}\n{where('minute', variables=('model',))}\n"
              "GROUP BY time\nORDER BY time", unit="percentunit"),
        Panel("errors-by-type", "Errors by status and type", "table",
              f"SELECT status, error_type, sum(requests) AS requests\nFROM {ERRORS}\n"
              f"{where('minute', variables=('model',), extra=NOT_OK)}\n"
              "GROUP BY status, error_type\nORDER BY requests DESC, status, error_type"),
        Panel("errors-by-model", "Error rate by model", "table",
              f"SELECT model, sum(requests) AS total,\n"
              "  sumIf(requests, status != 'ok') AS errors, errors / total AS error_rate\n"
              f"FROM {ERRORS}\n{where('minute', variables=('model',))}\n"
              "GROUP BY model\nORDER BY model"),
    ),
)

CACHE_DASHBOARD = Dashboard(
    "llmstream-cache", "llmstream cache",
    "Cache outcomes: hit rate over time, per model and prompt version (per-minute rollup).",
    (
        Panel("cache-hit-rate", "Cache hit rate", "stat",
              f"SELECT sumIf(requests, {CACHE_HITS}) / sum(requests) AS hit_rate\n"
              f"FROM {CACHE}\n{where('minute', variables=('model',))}", unit="percentunit"),
        Panel("cache-hit-rate-over-time", "Cache hit rate over time", "timeseries",
              f"SELECT {MINUTE_BUCKET}, sumIf(requests, {CACHE_HITS}) / sum(requests)"
              f" AS hit_rate\nFROM {CACHE}\n{where('minute', variables=('model',))}\n"
              "GROUP BY time\nORDER BY time", unit="percentunit"),
        Panel("cache-outcomes", "Cache outcomes by model and prompt version", "table",
              f"SELECT model, prompt_version, cache, sum(requests) AS requests\nFROM {CACHE}\n"
              f"{where('minute', variables=('model',))}\n"
              "GROUP BY model, prompt_version, cache\nORDER BY model, prompt_version, cache"),
    ),
)

GUARDRAILS_DASHBOARD = Dashboard(
    "llmstream-guardrails", "llmstream guardrails",
    "Requests stopped or changed by input and output guardrails.",
    (
        Panel("guardrails-blocked", "Blocked by guardrails", "stat",
              f"SELECT countIf({GUARDRAILS}) AS blocked\nFROM {REQUESTS}\n{where()}"),
        Panel("guardrails-by-reason", "Guardrail verdicts by route and status", "table",
              f"SELECT route, status, count() AS requests\nFROM {REQUESTS}\n"
              f"{where(extra=GUARDRAILS)}\nGROUP BY route, status\nORDER BY route, status"),
        Panel("guardrails-over-time", "Guardrail verdicts over time", "timeseries",
              f"SELECT {BUCKET}, countIf({GUARDRAILS}) AS blocked\nFROM {REQUESTS}\n{where()}\n"
              "GROUP BY time\nORDER BY time"),
    ),
)

# Quality from user feedback and evaluation scores (``connectors/clickhouse/quality.py``
# builds the SQL, shared with ``llmstream report``); the time filter applies to the
# feedback or score timestamp, the model variable to the joined request's model.
MODEL_FILTER = "$__conditionalAll(model IN (${model:singlequote}), $model)"
TIME = "$__timeFilter(ts)"
ONLINE = "source = 'online'"
FEEDBACK_PANELS = (
    Panel("quality-feedback-by-prompt-version", "User feedback by prompt version and model",
          "table",
          feedback_rates_sql(DATABASE, TIME, ("prompt_name", "prompt_version", "model",
                                              "route"), filters=(MODEL_FILTER,)),
          description="Thumbs up/down rates over votes, regenerate rate over requests "
                      "with feedback, task completion over completed and failed."),
    Panel("quality-thumbs-down-rate", "Thumbs-down rate by prompt version", "timeseries",
          feedback_rates_sql(DATABASE, TIME, ("prompt_version",), bucket="$__timeInterval(ts)",
                             filters=(MODEL_FILTER,),
                             measures=("countIf(kind = 'thumbs_down') / nullIf(countIf("
                                       "kind IN ('thumbs_up', 'thumbs_down')), 0)"
                                       " AS thumbs_down_rate",)),
          unit="percentunit"),
    Panel("quality-scores-by-prompt-version", "Evaluation scores by prompt version, model "
          "and evaluator", "table",
          scores_sql(DATABASE, TIME, ("prompt_name", "prompt_version", "model", "evaluator",
                                      "source"), filters=(MODEL_FILTER,))),
    Panel("quality-online-score", "Mean online score by prompt version and evaluator",
          "timeseries",
          scores_sql(DATABASE, TIME, ("prompt_version", "evaluator"),
                     bucket="$__timeInterval(ts)", filters=(ONLINE, MODEL_FILTER),
                     measures=("avg(score) AS avg_score",))),
)
FEEDBACK_PANEL_UIDS = frozenset(panel.uid for panel in FEEDBACK_PANELS)

QUALITY = Dashboard(
    "llmstream-quality", "llmstream quality",
    "Answer quality per prompt version: user feedback, evaluation scores, success, "
    "fallbacks, retries, answer length.",
    (
        *FEEDBACK_PANELS,
        Panel("quality-by-prompt-version", "Quality by prompt version", "table",
              "SELECT prompt_name, prompt_version, count() AS requests,\n"
              "  countIf(status = 'ok') / count() AS ok_rate,\n"
              "  countIf(fallback) / count() AS fallback_rate,\n"
              "  avg(attempts) AS attempts_per_request,\n"
              "  avgIf(completion_tokens, status = 'ok') AS completion_tokens_per_answer\n"
              f"FROM {REQUESTS}\n{where()}\nGROUP BY prompt_name, prompt_version\n"
              "ORDER BY prompt_name, prompt_version"),
        Panel("quality-ok-rate", "Success rate by prompt version", "timeseries",
              f"SELECT {BUCKET}, prompt_version, countIf(status = 'ok') / count() AS ok_rate\n"
              f"FROM {REQUESTS}\n{where()}\nGROUP BY time, prompt_version\n"
              "ORDER BY time, prompt_version", unit="percentunit"),
    ),
)

DASHBOARDS: tuple[Dashboard, ...] = (
    OVERVIEW, LATENCY_DASHBOARD, COST, ERRORS_DASHBOARD, CACHE_DASHBOARD,
    GUARDRAILS_DASHBOARD, QUALITY,
)

# Template variable queries: the values offered in each dashboard's drop-downs.
VARIABLE_SQL = {
    name: f"SELECT DISTINCT {name} FROM {REQUESTS} WHERE $__timeFilter(ts) ORDER BY {name}"
    for name in VARIABLES
}

# Spend the alert compares against: the daily budget of all tenants together.
DAILY_BUDGET_USD = 100.0

LAST_15_MINUTES = "minute >= $__toTime - INTERVAL 15 MINUTE"

# Degradation: online evaluation and users, per prompt version, over the last hour.
ONLINE_SCORE_FLOOR = 0.7
THUMBS_DOWN_CEILING = 0.3
QUALITY_ALERTS: tuple[Alert, ...] = (
    Alert("llmstream-online-score-low", f"Online score below {ONLINE_SCORE_FLOOR}",
          scores_sql(DATABASE, TIME, ("prompt_name", "prompt_version"), filters=(ONLINE,),
                     measures=("avg(score) AS avg_score",)),
          threshold=ONLINE_SCORE_FLOOR, above=False, window_s=3600,
          summary="A prompt version's mean online evaluation score over the last hour is "
                  f"below {ONLINE_SCORE_FLOOR}."),
    Alert("llmstream-thumbs-down-high", f"Thumbs-down rate above {THUMBS_DOWN_CEILING:.0%}",
          feedback_rates_sql(DATABASE, TIME, ("prompt_name", "prompt_version"),
                             filters=("kind IN ('thumbs_up', 'thumbs_down')",),
                             measures=("countIf(kind = 'thumbs_down') / count()"
                                       " AS thumbs_down_rate",)),
          threshold=THUMBS_DOWN_CEILING, above=True, window_s=3600,
          summary="More than 30% of a prompt version's thumbs over the last hour are "
                  "down."),
)
QUALITY_ALERT_UIDS = frozenset(alert.uid for alert in QUALITY_ALERTS)

ALERTS: tuple[Alert, ...] = (
    Alert("llmstream-error-rate", "Error rate above 5%",
          f"SELECT countIf(status != 'ok') / count() AS error_rate\nFROM {REQUESTS}\n"
          "WHERE $__timeFilter(ts)",
          threshold=0.05, above=True, window_s=600,
          summary="More than 5% of requests failed over the last 10 minutes."),
    Alert("llmstream-p95-latency", "p95 latency above 5 s",
          f"SELECT model, {P}[2] AS p95_ms\nFROM {LATENCY}\nWHERE $__timeFilter(minute)\n"
          "GROUP BY model\nORDER BY model",
          threshold=5000.0, above=True, window_s=600,
          summary="A model's p95 latency over the last 10 minutes is above 5 s."),
    Alert("llmstream-cost-burn", "Cost burn above the daily budget",
          f"SELECT sum(cost_usd) * 86400 / dateDiff('second', $__fromTime, $__toTime)"
          f" AS daily_burn_usd\nFROM {USAGE}\nWHERE $__timeFilter(minute)",
          threshold=DAILY_BUDGET_USD, above=True, window_s=3600,
          summary=f"The last hour's spend, projected over a day, exceeds "
                  f"${DAILY_BUDGET_USD:.0f}."),
    Alert("llmstream-cache-hit-drop", "Cache hit rate dropped",
          f"SELECT (sumIf(requests, {CACHE_HITS} AND {LAST_15_MINUTES})\n"
          f"    / nullIf(sumIf(requests, {LAST_15_MINUTES}), 0))\n"
          f"  / nullIf(sumIf(requests, {CACHE_HITS}) / sum(requests), 0) AS hit_rate_ratio\n"
          f"FROM {CACHE}\nWHERE $__timeFilter(minute)",
          threshold=0.5, above=False, window_s=86400,
          summary="The last 15 minutes' cache hit rate is under half the day's."),
    *QUALITY_ALERTS,
)
