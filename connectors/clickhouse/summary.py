"""The headline numbers of the ``requests`` table: volume, errors, latency, tokens, cost.

SQL building is pure (``totals_sql``, ``errors_sql``) and separate from running it
(``summary``), so the same SQL can back a dashboard panel or a test.

Percentiles are exact (``quantilesExactInclusive``: linear interpolation between the two
nearest values, the same definition as numpy's default and Excel's PERCENTILE.INC).
Counts and sums need no ``FINAL``: the sink never writes an event twice.
"""

from __future__ import annotations

import math
from typing import Any

from llmstream.connectors.clickhouse.schema import (
    DEFAULT_DATABASE,
    REQUESTS,
    SchemaSettings,
    quote_string,
)
from llmstream.connectors.clickhouse.store import QueryReader

# Cache outcomes that mean "answered without a provider call".
CACHE_HITS = ("hit", "exact", "semantic")
QUANTILES = (0.5, 0.95, 0.99)
QUANTILE_NAMES = ("p50", "p95", "p99")


def time_filter(since_seconds: float | None) -> str:
    """A WHERE condition on ``ts`` for the last ``since_seconds`` (``1`` for all time)."""
    if since_seconds is None:
        return "1"
    if since_seconds < 0 or not math.isfinite(since_seconds):
        raise ValueError(f"since_seconds must be a positive number, got {since_seconds}")
    return f"ts >= now64(3) - toIntervalMillisecond({round(since_seconds * 1000)})"


def totals_sql(database: str, since_seconds: float | None, *, per_model: bool) -> str:
    """Request count, latency percentiles, tokens, cost and cache hits; one row per model
    with ``per_model``, else one row overall."""
    levels = ", ".join(str(q) for q in QUANTILES)
    hits = ", ".join(quote_string(value) for value in CACHE_HITS)
    select_model = "model, " if per_model else ""
    group = " GROUP BY model ORDER BY model" if per_model else ""
    return (
        f"SELECT {select_model}count() AS requests, "
        f"quantilesExactInclusive({levels})(latency_ms) AS latency_ms, "
        "sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens, "
        f"sum(cost_usd) AS cost_usd, countIf(cache IN ({hits})) AS cache_hits "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE {time_filter(since_seconds)}{group}"
    )


def errors_sql(database: str, since_seconds: float | None) -> str:
    """Requests whose status is not ``ok``, per model and status."""
    return (
        "SELECT model, status, count() AS requests "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE status != 'ok' AND {time_filter(since_seconds)} "
        "GROUP BY model, status ORDER BY model, status"
    )


def _number(value: Any) -> float:
    """A JSON/Python number; NaN/None (no rows) as 0."""
    if value is None:
        return 0.0
    number = float(value)
    return 0.0 if math.isnan(number) else number


def _figures(row: dict[str, Any], errors: dict[str, int]) -> dict[str, Any]:
    requests = int(row["requests"])
    latencies = list(row["latency_ms"] or [])
    latencies += [None] * (len(QUANTILE_NAMES) - len(latencies))
    return {
        "requests": requests,
        "errors_by_status": dict(sorted(errors.items())),
        "latency_ms": {name: _number(v) for name, v in zip(QUANTILE_NAMES, latencies, strict=True)},
        "tokens": {"prompt": int(_number(row["prompt_tokens"])),
                   "completion": int(_number(row["completion_tokens"]))},
        "cost_usd": _number(row["cost_usd"]),
        "cache_hit_rate": _number(row["cache_hits"]) / requests if requests else 0.0,
    }


def summary(
    reader: QueryReader,
    since_seconds: float | None,
    *,
    database: str = DEFAULT_DATABASE,
) -> dict[str, Any]:
    """``requests``, ``errors_by_status``, ``latency_ms`` {p50, p95, p99}, ``tokens``
    {prompt, completion}, ``cost_usd``, ``cache_hit_rate`` and ``by_model`` (the same per
    model) over the last ``since_seconds`` (``None``: all time)."""
    overall = reader.query(totals_sql(database, since_seconds, per_model=False)).records()
    per_model = reader.query(totals_sql(database, since_seconds, per_model=True)).records()
    errors: dict[str, dict[str, int]] = {}
    for model, status, count in reader.query(errors_sql(database, since_seconds)).rows:
        errors.setdefault(str(model), {})[str(status)] = int(count)
    all_errors: dict[str, int] = {}
    for by_status in errors.values():
        for status, count in by_status.items():
            all_errors[status] = all_errors.get(status, 0) + count
    empty = {"requests": 0, "latency_ms": [], "prompt_tokens": 0, "completion_tokens": 0,
             "cost_usd": 0, "cache_hits": 0}
    result = _figures(overall[0] if overall else empty, all_errors)
    result["by_model"] = {
        str(row["model"]): _figures(row, errors.get(str(row["model"]), {})) for row in per_model
    }
    return result
